import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(path.join(here, '../fixtures/required-scopes.json'), 'utf8'));
/** The guide's 41 ids, from test data typed independently of the extension's catalog. */
export const REQUIRED = new Set(Object.values(expected.required).flat());
export const REQUIRED_BY_PRODUCT = expected.required;
export const OPTIONAL = new Set(Object.values(expected.optional).flat());

export const stepOf = (page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('brightmetrics-assistant');
    return hosts.length === 1 ? hosts[0].getAttribute('data-step') : `hosts:${hosts.length}`;
  });

export async function waitForStep(page, step, timeout = 10000) {
  try {
    await page.waitFor(
      (wanted) => {
        const hosts = document.querySelectorAll('brightmetrics-assistant');
        return hosts.length === 1 && hosts[0].getAttribute('data-step') === wanted;
      },
      step,
      timeout,
    );
  } catch {
    assert.fail(`expected step ${step}, page shows ${await stepOf(page)}`);
  }
}

export const panelText = (page) =>
  page.evaluate(() => document.querySelector('brightmetrics-assistant')?.shadowRoot?.querySelector('section')?.textContent ?? '');

export async function waitForPanelText(page, pattern, timeout = 10000) {
  try {
    await page.waitFor(
      ([source, flags]) =>
        new RegExp(source, flags).test(
          document.querySelector('brightmetrics-assistant')?.shadowRoot?.querySelector('section')?.textContent ?? '',
        ),
      [pattern.source, pattern.flags],
      timeout,
    );
  } catch {
    assert.fail(`panel never said ${pattern}; it says: ${await panelText(page)}`);
  }
}

/** Every marked row: its id, state, the id text the row really shows, and its check box state. */
export const marks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-bm-scope]')].map((row) => {
      const box = row.querySelector('input[type=checkbox], [role=checkbox]');
      return {
        id: row.getAttribute('data-bm-scope'),
        state: row.getAttribute('data-bm-state'),
        text: row.textContent,
        checked: box ? (box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true') : null,
        inDialog: !!row.closest('[role=dialog]'),
      };
    }),
  );

/** What a row's state must be, computed from the test's own list. */
export function expectedState(id, checked, { reported = [] } = {}) {
  if (REQUIRED.has(id) || reported.includes(id)) return checked ? 'granted' : 'missing';
  if (OPTIONAL.has(id)) return 'optional';
  return 'not-required';
}

/** Ids shown in the dialog's rows, read from the fixture's markup, not from our marks. */
export const renderedScopeIds = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role=dialog] .scope-id, [role=dialog] [role=row] code')]
      .filter((el) => el.getClientRects().length > 0 || el.closest('.virtual'))
      .map((el) => el.textContent.trim()),
  );

export const fixtureState = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__fixtureState ?? {})));

export async function storageArea(b, area) {
  return b.inBackground((a) => (globalThis.browser ?? globalThis.chrome).storage[a].get(null), area);
}

export async function resetStorage(b) {
  await b.inBackground(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.local.clear();
    await api.storage.session.clear();
  });
}

export async function eventually(check, { timeout = 10000, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${message}${last ? `: ${last.message}` : ''}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
