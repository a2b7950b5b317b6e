import assert from 'node:assert/strict';
import { sleep, waitForStep } from '../helpers.mjs';

export default [
  {
    name: 'injects on routed Zoom and Brightmetrics pages, not on example.com; popup renders',
    async run(b) {
      const page = await b.newPage();
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/credentials');
      await waitForStep(page, 'app-credentials');
      assert.equal(await page.evaluate(() => document.querySelector('brightmetrics-assistant').shadowRoot.mode), 'open');
      await page.goto('https://webapp.brightmetrics.com/DataSources');
      await waitForStep(page, 'bm-data-source');
      await page.goto('https://example.com/');
      await sleep(1000);
      assert.equal(await page.evaluate(() => document.querySelectorAll('brightmetrics-assistant').length), 0);
      await page.close();
      const popup = await b.openPopup();
      await popup.waitFor(() => document.querySelectorAll('[data-bm-credential]').length === 4);
      const heading = await popup.evaluate(() => document.querySelector('h1')?.textContent);
      assert.match(heading, /Brightmetrics/);
      await popup.close();
    },
  },
];
