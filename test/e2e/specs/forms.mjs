import assert from 'node:assert/strict';
import { fixtureState, panelText, resetStorage, waitForPanelText, waitForStep } from '../helpers.mjs';

const VALUES = {
  appName: 'Brightmetrics',
  companyName: 'Brightmetrics',
  developerName: 'Brightmetrics Support',
  developerEmail: 'support@brightmetrics.com',
};

export default [
  {
    name: 'Information page (React, label[for]): fills the framework state, keeps Short Description, asks before replacing App Name',
    async run(b) {
      for (const query of ['', '?v=2']) {
        const page = await b.newPage();
        await page.goto(`https://marketplace.zoom.us/develop/apps/Qx7/information${query}`);
        await waitForStep(page, 'information');
        await page.clickPanelButton('Fill app information');
        await waitForPanelText(page, /Filled 3 of 4/);
        let state = await fixtureState(page);
        assert.equal(state.companyName, VALUES.companyName);
        assert.equal(state.developerName, VALUES.developerName);
        assert.equal(state.developerEmail, VALUES.developerEmail);
        assert.equal(state.appName, 'My Server-to-Server OAuth app', 'a different name is not overwritten unasked');
        assert.match(await panelText(page), /App Name already holds another value/);
        await page.clickPanelButton('Replace App Name');
        await waitForPanelText(page, /Filled 4 of 4/);
        state = await fixtureState(page);
        assert.equal(state.appName, VALUES.appName);
        assert.equal(state.shortDescription, '', 'Short Description untouched');
        await page.close();
      }
    },
  },
  {
    name: 'Information page (plain, generated ids, table labels): fills every field',
    async run(b) {
      const page = await b.newPage();
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/information?v=3');
      await waitForStep(page, 'information');
      await page.clickPanelButton('Fill app information');
      await page.clickPanelButton('Replace App Name');
      await waitForPanelText(page, /Filled 4 of 4/);
      const state = await fixtureState(page);
      assert.deepEqual(
        [state.ctl00_Main_txtAppName, state.ctl00_Main_txtCompany, state.ctl00_Main_txtDevName, state.ctl00_Main_txtDevEmail],
        Object.values(VALUES),
      );
      assert.equal(state.ctl00_Main_txtShort, '');
      await page.close();
    },
  },
  {
    name: 'Name the app: React dialog, a showModal() <dialog> (panel still clickable above it), and a plain div',
    async run(b) {
      for (const query of ['?type=s2s', '?type=s2s&v=2', '?type=s2s&v=3']) {
        const page = await b.newPage();
        await page.goto(`https://marketplace.zoom.us/develop/create${query}`);
        await waitForStep(page, 'name-app');
        await page.clickPanelButton('Fill app name');
        await waitForPanelText(page, /Filled 1 of 1/);
        assert.equal((await fixtureState(page)).appName, 'Brightmetrics');
        await page.close();
      }
    },
  },
  {
    name: 'Role settings: View and Edit checked or not, on zoom.us and a vanity host',
    async run(b) {
      await resetStorage(b);
      const page = await b.newPage();
      await page.goto('https://zoom.us/role/edit?roleId=2');
      await waitForStep(page, 'role-settings');
      await waitForPanelText(page, /View is not ticked, Edit is not ticked/);
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-bm-highlight]').length), 2);
      await page.evaluate(() => {
        document.getElementById('s2s-view').click();
        document.getElementById('s2s-edit').click();
      });
      await waitForPanelText(page, /View and Edit are both ticked/);
      await page.goto('https://acme.zoom.us/role/edit?roleId=2');
      await waitForStep(page, 'role-settings');
      await waitForPanelText(page, /View and Edit are both ticked/);
      await page.evaluate(() => document.getElementById('e').click());
      await waitForPanelText(page, /View is ticked, Edit is not ticked/);
      await page.close();
    },
  },
  {
    name: 'Activation: the activated confirmation, and the list of what blocks activation',
    async run(b) {
      const page = await b.newPage();
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/activation?v=2');
      await waitForStep(page, 'activation');
      await waitForPanelText(page, /blocks activation/);
      const text = await panelText(page);
      assert.match(text, /Company Name is required/);
      assert.match(text, /Add at least one scope/);
      await page.goto('https://marketplace.zoom.us/develop/apps/Qx7/activation');
      await waitForStep(page, 'activation');
      await waitForPanelText(page, /app is activated/i);
      const local = await b.inBackground(() => (globalThis.browser ?? globalThis.chrome).storage.local.get('stepsDone'));
      assert.ok(local.stepsDone.includes('activation'));
      await page.close();
    },
  },
];
