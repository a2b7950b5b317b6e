import assert from 'node:assert/strict';
import {
  eventually,
  expectedState,
  fixtureState,
  marks,
  panelText,
  REQUIRED,
  REQUIRED_BY_PRODUCT,
  renderedScopeIds,
  resetStorage,
  waitForPanelText,
  waitForStep,
} from '../helpers.mjs';

/** Every rendered row is marked, each with the state the test computes for it. */
async function assertMarksMatch(page, { reported = [], visibleOnly = false } = {}) {
  return eventually(
    async () => {
      const rendered = await renderedScopeIds(page);
      const marked = (await marks(page)).filter((m) => m.inDialog);
      const byId = new Map(marked.map((m) => [m.id, m]));
      const problems = [];
      for (const id of rendered) {
        const mark = byId.get(id);
        if (!mark) problems.push(`${id}: not marked`);
        else if (!mark.text.includes(id)) problems.push(`${id}: mark on a row showing ${mark.text}`);
        else if (mark.state !== expectedState(id, mark.checked, { reported }))
          problems.push(`${id}: ${mark.state}, expected ${expectedState(id, mark.checked, { reported })}`);
      }
      if (!visibleOnly && marked.length !== rendered.length) problems.push(`${marked.length} marks for ${rendered.length} rows`);
      if (problems.length) throw new Error(problems.slice(0, 5).join('; '));
      return rendered.length > 0 ? rendered : false;
    },
    { message: 'marks to match the rendered rows' },
  );
}

async function openDialog(b, fixture) {
  await resetStorage(b);
  const page = await b.newPage();
  await page.goto(`https://marketplace.zoom.us/develop/apps/Qx7/scopes${fixture}`);
  await waitForStep(page, 'scopes');
  await page.clickButton('+ Add Scopes');
  await waitForStep(page, 'add-scopes');
  return page;
}

async function switchProduct(page, product) {
  await page.evaluate((name) => {
    const entry = [...document.querySelectorAll('[role=dialog] .products button, [role=dialog] [role=tab]')].find(
      (el) => el.textContent.trim() === name,
    );
    entry.click();
  }, product);
  await page.waitFor((name) => window.__fixtureState.product === name, product);
}

function dialogSpecs(variant, query) {
  return [
    {
      name: `${variant}: marks every Phone row, follows a manual tick, and Select missing ticks exactly the missing required rows`,
      async run(b) {
        const page = await openDialog(b, query);
        const rendered = await assertMarksMatch(page);
        assert.ok(rendered.length > 700, `Phone shows ${rendered.length} rows`);
        // The callout sits on the first needed row, and stays on it while the list scrolls in its modal.
        const calloutOnRow = () =>
          page.evaluate(async () => {
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const callout = document.querySelector('brightmetrics-assistant').shadowRoot.querySelector('.callout');
            const row = document.querySelector('[role=dialog] [data-bm-state=missing]');
            if (!callout || callout.hidden || !row) return 'missing callout or row';
            const c = callout.getBoundingClientRect();
            const r = row.getBoundingClientRect();
            const beside = Math.abs((c.top + c.bottom) / 2 - (r.top + r.bottom) / 2) < r.height;
            const above = Math.abs(c.bottom - r.top) < 16;
            return beside || above ? 'ok' : `callout at ${c.top}, row at ${r.top}`;
          });
        await eventually(async () => (await calloutOnRow()) === 'ok', { message: 'callout on the first needed row' });
        await page.evaluate(() => {
          document.querySelector('[role=dialog] .right').scrollTop += 240;
        });
        assert.equal(await calloutOnRow(), 'ok');

        // A tick by hand turns its row granted.
        const missingId = REQUIRED_BY_PRODUCT.Phone.find(
          (id) => !['phone:read:call_log:admin', 'phone:read:list_users:admin', 'phone:read:list_call_logs:admin'].includes(id),
        );
        await page.evaluate((id) => {
          const row = document.querySelector(`[data-bm-scope="${id}"]`);
          row.querySelector('input[type=checkbox], [role=checkbox]').click();
        }, missingId);
        await eventually(async () => (await marks(page)).find((m) => m.id === missingId)?.state === 'granted', {
          message: 'manual tick to show as granted',
        });

        const before = new Set((await fixtureState(page)).ticked);
        await page.clickPanelButton('Select missing scopes');
        await waitForPanelText(page, /Ticked \d+/);
        const after = new Set((await fixtureState(page)).ticked);
        const added = [...after].filter((id) => !before.has(id)).sort();
        const expected = REQUIRED_BY_PRODUCT.Phone.filter((id) => !before.has(id)).sort();
        assert.deepEqual(added, expected, 'ticked exactly the missing required Phone scopes');
        for (const id of before) assert.ok(after.has(id), `never unticks ${id}`);
        assert.match(await panelText(page), new RegExp(`Ticked ${expected.length}`));
        assert.match(await panelText(page), /Contact Center \(19\)/);
        await assertMarksMatch(page);
        await page.close();
      },
    },
    {
      name: `${variant}: product switch re-creates the rows; marks follow; next-product button moves on`,
      async run(b) {
        const page = await openDialog(b, query);
        await assertMarksMatch(page);
        await switchProduct(page, 'Contact Center');
        const rows = await assertMarksMatch(page);
        assert.ok(rows.some((id) => id.startsWith('contact_center:')));
        assert.match(await panelText(page), /contact_center:read:/);
        await page.clickPanelButton('Select missing scopes');
        await waitForPanelText(page, /Ticked 19/);
        const ticked = new Set((await fixtureState(page)).ticked);
        for (const id of REQUIRED_BY_PRODUCT['Contact Center']) assert.ok(ticked.has(id), id);
        await page.clickPanelButton('Next product with missing scopes');
        await eventually(async () => (await fixtureState(page)).product === 'Phone', { message: 'Phone to open' });
        // Done adds the ticks to the Scopes page, whose audit then lists what is left.
        await page.clickButton('Done');
        await waitForStep(page, 'scopes');
        await waitForPanelText(page, /required scope\(s\) are missing/);
        const text = await panelText(page);
        const left = [...REQUIRED].filter((id) => !ticked.has(id));
        for (const id of left) assert.ok(text.includes(id), `audit lists ${id}`);
        const stored = await eventually(async () => {
          const local = await b.inBackground(() => (globalThis.browser ?? globalThis.chrome).storage.local.get('observedScopes'));
          return local.observedScopes?.granted?.length ? local.observedScopes : false;
        });
        for (const id of REQUIRED_BY_PRODUCT['Contact Center']) assert.ok(stored.granted.includes(id));
        await page.close();
      },
    },
  ];
}

export default [
  ...dialogSpecs('labels', ''),
  ...dialogSpecs('aria', '?v=2'),
  {
    name: 'virtual list: recycled rows are re-marked as they scroll; Select missing works on what is rendered',
    async run(b) {
      const page = await openDialog(b, '?v=3');
      const first = await assertMarksMatch(page, { visibleOnly: true });
      assert.ok(first.length < 30, 'only a window of rows is rendered');
      // Scroll to the middle of Phone: the same row nodes now show other scopes.
      await page.evaluate(() => {
        const list = document.querySelector('.virtual');
        list.scrollTop = 32 * 400;
        list.dispatchEvent(new Event('scroll'));
      });
      const second = await eventually(
        async () => {
          const ids = await assertMarksMatch(page, { visibleOnly: true });
          return ids[0] !== first[0] ? ids : false;
        },
        { message: 'scrolled rows to be re-marked' },
      );
      assert.notDeepEqual(second, first);
      // Back to the top: the required rows there are missing until ticked.
      await page.evaluate(() => {
        const list = document.querySelector('.virtual');
        list.scrollTop = 0;
        list.dispatchEvent(new Event('scroll'));
      });
      await assertMarksMatch(page, { visibleOnly: true });
      const before = new Set((await fixtureState(page)).ticked);
      await page.clickPanelButton('Select missing scopes');
      await waitForPanelText(page, /Ticked|Nothing to tick/);
      const after = new Set((await fixtureState(page)).ticked);
      for (const id of after) if (!before.has(id)) assert.ok(REQUIRED.has(id), `ticked only required: ${id}`);
      await assertMarksMatch(page, { visibleOnly: true });
      await page.close();
    },
  },
  {
    name: 'a picker drawn without dialog semantics (plain div, label[for] check boxes): marked and ticked',
    async run(b) {
      await resetStorage(b);
      const page = await b.newPage();
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/scopes?v=4');
      await waitForStep(page, 'add-scopes');
      const rows = await eventually(
        async () => {
          const m = await marks(page);
          return m.length >= 40 ? m : false;
        },
        { message: 'rows marked' },
      );
      for (const mark of rows) assert.equal(mark.state, expectedState(mark.id, mark.checked), mark.id);
      await page.clickPanelButton('Select missing scopes');
      await waitForPanelText(page, /Ticked 1/);
      const ticked = await page.evaluate(() =>
        [...document.querySelectorAll('.sc-item')]
          .filter((r) => r.querySelector('input').checked)
          .map((r) => r.querySelector('.sc-id').textContent),
      );
      assert.deepEqual(ticked.sort(), [...REQUIRED_BY_PRODUCT.Group].sort());
      await page.close();
    },
  },
  {
    name: 'Scopes page audit: added rows marked, missing required listed',
    async run(b) {
      await resetStorage(b);
      const page = await b.newPage();
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/scopes');
      await waitForStep(page, 'scopes');
      const added = (await fixtureState(page)).added;
      await eventually(async () => (await marks(page)).length === added.length, { message: 'added rows marked' });
      for (const mark of await marks(page)) assert.equal(mark.state, expectedState(mark.id, true), mark.id);
      await waitForPanelText(page, new RegExp(`${[...REQUIRED].filter((id) => added.includes(id)).length} of 41 required scopes added`));
      const text = await panelText(page);
      for (const id of REQUIRED) assert.equal(text.includes(id), !added.includes(id), id);
      assert.match(text, /1 added scope\(s\) are more than/);
      await page.close();
    },
  },
];
