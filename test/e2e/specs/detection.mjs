import assert from 'node:assert/strict';
import { catalog } from '../fixtures-server.mjs';
import { stepOf, waitForStep } from '../helpers.mjs';

export default [
  {
    name: 'every fixture page is detected as its step, with exactly one panel',
    async run(b) {
      const page = await b.newPage();
      const wrong = [];
      for (const fixture of catalog) {
        await page.goto(fixture.url);
        try {
          await waitForStep(page, fixture.step, 5000);
        } catch {
          wrong.push(`${fixture.file}: expected ${fixture.step}, got ${await stepOf(page)}`);
        }
      }
      assert.deepEqual(wrong, []);
      assert.deepEqual(
        b.consoleMessages.filter((m) => /pageerror|uncaught|error/i.test(m)),
        [],
        'no uncaught error or error log on any fixture',
      );
      await page.close();
    },
  },
  {
    name: 'soft navigation: the step follows pushState between pages and dialogs',
    async run(b) {
      const page = await b.newPage();
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/scopes');
      await waitForStep(page, 'scopes');
      await page.clickButton('+ Add Scopes');
      await waitForStep(page, 'add-scopes');
      await page.clickButton('Cancel');
      await waitForStep(page, 'scopes');
      // A single-page app swaps the whole view without a load.
      await page.evaluate(() => {
        history.pushState({}, '', '/develop/apps/Qx7/feature');
        document.body.innerHTML = '<main><h2>Feature</h2><div><span>Secret Token</span> <span>abcdefghijklmnopqrstuv</span></div></main>';
      });
      await waitForStep(page, 'feature');
      await page.evaluate(() => {
        history.pushState({}, '', '/apps/xyz');
        document.body.innerHTML = '<main><h1>Some other app</h1></main>';
      });
      await waitForStep(page, 'unknown');
      await page.close();
    },
  },
];
