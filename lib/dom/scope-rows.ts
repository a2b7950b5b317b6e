import { isWholeScopeId, looksLikeScopeFragment, scopeIdsInText } from '../scopes/extract';
import { cleanText } from './text';

export const CHECKBOX_SELECTOR =
  'input[type=checkbox], [role=checkbox], [role=menuitemcheckbox], [role=switch], [role=option][aria-selected]';

/** An element that is a row by its own semantics: climbing stops here. */
const ROW_ELEMENT = 'li, tr, [role=row], [role=listitem], [role=option], [role=treeitem], [role=menuitemcheckbox]';
/** An element that holds rows: a row never grows into it. */
const LIST_CONTAINER =
  'ul, ol, table, tbody, thead, [role=list], [role=listbox], [role=grid], [role=table], [role=tree], [role=rowgroup], form, section, dialog, [role=dialog], main';

export interface ScopeRow {
  id: string;
  /** The largest element holding this id and no other (and at most one check box). */
  row: Element;
  /** The element holding the id text. */
  label: Element;
  checkbox: HTMLElement | null;
}

export function isChecked(checkbox: Element): boolean {
  if (checkbox instanceof HTMLInputElement) return checkbox.checked;
  const state = checkbox.getAttribute('aria-checked') ?? checkbox.getAttribute('aria-selected');
  return state === 'true';
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BRIGHTMETRICS-ASSISTANT', 'INPUT', 'TEXTAREA']);

/**
 * The element that holds one whole scope id, starting from a text node's parent. Climbs while that
 * makes the id longer, which joins ids split across elements (`<b>marketpl</b><i>ace:read:app:admin</i>`,
 * where a fragment alone can look like an id), and stops at the first wrapper that adds nothing.
 */
function wholeIdHolder(parent: Element, root: Element): { id: string; element: Element } | null {
  let best: { id: string; element: Element } | null = null;
  let node: Element | null = parent;
  for (let depth = 0; node && node !== root && depth < 4; depth++, node = node.parentElement) {
    if (depth > 0 && (node.matches(LIST_CONTAINER) || node.querySelector(CHECKBOX_SELECTOR))) break;
    const text = cleanText(node.textContent).replace(/\s/g, '');
    if (text.length > 160) break;
    if (isWholeScopeId(text)) {
      if (best && text.length <= best.id.length) break;
      best = { id: text, element: node };
    } else if (best || !looksLikeScopeFragment(text)) {
      break;
    }
  }
  return best;
}

/** Elements whose text names exactly one scope id, with that id. */
function scopeLabels(root: Element): Array<{ id: string; element: Element }> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const labels: Array<{ id: string; element: Element }> = [];
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!data.includes(':') && !data.includes('_')) continue;
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || SKIP.has(parent.tagName.toUpperCase())) continue;
    const text = cleanText(data);
    if (looksLikeScopeFragment(text)) {
      // The text is nothing but id characters: a whole id, or a piece of one.
      const holder = wholeIdHolder(parent, root);
      if (holder && !seen.has(holder.element)) {
        seen.add(holder.element);
        labels.push(holder);
      }
      continue;
    }
    // An id inside a longer text ("phone:read:call_log:admin - View call logs").
    const ids = data.length <= 300 ? scopeIdsInText(data) : [];
    if (ids.length === 1) {
      seen.add(parent);
      labels.push({ id: ids[0] as string, element: parent });
    }
  }
  return labels;
}

/**
 * Ancestors (below `root`) holding more than one of `elements`, found at the lowest point where two
 * paths meet. Each element walks up only until it reaches a node another element already walked:
 * linear in the number of elements rather than elements × depth.
 */
function meetingPoints(elements: readonly Element[], root: Element): Set<Element> {
  const walkedBy = new Map<Element, Element>();
  const shared = new Set<Element>();
  for (const element of elements) {
    for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
      const first = walkedBy.get(node);
      if (first === undefined) {
        walkedBy.set(node, element);
        continue;
      }
      if (first !== element) shared.add(node);
      break;
    }
  }
  return shared;
}

/** Every scope row under `root` (the Add Scopes dialog, or the Scopes page's content). */
export function findScopeRows(root: Element): ScopeRow[] {
  const labels = scopeLabels(root);
  if (labels.length === 0) return [];
  const shared = meetingPoints(
    labels.map((l) => l.element),
    root,
  );
  const rows: ScopeRow[] = [];
  for (const { id, element } of labels) {
    // Candidates from the id text upwards, up to the first ancestor that holds another id or a list.
    const path: Element[] = [element];
    for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
      if (shared.has(node) || node.matches(LIST_CONTAINER)) break;
      // A block repeated beside its twins is a row: do not grow into the list (and a neighbour's box).
      if (path.length > 1 && hasTwinSibling(path[path.length - 1] as Element)) break;
      path.push(node);
      if (node.matches(ROW_ELEMENT)) break;
    }
    // The largest candidate with at most one check box (a group header's own box is not this row's).
    let row = element;
    for (let i = path.length - 1; i >= 0; i--) {
      const candidate = path[i] as Element;
      if (candidate.querySelectorAll(CHECKBOX_SELECTOR).length <= 1) {
        row = candidate;
        break;
      }
    }
    rows.push({ id, row, label: element, checkbox: checkboxOf(row, element) });
  }
  return rows;
}

/** How many parts a block has, looking through single-child wrappers. */
function blockWidth(el: Element): number {
  let node = el;
  for (let depth = 0; node.childElementCount === 1 && depth < 4; depth++) node = node.firstElementChild as Element;
  return node.childElementCount;
}

/** A neighbour of the same tag, class and role, itself made of several parts, as list rows are. */
function hasTwinSibling(el: Element): boolean {
  const className = el.getAttribute('class') ?? '';
  const role = el.getAttribute('role') ?? '';
  if ((!className && !role) || blockWidth(el) < 2) return false;
  for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
    if (
      sibling &&
      sibling.tagName === el.tagName &&
      (sibling.getAttribute('class') ?? '') === className &&
      (sibling.getAttribute('role') ?? '') === role &&
      blockWidth(sibling) >= 2
    ) {
      return true;
    }
  }
  return false;
}

function checkboxOf(row: Element, label: Element): HTMLElement | null {
  if (row.matches(CHECKBOX_SELECTOR)) return row as HTMLElement;
  const inside = row.querySelector<HTMLElement>(CHECKBOX_SELECTOR);
  if (inside) return inside;
  const wrappingLabel = label.closest('label');
  if (wrappingLabel?.control instanceof HTMLInputElement) return wrappingLabel.control;
  // A check box elsewhere that names this row as its label.
  const doc = row.ownerDocument;
  for (const el of [label, row]) {
    if (!el.id) continue;
    const named = doc.querySelector<HTMLElement>(`[aria-labelledby~="${CSS.escape(el.id)}"], label[for="${CSS.escape(el.id)}"]`);
    if (named?.matches(CHECKBOX_SELECTOR)) return named;
  }
  return null;
}

function mentionsScope(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE)
    return scopeIdsInText((node as Text).data).length > 0 || looksLikeScopeFragment(cleanText((node as Text).data));
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  const text = el.textContent ?? '';
  if (text.includes(':') && scopeIdsInText(text).length > 0) return true;
  return el.matches(CHECKBOX_SELECTOR) || el.querySelector(CHECKBOX_SELECTOR) !== null;
}

/**
 * Whether a batch of DOM changes can alter the scope rows: scope ids or check boxes added, a marked
 * row removed, or a row's text rewritten (virtual lists). Lets unrelated page churn cost next to nothing.
 */
export function mayAffectScopeRows(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type === 'attributes') return true;
    if (record.type === 'characterData') {
      if (mentionsScope(record.target)) return true;
      continue;
    }
    for (const node of record.addedNodes) if (mentionsScope(node)) return true;
    for (const node of record.removedNodes) if (holdsMark(node)) return true;
  }
  return false;
}

function holdsMark(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  return el.hasAttribute('data-bm-scope') || el.querySelector('[data-bm-scope]') !== null;
}
