import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { FixtureRoutes } from './fixtures-server.mjs';
const which = process.argv[2];
const routes = new FixtureRoutes();
const dir = path.resolve(which === 'firefox' ? '.output/firefox-mv2' : '.output/chrome-mv3');
const b = which === 'firefox' ? await launchFirefox(dir, routes) : await launchChromium(dir, routes);
const p = await b.newPage();
await p.goto('https://marketplace.zoom.us/develop/apps/Qx7/credentials');
try { await p.waitFor(() => document.querySelector('brightmetrics-assistant')?.getAttribute('data-step') === 'app-credentials'); console.log('detected'); } catch (e) { console.log('fail', await p.evaluate(() => document.querySelector('brightmetrics-assistant')?.outerHTML)); }
console.log(await b.inBackground(async () => (globalThis.browser ?? chrome).runtime.id));
console.log(b.consoleMessages.slice(0,5));
await b.close();
