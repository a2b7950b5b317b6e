// Practice sandbox: Chromium with the built extension, Zoom and Brightmetrics answered by the fixture
// pages, so the whole journey can be rehearsed without a Zoom account.
//   npm run sandbox                 a browser window (needs a display)
//   npm run sandbox -- --smoke      headless: walk every page once, check the panel, exit
import path from 'node:path';
import { launchChromium } from '../test/e2e/chromium.mjs';
import { FixtureRoutes } from '../test/e2e/fixtures-server.mjs';

export const SANDBOX_URL = 'https://marketplace.zoom.us/sandbox';
const root = path.resolve(import.meta.dirname, '..');

export async function startSandbox({ headless }) {
  const routes = new FixtureRoutes();
  routes.set(SANDBOX_URL, 'sandbox-index.html');
  const browser = await launchChromium(path.join(root, '.output/chrome-mv3'), routes, { headless });
  return { browser, routes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const smoke = process.argv.includes('--smoke');
  const { browser } = await startSandbox({ headless: smoke || process.argv.includes('--headless') });
  const page = await browser.newPage();
  await page.goto(SANDBOX_URL);
  if (!smoke) {
    console.log(`Sandbox open at ${SANDBOX_URL}. Close the browser window (or press Ctrl+C) to stop.`);
    await new Promise((resolve) => page.raw.on('close', resolve));
    await browser.close();
  } else {
    const links = await page.evaluate(() => [...document.querySelectorAll('#journey a')].map((a) => a.href));
    let ok = 0;
    for (const url of links) {
      await page.goto(url);
      const step = await page
        .waitFor(() => {
          const s = document.querySelector('brightmetrics-assistant')?.getAttribute('data-step');
          return s && s !== 'unknown' ? s : false;
        })
        .then((h) => (h.jsonValue ? h.jsonValue() : h));
      console.log(`  ${step}  ${url}`);
      ok++;
    }
    console.log(`sandbox smoke: ${ok} of ${links.length} pages show the assistant`);
    await browser.close();
    if (ok !== links.length) process.exit(1);
  }
}
