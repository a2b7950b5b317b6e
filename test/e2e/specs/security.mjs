import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fixtureState, resetStorage, sleep, storageArea, waitForStep } from '../helpers.mjs';
import { captureAll } from './credentials.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page, context) {
  await page.runScript(AXE);
  const results = await page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx ? { include: [[ctx]] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  }, context);
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const domText = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('brightmetrics-assistant');
    return `${document.documentElement.outerHTML}\n${host?.shadowRoot?.innerHTML ?? ''}`;
  });

export default [
  {
    name: 'no secret in storage.local, storage.sync, console output or any page DOM but the Brightmetrics fields',
    async run(b) {
      await resetStorage(b);
      const captured = await captureAll(b);
      const values = Object.values(captured);
      const page = await b.newPage();
      for (const url of [
        'https://marketplace.zoom.us/develop/apps/Qx7/scopes',
        'https://webapp.brightmetrics.com/DataSources',
        'https://webapp.brightmetrics.com/DataSources?diag=1',
        'https://zoom.us/role/edit?roleId=2',
      ]) {
        await page.goto(url);
        await sleep(400);
        const text = await domText(page);
        for (const v of values) assert.ok(!text.includes(v), `${url} shows a secret`);
      }
      // The Brightmetrics dialog: the values reach the four fields and nowhere else on the page.
      await page.goto('https://webapp.brightmetrics.com/DataSources.aspx');
      await waitForStep(page, 'bm-edit-connection');
      await page.clickPanelButton('Fill from Zoom app');
      await page.waitFor(() => document.getElementById('ctl00_cph_dci_txt5').value.length > 0);
      const outside = await page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true);
        for (const input of clone.querySelectorAll('input')) input.remove();
        const host = document.querySelector('brightmetrics-assistant');
        return `${clone.outerHTML}${host.shadowRoot.innerHTML}`;
      });
      for (const v of values) assert.ok(!outside.includes(v), 'secret outside the Brightmetrics fields');
      await page.close();
      const local = JSON.stringify(await storageArea(b, 'local'));
      const sync = JSON.stringify(await storageArea(b, 'sync').catch(() => ({})));
      const logs = b.consoleMessages.join('\n');
      for (const v of values) {
        assert.ok(!local.includes(v), 'storage.local');
        assert.ok(!sync.includes(v), 'storage.sync');
        assert.ok(!logs.includes(v), 'console');
      }
    },
  },
  {
    name: 'a page cannot make the extension fill: forged window messages and events are ignored; nothing fills without a click',
    async run(b) {
      await resetStorage(b);
      const captured = await captureAll(b);
      const page = await b.newPage();
      await page.goto('https://webapp.brightmetrics.com/DataSources?edit=1');
      await waitForStep(page, 'bm-edit-connection');
      await page.evaluate((values) => {
        const forged = { type: 'brightmetrics:fill', values };
        window.postMessage(forged, '*');
        window.dispatchEvent(new CustomEvent('brightmetrics:fill', { detail: forged }));
        document.dispatchEvent(new MessageEvent('message', { data: forged }));
      }, captured);
      await sleep(800);
      const state = await fixtureState(page);
      assert.equal(state.accountId, '');
      assert.equal(state.clientSecret, '');
      await page.close();
    },
  },
  {
    name: 'accessibility: no serious or critical axe violations in the panel and the popup; the panel stays clear of Continue',
    async run(b) {
      const page = await b.newPage();
      for (const url of [
        'https://marketplace.zoom.us/develop/apps/Qx7/scopes',
        'https://marketplace.zoom.us/develop/apps/Qx7/information',
      ]) {
        await page.goto(url);
        await page.waitFor(() => document.querySelector('brightmetrics-assistant')?.getAttribute('data-step') !== 'unknown');
        const violations = await axeViolations(page, 'brightmetrics-assistant');
        assert.deepEqual(violations, [], `${url}: ${JSON.stringify(violations)}`);
      }
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/feature');
      await waitForStep(page, 'feature');
      const overlap = await page.evaluate(async () => {
        await new Promise((r) => setTimeout(r, 300));
        const panel = document.querySelector('brightmetrics-assistant').shadowRoot.querySelector('.panel').getBoundingClientRect();
        const button = [...document.querySelectorAll('button')].find((el) => el.textContent === 'Continue').getBoundingClientRect();
        return panel.left < button.right && panel.right > button.left && panel.top < button.bottom && panel.bottom > button.top;
      });
      assert.equal(overlap, false, 'the panel covers Continue');
      const side = await page.evaluate(
        () => document.querySelector('brightmetrics-assistant').shadowRoot.querySelector('.panel').className,
      );
      assert.match(side, /side-left/, 'the panel moved aside (it starts on the right, where Continue is)');
      await page.close();
      const popup = await b.openPopup();
      await popup.waitFor(() => document.querySelectorAll('[data-bm-credential]').length === 4);
      assert.deepEqual(await axeViolations(popup, null), []);
      await popup.close();
    },
  },
];
