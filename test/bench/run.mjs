// Benchmarks (not part of npm test): marking cost, page script-time overhead, popup start, fill time,
// bundle sizes. Real Chromium, with and without the extension in the same run. Prints a table and
// writes bench-results/latest.json.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchChromium } from '../e2e/chromium.mjs';
import { FixtureRoutes } from '../e2e/fixtures-server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const routes = new FixtureRoutes();
const BENCH_URL = 'https://marketplace.zoom.us/develop/apps/Bench/scopes';
routes.set(BENCH_URL, 'bench-add-scopes.html');
const scopes = JSON.parse(readFileSync(path.join(root, 'test/fixtures/data/zoom-scopes.json'), 'utf8')).products.flatMap((p) =>
  p.scopes.map((s) => s.id),
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Inserts `count` scope rows in one go and waits for every one to be marked. */
async function markOnce(page, count, ids) {
  return page.evaluate(
    async ({ count, ids }) => {
      const list = document.getElementById('list');
      list.replaceChildren();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const longTasks = [];
      const observer = new PerformanceObserver((entries) => longTasks.push(...entries.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < count; i++) {
        const id = i < ids.length ? ids[i] : `phone:read:bench_${i}:admin`;
        const row = document.createElement('div');
        row.className = 'row';
        row.innerHTML = `<label><input type="checkbox" class="visually-hidden"><span>Scope ${i}</span></label><div class="scope-id"></div>`;
        row.lastChild.textContent = id;
        fragment.append(row);
      }
      const start = performance.now();
      list.append(fragment);
      let frames = 0;
      while (document.querySelectorAll('#list [data-bm-state]').length < count) {
        await new Promise((r) => requestAnimationFrame(r));
        frames++;
        if (performance.now() - start > 10000) break;
      }
      const elapsed = performance.now() - start;
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();
      return { elapsed, frames, longTasks };
    },
    { count, ids },
  );
}

/** Script time (CDP ScriptDuration) while the page makes 10,000 mutations that have nothing to do with scopes. */
async function churn(page, cdp) {
  await cdp.send('Performance.enable');
  const before = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  await page.evaluate(async () => {
    const ticker = document.getElementById('ticker');
    for (let frame = 0; frame < 100; frame++) {
      for (let i = 0; i < 25; i++) {
        const item = document.createElement('div');
        item.className = 'toast';
        item.textContent = `Update ${frame}.${i}`;
        ticker.append(item); // 1
        item.setAttribute('data-seen', 'yes'); // 2
        item.firstChild.data = `Seen ${frame}.${i}`; // 3
        item.remove(); // 4
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await new Promise((r) => setTimeout(r, 300)); // let throttled work finish inside the window
  const after = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  return (after - before) * 1000;
}

async function plainChromium() {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bm-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', async (route) => {
    const answer = await routes.respond(route.request().url());
    await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  return context;
}

function sizes() {
  const out = [];
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = path.join(root, '.output', target);
    const walk = (d) =>
      readdirSync(d).flatMap((name) => {
        const full = path.join(d, name);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
    for (const file of walk(dir).filter((f) => /\.(js|css|html)$/.test(f))) {
      const data = readFileSync(file);
      out.push({ target, file: path.relative(dir, file), raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
    }
  }
  return out;
}

const results = { date: new Date().toISOString(), marking: [], churn: {}, popup: {}, fill: {}, sizes: sizes() };

// 1. Marking cost as the row count grows.
const ext = await launchChromium(path.join(root, '.output/chrome-mv3'), routes);
const page = await ext.newPage();
await page.goto(BENCH_URL);
await page.waitFor(() => document.querySelector('brightmetrics-assistant')?.getAttribute('data-step') === 'add-scopes');
for (const count of [100, 1000, 5000]) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await markOnce(page.raw, count, scopes));
  results.marking.push({
    rows: count,
    medianMs: round(median(runs.map((r) => r.elapsed))),
    medianFrames: median(runs.map((r) => r.frames)),
    longTasks: Math.max(...runs.map((r) => r.longTasks.length)),
    longestTaskMs: round(Math.max(0, ...runs.flatMap((r) => r.longTasks))),
  });
}

// 2. Script-time ratio under 10,000 unrelated mutations, with the Add Scopes dialog showing 1,000 marked rows.
await markOnce(page.raw, 1000, scopes);
const plain = await plainChromium();
const plainPage = await plain.newPage();
await plainPage.goto(BENCH_URL);
await markOnce(plainPage, 1000, scopes).catch(() => {});
await plainPage.evaluate(() => document.getElementById('list').replaceChildren());
await plainPage.evaluate((ids) => {
  const list = document.getElementById('list');
  for (const id of ids.slice(0, 1000)) {
    const row = document.createElement('div');
    row.className = 'row';
    row.innerHTML = '<label><input type="checkbox"><span>Scope</span></label><div class="scope-id"></div>';
    row.lastChild.textContent = id;
    list.append(row);
  }
}, scopes);
const cdpWith = await page.raw.context().newCDPSession(page.raw);
const cdpWithout = await plain.newCDPSession(plainPage);
const withExt = [];
const withoutExt = [];
for (let i = 0; i < 5; i++) {
  withoutExt.push(await churn(plainPage, cdpWithout));
  withExt.push(await churn(page.raw, cdpWith));
}
results.churn = {
  mutations: 10000,
  scriptMsWithout: round(median(withoutExt)),
  scriptMsWith: round(median(withExt)),
  ratio: round(median(withExt) / median(withoutExt), 3),
};
await plain.close();

// 3. Popup: open to interactive (credentials list rendered from the background's answer).
const popupTimes = [];
for (let i = 0; i < 5; i++) {
  const popup = await ext.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-bm-credential]').length === 4);
  popupTimes.push(await popup.evaluate(() => performance.now()));
  await popup.close();
}
results.popup = { openToInteractiveMs: round(median(popupTimes)) };

// 4. Fill the Brightmetrics dialog from the panel.
const values = {
  accountId: 'AbCdEfGhIjKlMnOpQrStUv',
  clientId: 'Zx_9-yWvUtSrQpOnMlKjIh',
  clientSecret: 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2bCd4f',
  secretToken: 'Tt0123456789abcdefGHIJ',
};
await ext.inBackground((v) => chrome.storage.session.set({ credentials: v }), values);
const fillTimes = [];
for (let i = 0; i < 5; i++) {
  const bm = await ext.newPage();
  await bm.goto('https://webapp.brightmetrics.com/DataSources?edit=1');
  await bm.waitFor(() => document.querySelector('brightmetrics-assistant')?.getAttribute('data-step') === 'bm-edit-connection');
  fillTimes.push(
    await bm.evaluate(async (expected) => {
      const button = [...document.querySelector('brightmetrics-assistant').shadowRoot.querySelectorAll('button')].find((b) =>
        /Fill from Zoom app/.test(b.textContent),
      );
      const start = performance.now();
      button.click();
      while (window.__fixtureState.webhookSecret !== expected) await new Promise((r) => setTimeout(r, 1));
      return performance.now() - start;
    }, values.secretToken),
  );
  await bm.close();
}
results.fill = { clickToFilledMs: round(median(fillTimes)) };
await ext.close();

// Report
const table = (rows) => console.table(rows);
console.log('\nMarking: insert N scope rows into the Add Scopes dialog → every row marked (median of 5)');
table(results.marking);
console.log('Script time under 10,000 unrelated DOM mutations (median of 5, CDP ScriptDuration):');
table([results.churn]);
console.log(`Popup open → interactive: ${results.popup.openToInteractiveMs} ms; Brightmetrics fill click → all 4 fields in React state: ${results.fill.clickToFilledMs} ms`);
console.log('Built files (bytes):');
table(results.sizes.filter((s) => s.raw > 1000));
const linear = results.marking[2].medianMs / results.marking[1].medianMs;
console.log(`Growth 1,000 → 5,000 rows: ×${round(linear, 2)} time for ×5 rows`);
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Saved bench-results/latest.json');
