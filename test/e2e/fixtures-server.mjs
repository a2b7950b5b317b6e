// Serves fixture pages for routed URLs: the same answers for Chromium (Playwright routes) and Firefox
// (Puppeteer interception). Nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../fixtures');
const PAGES = path.join(FIXTURES, 'pages');

export const catalog = JSON.parse(await readFile(path.join(FIXTURES, 'catalog.json'), 'utf8')).pages;

let appBundle;
/** The React fixture apps, bundled once per run. */
async function fixtureApp() {
  appBundle ??= esbuild
    .build({
      entryPoints: [path.join(FIXTURES, 'apps/main.tsx')],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    })
    .then((r) => r.outputFiles[0].text);
  return appBundle;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

function stripQuery(url) {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search}`;
}

/** URL → fixture file, set per test; starts with the catalog. */
export class FixtureRoutes {
  constructor() {
    this.routes = new Map(catalog.map((p) => [stripQuery(p.url), p.file]));
  }
  set(url, file) {
    this.routes.set(stripQuery(url), file);
  }
  /** @returns {Promise<{status: number, contentType: string, body: string}>} */
  async respond(url) {
    const u = new URL(url);
    if (u.pathname.startsWith('/__fixtures__/')) {
      const name = u.pathname.slice('/__fixtures__/'.length);
      if (name === 'app.js') return { status: 200, contentType: TYPES['.js'], body: await fixtureApp() };
      if (/^[\w.-]+$/.test(name)) {
        const body = await readFile(path.join(PAGES, name), 'utf8').catch(() => null);
        if (body !== null) return { status: 200, contentType: TYPES[path.extname(name)] ?? 'text/plain', body };
      }
    }
    const file = this.routes.get(stripQuery(url)) ?? this.routes.get(`${u.origin}${u.pathname}`);
    if (file) return { status: 200, contentType: TYPES['.html'], body: await readFile(path.join(PAGES, file), 'utf8') };
    if (u.pathname === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' };
    return {
      status: 200,
      contentType: TYPES['.html'],
      body: '<!doctype html><title>Plain page</title><h1>A page with nothing to do</h1>',
    };
  }
}
