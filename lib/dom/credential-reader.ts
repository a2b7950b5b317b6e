import { CREDENTIAL_KEYS, type CredentialKey } from '../credentials';
import { type FieldSpec, findFields } from './fields';
import { nextFrame } from './fill';
import { cleanText, isAfter, isHidden, shortTexts } from './text';

export const ZOOM_CREDENTIAL_LABELS: Readonly<Record<CredentialKey, FieldSpec>> = {
  accountId: { label: /^account\s*id\b/i },
  clientId: { label: /^client\s*id\b/i },
  clientSecret: { label: /^client\s*secret\b/i },
  secretToken: { label: /^secret\s*token\b/i },
};

const MASKED = /^[•●∙·*⋅◦▪■]{3,}$/;
const CONTROL_WORDS = /^(copy|copied|show|hide|view|reveal|regenerate|edit|generate|learn more)$/i;
const REVEAL_CONTROL = /\b(show|reveal|view|unmask|eye)\b/i;

export interface ReadResult {
  value?: string;
  /** Why nothing usable was read. */
  problem?: 'not-found' | 'masked';
}

/**
 * The row around a label: its nearest ancestor (up to three levels) that holds something after the
 * label, and no other credential's label.
 */
function groupsOf(label: Element, root: Element, otherLabels: readonly Element[]): Element[] {
  const groups: Element[] = [];
  for (let node = label.parentElement, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (otherLabels.some((other) => other !== label && node.contains(other))) break;
    groups.push(node);
    if (node === root) break;
  }
  return groups;
}

function follows(label: Element, el: Element): boolean {
  return isAfter(label, el) && !label.contains(el);
}

function valueTextIn(group: Element, label: Element): string | undefined {
  for (const { text, raw, element } of shortTexts(group, 200)) {
    if (!follows(label, element) || element.closest('button, [role=button], a')) continue;
    if (CONTROL_WORDS.test(text) || text.length < 3) continue;
    return raw;
  }
  return undefined;
}

/** The element right after a label, when no wrapper holds the two (stops at the next credential's label). */
function valueSibling(label: Element, labels: readonly Element[]): Element | undefined {
  let node = label.nextElementSibling;
  for (let i = 0; node && i < 3; i++, node = node.nextElementSibling) {
    if (labels.some((other) => node?.contains(other))) return undefined;
    if (node.matches('input, textarea') || cleanText(node.textContent)) return node.parentElement ?? node;
  }
  return undefined;
}

function revealControlIn(group: Element): HTMLElement | undefined {
  for (const control of group.querySelectorAll<HTMLElement>('button, [role=button], [aria-pressed]')) {
    const name = cleanText(
      `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''} ${control.textContent ?? ''}`,
    );
    if (REVEAL_CONTROL.test(name)) return control;
  }
  return undefined;
}

function readPlain(group: Element, label: Element): string | undefined {
  const input = [...group.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([type=checkbox]), textarea')].find(
    (el) => follows(label, el) && !isHidden(el),
  );
  if (input) return input.value;
  return valueTextIn(group, label);
}

/** Labels of the credential fields shown as text (Zoom shows most of them as text with a Copy button). */
function findCredentialLabels(root: Element, keys: readonly CredentialKey[] = CREDENTIAL_KEYS): Partial<Record<CredentialKey, Element>> {
  const found: Partial<Record<CredentialKey, Element>> = {};
  for (const { text, element } of shortTexts(root, 60)) {
    if (element.closest('button, a, [role=button]')) continue;
    for (const key of keys) {
      if (!found[key] && ZOOM_CREDENTIAL_LABELS[key].label.test(text) && text.length <= 30) found[key] = element;
    }
  }
  return found;
}

/**
 * Reads credentials shown on a Zoom page, as input values or as text; a value hidden behind a reveal
 * control is revealed, read, and hidden again.
 */
export async function readCredentials(root: Element, keys: readonly CredentialKey[]): Promise<Partial<Record<CredentialKey, ReadResult>>> {
  const results: Partial<Record<CredentialKey, ReadResult>> = {};
  const fields = findFields(root, ZOOM_CREDENTIAL_LABELS);
  const labels = findCredentialLabels(root);
  const allLabels = Object.values(labels);
  for (const key of keys) {
    const field = fields[key];
    if (field && field.score >= 60) {
      results[key] = { value: field.element.value };
      continue;
    }
    const label = labels[key];
    if (!label) {
      results[key] = { problem: 'not-found' };
      continue;
    }
    let value: string | undefined;
    let group: Element | undefined;
    for (const candidate of groupsOf(label, root, allLabels)) {
      group = candidate;
      value = readPlain(candidate, label);
      if (value !== undefined) break;
    }
    if (value === undefined) {
      // Label and value as siblings in a shared list (<dt>/<dd>, label/value spans in one row).
      const sibling = valueSibling(label, allLabels);
      if (sibling) {
        group = sibling;
        value = readPlain(sibling, label);
      }
    }
    if (group && (value === undefined || MASKED.test(value.replace(/\s/g, '')))) {
      const reveal = revealControlIn(group);
      if (reveal) {
        const revealGroup = group;
        reveal.click();
        for (let i = 0; i < 20; i++) {
          await nextFrame();
          value = readPlain(revealGroup, label);
          if (value !== undefined && !MASKED.test(value.replace(/\s/g, ''))) break;
        }
        // Put the page back as the user had it.
        if (reveal.isConnected) reveal.click();
      }
    }
    if (value === undefined) results[key] = { problem: 'not-found' };
    else if (MASKED.test(value.replace(/\s/g, ''))) results[key] = { problem: 'masked' };
    else results[key] = { value };
  }
  return results;
}
