import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';

const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'zoom-setup-assistant@brightmetrics.com';

/** Firefox ESR over WebDriver BiDi with the built extension, every request answered by `routes`. */
export async function launchFirefox(extensionDir, routes) {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: EXECUTABLE,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A known moz-extension:// host for the popup page.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.dns.disableIPv6': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${uuid}`;
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
      waitFor: (fn, arg, timeout = 10000) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
      click: (selector) => page.click(selector),
      clickPanelButton: (name) => clickByName(page, name, true),
      clickButton: (name) => clickByName(page, name, false),
      type: async (selector, text) => {
        await page.click(selector, { count: 3 });
        await page.keyboard.press('Backspace');
        await page.type(selector, text);
      },
      screenshot: (file) => page.screenshot({ path: file }),
      close: () => page.close(),
      url: () => page.url(),
    };
  };

  const routedPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return request.continue();
      const answer = await routes.respond(url);
      await request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
    });
    return page;
  };

  return {
    name: 'firefox',
    extensionOrigin,
    consoleMessages,
    async newPage() {
      return wrap(await routedPage());
    },
    async openPopup() {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}/popup.html`);
      return wrap(page);
    },
    /** Runs `fn` in an extension page (Firefox has no handle on the background page here). */
    async inBackground(fn, arg) {
      const page = await browser.newPage();
      try {
        await gotoExtensionPage(page, `${extensionOrigin}/popup.html`);
        return await page.evaluate(fn, arg);
      } finally {
        await page.close();
      }
    },
    async pages() {
      return (await browser.pages()).map((p) => p.url());
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Firefox does not report the load of a moz-extension:// page over BiDi, so `goto` would hang:
 * start the navigation, then wait for the page's own document to be ready.
 */
async function gotoExtensionPage(page, url) {
  page.goto(url, { timeout: 60000 }).catch(() => {});
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const ready = await page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url).catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page did not load: ${url}`);
}

/** Clicks the first button whose accessible name contains `name`, looking into open shadow roots. */
async function clickByName(page, name, inPanel) {
  const handle = await page.waitForFunction(
    (wanted, panelOnly) => {
      const roots = [];
      const host = document.querySelector('brightmetrics-assistant');
      if (host?.shadowRoot) roots.push(host.shadowRoot);
      if (!panelOnly) roots.push(document);
      for (const root of roots) {
        for (const button of root.querySelectorAll('button, [role=button], input[type=button], input[type=submit]')) {
          const label = `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''} ${button.value ?? ''}`;
          if (label.toLowerCase().includes(wanted.toLowerCase()) && !button.disabled) return button;
        }
      }
      return null;
    },
    { timeout: 10000, polling: 50 },
    name,
    inPanel,
  );
  await handle.asElement().click();
}
