// End-to-end tests: the built extension in real Chromium and real Firefox ESR, with Zoom and
// Brightmetrics served from fixture pages. Run with `npm run test:e2e` after `npm run build`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { FixtureRoutes } from './fixtures-server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const BROWSERS = {
  chromium: { launch: launchChromium, dir: path.join(root, '.output/chrome-mv3') },
  firefox: { launch: launchFirefox, dir: path.join(root, '.output/firefox-mv2') },
};
const only = process.env.E2E_BROWSERS?.split(',') ?? Object.keys(BROWSERS);
const filter = process.env.E2E_FILTER ? new RegExp(process.env.E2E_FILTER, 'i') : null;

const specFiles = ['smoke', 'detection', 'scopes', 'forms', 'credentials', 'journey', 'security'];
const specs = [];
for (const file of specFiles) {
  const modulePath = path.join(import.meta.dirname, 'specs', `${file}.mjs`);
  if (existsSync(modulePath)) specs.push(...(await import(modulePath)).default.map((s) => ({ ...s, file })));
}

for (const name of only) {
  const { launch, dir } = BROWSERS[name];
  describe(name, () => {
    let browser;
    const routes = new FixtureRoutes();
    before(async () => {
      if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no build at ${dir}: run npm run build`);
      browser = await launch(dir, routes);
    });
    after(async () => {
      await browser?.close();
    });
    for (const spec of specs) {
      if (filter && !filter.test(`${spec.file} ${spec.name}`)) continue;
      it(`${spec.file}: ${spec.name}`, { timeout: 90000 }, () => spec.run(browser, routes));
    }
  });
}
