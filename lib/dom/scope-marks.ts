import { type Requirements, type ScopeState, scopeState } from '../scopes/diff';
import { isChecked, type ScopeRow } from './scope-rows';

export const MARK_STYLE_ID = 'brightmetrics-scope-marks';

const BADGE_TEXT: Record<ScopeState, string> = {
  missing: 'Needed: not added',
  granted: 'Needed: added',
  optional: 'Optional add-on',
  'not-required': '',
};

const MARK_CSS = `
[data-bm-state="missing"] { outline: 2px solid #d93025 !important; outline-offset: -2px; background-color: rgba(217, 48, 37, 0.06) !important; }
[data-bm-state="granted"] { outline: 2px solid #188038 !important; outline-offset: -2px; }
[data-bm-state="optional"] { outline: 2px dashed #9a6700 !important; outline-offset: -2px; }
[data-bm-state="missing"]::after, [data-bm-state="granted"]::after, [data-bm-state="optional"]::after {
  content: attr(data-bm-badge); display: inline-block; margin: 2px 6px; padding: 0 6px; border-radius: 8px;
  font: 600 11px/18px system-ui, sans-serif; vertical-align: middle; white-space: nowrap;
}
[data-bm-state="missing"]::after { background: #d93025; color: #fff; }
[data-bm-state="granted"]::after { background: #188038; color: #fff; }
[data-bm-state="optional"]::after { background: #fff4d6; color: #6b4700; }
`;

export function ensureMarkStyles(doc: Document): void {
  if (doc.getElementById(MARK_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = MARK_STYLE_ID;
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export interface MarkedRow {
  id: string;
  state: ScopeState;
  /** null where the row has no check box (the Scopes page lists added scopes only). */
  checked: boolean | null;
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

// The badge text reaches screen readers as CSS generated content (`::after`).
const MARK_ATTRIBUTES = ['data-bm-scope', 'data-bm-state', 'data-bm-badge', 'data-bm-reported'];

/** Keeps `data-bm-*` marks on exactly the rows currently rendered; writes only what changed. */
export class ScopeMarker {
  private marked = new Set<Element>();

  apply(rows: readonly ScopeRow[], req: Requirements, reported: ReadonlySet<string>): MarkedRow[] {
    const result: MarkedRow[] = [];
    const nowMarked = new Set<Element>();
    for (const row of rows) {
      const checked = row.checkbox ? isChecked(row.checkbox) : null;
      const state = scopeState(row.id, checked ?? true, req);
      const badge = reported.has(row.id) && state === 'missing' ? 'Brightmetrics reported missing' : BADGE_TEXT[state];
      setAttr(row.row, 'data-bm-scope', row.id);
      setAttr(row.row, 'data-bm-state', state);
      setAttr(row.row, 'data-bm-badge', badge || null);
      setAttr(row.row, 'data-bm-reported', reported.has(row.id) ? 'true' : null);
      nowMarked.add(row.row);
      result.push({ id: row.id, state, checked });
    }
    for (const el of this.marked) if (!nowMarked.has(el)) clearMarks(el);
    this.marked = nowMarked;
    return result;
  }

  clear(): void {
    for (const el of this.marked) clearMarks(el);
    this.marked.clear();
  }
}

function clearMarks(el: Element): void {
  for (const name of MARK_ATTRIBUTES) setAttr(el, name, null);
}
