import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

export interface CatalogPage {
  file: string;
  url: string;
  step: string;
}

export const catalog: CatalogPage[] = JSON.parse(readFileSync(path.join(FIXTURES, 'catalog.json'), 'utf8')).pages;

/** Loads a static fixture page's markup into the test document (scripts do not run). */
export function loadFixture(file: string): Document {
  const html = readFileSync(path.join(FIXTURES, 'pages', file), 'utf8');
  // Scripts and external files are not loaded here: only the markup matters.
  const markup = html.replace(/<link[^>]*>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const dialog of document.querySelectorAll('dialog')) dialog.setAttribute('open', '');
  return document;
}

/** Pages whose content a script builds (React apps): not usable as static markup. */
export function isStatic(file: string): boolean {
  const html = readFileSync(path.join(FIXTURES, 'pages', file), 'utf8');
  return !html.includes('data-app=');
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'required-scopes.json'), 'utf8'));
export const REQUIRED_BY_PRODUCT: Record<string, string[]> = expected.required;
export const OPTIONAL_BY_ADDON: Record<string, string[]> = expected.optional;
