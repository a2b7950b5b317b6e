import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium with the built extension, every request answered by `routes`. */
export async function launchChromium(extensionDir, routes, { headless = true } = {}) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const answer = await routes.respond(url);
    await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  const consoleMessages = [];

  const wrap = (page) => {
    page.on('console', (msg) => consoleMessages.push(msg.text()));
    page.on('pageerror', (err) => consoleMessages.push(`pageerror: ${err.message}`));
    return {
      raw: page,
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      /** Runs a whole script (axe-core) in the page, whatever its Content Security Policy. */
      runScript: (source) => page.evaluate(source),
      waitFor: (fn, arg, timeout = 10000) => page.waitForFunction(fn, arg, { timeout, polling: 50 }),
      click: (selector) => page.click(selector),
      /** Clicks a button inside the assistant's shadow root by (part of) its accessible name. */
      clickPanelButton: (name) =>
        page
          .getByRole('button', { name: new RegExp(escapeRegExp(name), 'i') })
          .first()
          .click(),
      clickButton: (name) =>
        page
          .getByRole('button', { name: new RegExp(escapeRegExp(name), 'i') })
          .first()
          .click(),
      type: (selector, text) => page.fill(selector, text),
      screenshot: (file) => page.screenshot({ path: file }),
      close: () => page.close(),
      url: () => page.url(),
    };
  };

  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${extensionId}`,
    consoleMessages,
    async newPage() {
      return wrap(await context.newPage());
    },
    async openPopup() {
      const page = wrap(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    /** Runs `fn` in the background service worker (it has the extension APIs). */
    async inBackground(fn, arg) {
      const sw = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker;
      return sw.evaluate(fn, arg);
    },
    async pages() {
      return context.pages().map((p) => p.url());
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
