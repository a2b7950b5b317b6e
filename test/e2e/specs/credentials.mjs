import assert from 'node:assert/strict';
import { eventually, fixtureState, panelText, resetStorage, storageArea, waitForPanelText, waitForStep } from '../helpers.mjs';

const popupCredentials = (popup) =>
  popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-bm-credential]')].map((el) => [
        el.getAttribute('data-bm-credential'),
        {
          valid: el.getAttribute('data-bm-valid'),
          text: el.textContent,
          alert: el.querySelector('[role=alert]')?.textContent ?? null,
        },
      ]),
    ),
  );

export async function captureAll(b, credentialsQuery = '') {
  const page = await b.newPage();
  await page.goto(`https://marketplace.zoom.us/develop/apps/Qx7/credentials${credentialsQuery}`);
  await waitForStep(page, 'app-credentials');
  await page.clickPanelButton('Save credentials');
  await waitForPanelText(page, /Saved 3 of 3/);
  const captured = (await fixtureState(page)).credentials;
  assert.equal((await fixtureState(page)).secretShown ?? false, false, 'the secret is hidden again after reading');
  await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/feature');
  await waitForStep(page, 'feature');
  assert.match(await panelText(page), /Event Subscriptions/);
  await page.clickPanelButton('Save secret token');
  await waitForPanelText(page, /Saved 1 of 1/);
  Object.assign(captured, (await fixtureState(page)).credentials);
  await page.close();
  return captured;
}

export default [
  {
    name: 'capture from text with a reveal control and from inputs: session holds the values, local none; popup shows four valid masked values',
    async run(b) {
      for (const query of ['', '?v=2']) {
        await resetStorage(b);
        const captured = await captureAll(b, query);
        const session = await storageArea(b, 'session');
        assert.deepEqual(session.credentials, captured);
        const local = JSON.stringify(await storageArea(b, 'local'));
        for (const value of Object.values(captured)) assert.ok(!local.includes(value), 'no secret in storage.local');
        const sync = JSON.stringify(await storageArea(b, 'sync').catch(() => ({})));
        for (const value of Object.values(captured)) assert.ok(!sync.includes(value), 'no secret in storage.sync');
        const popup = await b.openPopup();
        const shown = await eventually(
          async () => {
            const creds = await popupCredentials(popup);
            const values = Object.values(creds);
            return values.length === 4 && values.every((c) => c.valid === 'true') ? creds : false;
          },
          { message: 'four valid credentials in the popup' },
        );
        for (const [key, value] of Object.entries(captured)) {
          assert.ok(!shown[key].text.includes(value), `${key} is masked`);
          assert.ok(shown[key].text.includes(value.slice(-4)));
        }
        await popup.close();
      }
    },
  },
  {
    name: 'hostile values (zero-width space, newline, wrong length, still masked) give a clear message and are not valid',
    async run(b) {
      const cases = [
        { clientSecret: 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2bCd4f'.replace('Ab3', 'A\u200Bb3') },
        { clientSecret: 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2b\nCd4f' },
        { clientSecret: 'Ab3dEf7hIj1lMn0pQr5tUv9xYz' },
      ];
      for (const override of cases) {
        await resetStorage(b);
        const page = await b.newPage();
        await page.goto(
          `https://marketplace.zoom.us/develop/apps/Qx7/credentials?clientSecret=${encodeURIComponent(override.clientSecret)}`,
        );
        await waitForStep(page, 'app-credentials');
        await page.clickPanelButton('Save credentials');
        await waitForPanelText(page, /Saved 2 of 3/);
        assert.match(await panelText(page), /Client Secret (contains|is \d+ characters)/);
        const popup = await b.openPopup();
        const creds = await eventually(async () => {
          const c = await popupCredentials(popup);
          return c.clientSecret.valid ? c : false;
        });
        assert.equal(creds.clientSecret.valid, 'false');
        assert.ok(creds.clientSecret.alert.length > 10, 'a visible message');
        assert.equal(creds.accountId.valid, 'true');
        await popup.close();
        await page.close();
      }
      // A secret Zoom still shows as dots, with no way to reveal it, is never stored.
      await resetStorage(b);
      const page = await b.newPage();
      await page.goto(
        'https://marketplace.zoom.us/develop/apps/Qx7/feature?secretToken=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2',
      );
      await waitForStep(page, 'feature');
      await page.evaluate(() => document.getElementById('eye').remove());
      await page.clickPanelButton('Save secret token');
      await waitForPanelText(page, /still hidden/);
      const session = await storageArea(b, 'session');
      assert.equal(session.credentials?.secretToken, undefined);
      await page.close();
    },
  },
];
