// Real-browser screenshots for the README, taken in the practice sandbox (headless Chromium).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startSandbox } from './sandbox.mjs';

const out = path.resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(out, { recursive: true });
const { browser } = await startSandbox({ headless: true });
const stepIs = (page, step) =>
  page.waitFor((s) => document.querySelector('brightmetrics-assistant')?.getAttribute('data-step') === s, step);
const settle = () => new Promise((r) => setTimeout(r, 400));

const page = await browser.newPage();
await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/scopes');
await stepIs(page, 'scopes');
await page.clickButton('+ Add Scopes');
await stepIs(page, 'add-scopes');
await page.type('[role=dialog] input[type=search]', 'phone:read:list_c');
await settle();
await page.screenshot(path.join(out, 'add-scopes.png'));

await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/information');
await stepIs(page, 'information');
await page.clickPanelButton('Fill app information');
await page.clickPanelButton('Replace App Name');
await settle();
await page.screenshot(path.join(out, 'information.png'));

await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/credentials');
await stepIs(page, 'app-credentials');
await page.clickPanelButton('Save credentials');
await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/feature');
await stepIs(page, 'feature');
await page.clickPanelButton('Save secret token');
await settle();
const popup = await browser.openPopup();
await popup.waitFor(() => document.querySelectorAll('[data-bm-valid=true]').length === 4);
await popup.raw.setViewportSize({ width: 380, height: 900 });
await settle();
await popup.raw.locator('main').screenshot({ path: path.join(out, 'popup.png') });
await browser.close();
console.log(`screenshots written to ${path.relative(process.cwd(), out)}`);
