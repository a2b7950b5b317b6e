import assert from 'node:assert/strict';
import {
  eventually,
  fixtureState,
  marks,
  panelText,
  resetStorage,
  sleep,
  storageArea,
  waitForPanelText,
  waitForStep,
} from '../helpers.mjs';
import { captureAll } from './credentials.mjs';

const popupStatus = (popup) =>
  popup.evaluate(() => [...document.querySelectorAll('[role=status]')].map((el) => el.textContent).join(' | '));

async function sendFromPopup(b) {
  const popup = await b.openPopup();
  await popup.waitFor(() => {
    const button = [...document.querySelectorAll('button')].find((el) => el.textContent === 'Send to Brightmetrics');
    return button && !button.disabled;
  });
  await popup.clickButton('Send to Brightmetrics');
  const status = await eventually(
    async () => {
      const text = await popupStatus(popup);
      return /Filled|tab|not|Brightmetrics/.test(text) ? text : false;
    },
    { message: 'a send result in the popup' },
  );
  await popup.close();
  return status;
}

export default [
  {
    name: 'full journey: capture on Zoom, Send to Brightmetrics fills the React dialog and the ASP.NET dialog exactly',
    async run(b) {
      await resetStorage(b);
      const captured = await captureAll(b);
      // React markup
      const bm = await b.newPage();
      await bm.goto('https://webapp.brightmetrics.com/DataSources?edit=1');
      await waitForStep(bm, 'bm-edit-connection');
      const status = await sendFromPopup(b);
      assert.match(status, /Filled 4 of 4/);
      let state = await fixtureState(bm);
      assert.deepEqual(
        [state.accountId, state.clientId, state.clientSecret, state.webhookSecret],
        [captured.accountId, captured.clientId, captured.clientSecret, captured.secretToken],
      );
      assert.equal(state.name, 'Zoom', 'other fields untouched');
      // ASP.NET-style markup, filled from the page's own panel this time.
      await bm.goto('https://webapp.brightmetrics.com/DataSources.aspx');
      await waitForStep(bm, 'bm-edit-connection');
      await bm.clickPanelButton('Fill from Zoom app');
      await waitForPanelText(bm, /Filled 4 of 4/);
      state = await fixtureState(bm);
      assert.deepEqual(
        [state.ctl00_cph_dci_txt2, state.ctl00_cph_dci_txt3, state.ctl00_cph_dci_txt4, state.ctl00_cph_dci_txt5],
        [captured.accountId, captured.clientId, captured.clientSecret, captured.secretToken],
      );
      assert.equal(state.authenticated, undefined, 'never clicks Authenticate');
      await bm.close();
    },
  },
  {
    name: 'never fills a look-alike origin; a closed or navigated Brightmetrics tab gives a clear message',
    async run(b, routes) {
      await resetStorage(b);
      await captureAll(b);
      const lookalikes = [
        'https://webapp.brightmetrics.com.evil.test/DataSources?edit=1',
        'http://webapp.brightmetrics.com/DataSources?edit=1',
      ];
      const pages = [];
      for (const url of lookalikes) {
        routes.set(url, 'bm-edit-react.html');
        const page = await b.newPage();
        await page.goto(url);
        await page.waitFor(() => window.__fixtureState?.accountId !== undefined);
        pages.push(page);
      }
      const status = await sendFromPopup(b);
      assert.match(status, /No Brightmetrics tab was open/);
      await sleep(300);
      for (const page of pages) {
        const state = await fixtureState(page);
        assert.equal(state.accountId, '');
        assert.equal(state.clientSecret, '');
        assert.equal(await page.evaluate(() => document.querySelectorAll('brightmetrics-assistant').length), 0);
        await page.close();
      }
      // Navigated away from the dialog: the tab answers, but there is nothing to fill.
      const bm = await b.newPage();
      await bm.goto('https://webapp.brightmetrics.com/DataSources');
      await waitForStep(bm, 'bm-data-source');
      assert.match(await sendFromPopup(b), /dialog is not open/);
      await bm.close();
      for (const url of await b.pages()) assert.ok(!url.startsWith('http://webapp.brightmetrics.com'), url);
    },
  },
  {
    name: 'an invalid or missing credential blocks sending, with the reason shown',
    async run(b) {
      await resetStorage(b);
      const popup = await b.openPopup();
      await popup.waitFor(() => document.querySelectorAll('[data-bm-credential]').length === 4);
      const reason = await popup.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((el) => el.textContent === 'Send to Brightmetrics');
        return { disabled: button.disabled, reason: document.getElementById(button.getAttribute('aria-describedby'))?.textContent };
      });
      assert.equal(reason.disabled, true);
      assert.match(reason.reason, /Save Account ID, Client ID, Client Secret, Secret Token first/);
      // Paste three good values and one bad one.
      await popup.evaluate(() => document.querySelector('details:last-of-type')?.setAttribute('open', ''));
      await popup.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      await popup.type('#paste-accountId', 'AbCdEfGhIjKlMnOpQrStUv');
      await popup.type('#paste-clientId', 'Zx_9-yWvUtSrQpOnMlKjIh');
      await popup.type('#paste-clientSecret', 'short');
      await popup.type('#paste-secretToken', 'Tt0123456789abcdefGHIJ');
      assert.equal(await popup.evaluate(() => document.getElementById('paste-clientSecret').getAttribute('aria-invalid')), 'true');
      await popup.clickButton('Save pasted values');
      await popup.waitFor(() => document.querySelector('[data-bm-credential=clientSecret]')?.getAttribute('data-bm-valid') === 'false');
      const after = await popup.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((el) => el.textContent === 'Send to Brightmetrics');
        return { disabled: button.disabled, reason: document.getElementById(button.getAttribute('aria-describedby'))?.textContent };
      });
      assert.equal(after.disabled, true);
      assert.match(after.reason, /Fix Client Secret first/);
      await popup.clickButton('Clear credentials');
      await popup.waitFor(() => !document.querySelector('[data-bm-valid]'));
      assert.equal((await storageArea(b, 'session')).credentials, undefined);
      await popup.close();
    },
  },
  {
    name: 'diagnostics: Brightmetrics-reported scopes are stored and shown as missing on the Zoom side, even unknown ones',
    async run(b) {
      await resetStorage(b);
      const bm = await b.newPage();
      await bm.goto('https://webapp.brightmetrics.com/DataSources?diag=1');
      await waitForStep(bm, 'bm-diagnostics');
      await waitForPanelText(bm, /Saved/);
      const local = await storageArea(b, 'local');
      assert.deepEqual(local.diagnostics.missing, [
        'contact_center:read:list_queues:admin',
        'phone:read:call_recording:admin',
        'phone:read:list_call_logs:admin',
      ]);
      await bm.close();
      const zoom = await b.newPage();
      await zoom.goto('https://marketplace.zoom.us/develop/apps/Qx7/scopes');
      await waitForStep(zoom, 'scopes');
      await waitForPanelText(zoom, /of 42 required scopes added/);
      assert.match(await panelText(zoom), /phone:read:call_recording:admin/);
      await zoom.clickButton('+ Add Scopes');
      await waitForStep(zoom, 'add-scopes');
      const row = await eventually(async () => (await marks(zoom)).find((m) => m.id === 'phone:read:call_recording:admin' && m.inDialog));
      assert.equal(row.state, 'missing');
      assert.equal(
        await zoom.evaluate(() =>
          document.querySelector('[role=dialog] [data-bm-scope="phone:read:call_recording:admin"]').getAttribute('data-bm-reported'),
        ),
        'true',
      );
      await zoom.close();
      const popup = await b.openPopup();
      await popup.waitFor(() => /Brightmetrics reported 3 missing/.test(document.body.textContent));
      await popup.close();
    },
  },
];
