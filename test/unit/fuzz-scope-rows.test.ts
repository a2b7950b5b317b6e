import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { tick } from '@/lib/dom/fill';
import { findScopeRows, isChecked } from '@/lib/dom/scope-rows';
import { requirements } from '@/lib/scopes/diff';
import { REQUIRED_BY_PRODUCT } from './fixture-dom';

/** Randomly built scope lists in the shapes Zoom (or a redesign of it) might use. */
const REQUIRED = Object.values(REQUIRED_BY_PRODUCT).flat();
const OTHER = ['phone:write:call_log:admin', 'meeting:read:meeting:admin', 'user:read:email:admin', 'phone:read', 'chat:write:admin'];
const req = requirements({ wfm: false, qm: false });

type BoxKind = 'native-in-label' | 'native-apart' | 'aria' | 'aria-labelledby' | 'none';
interface RowSpec {
  id: string | null;
  box: BoxKind;
  checked: boolean;
  split: number;
  rtl: boolean;
  description: string;
}

const rowSpec = fc.record({
  id: fc.option(fc.constantFrom(...REQUIRED, ...OTHER), { nil: null, freq: 8 }),
  box: fc.constantFrom<BoxKind>('native-in-label', 'native-apart', 'aria', 'aria-labelledby', 'none'),
  checked: fc.boolean(),
  split: fc.nat(2),
  rtl: fc.boolean(),
  description: fc.constantFrom('View call logs', 'Lire les journaux', 'قراءة السجلات', 'Time: 10:30', 'see https://zoom.us/a:b:c', ''),
});

let rowCounter = 0;
function idMarkup(id: string, split: number): string {
  if (split === 0) return `<span class="sid">${id}</span>`;
  const cut = Math.max(1, Math.floor(id.length / (split + 1)));
  return `<span class="sid"><b>${id.slice(0, cut)}</b><i>${id.slice(cut)}</i></span>`;
}

function rowMarkup(spec: RowSpec, wrappers: number): string {
  const n = rowCounter++;
  const checked = spec.checked ? ' checked' : '';
  const ariaChecked = String(spec.checked);
  const id = spec.id ? idMarkup(spec.id, spec.split) : '<span>No id on this row</span>';
  const desc = `<span dir="${spec.rtl ? 'rtl' : 'ltr'}">${spec.description}</span>`;
  let inner: string;
  switch (spec.box) {
    case 'native-in-label':
      inner = `<label><input type="checkbox" data-row="${n}"${checked}>${desc}</label><div>${id}</div>`;
      break;
    case 'native-apart':
      inner = `<div class="c"><input type="checkbox" data-row="${n}"${checked}></div><div>${desc}</div><div>${id}</div>`;
      break;
    case 'aria':
      inner = `<span role="checkbox" tabindex="0" aria-checked="${ariaChecked}" data-row="${n}"></span>${desc}${id}`;
      break;
    case 'aria-labelledby':
      inner = `<input type="checkbox" aria-labelledby="lbl-${n}" data-row="${n}"${checked}><span id="lbl-${n}">${id}</span>`;
      break;
    default:
      inner = `${desc}${id}`;
  }
  let html = `<div class="row" data-truth="${n}" data-id="${spec.id ?? ''}">${inner}</div>`;
  for (let i = 0; i < wrappers; i++) html = `<div class="w${i}">${html}</div>`;
  return html;
}

/** Rows of one list share their structure (a list renders every row alike); the depth varies per list. */
function build(rows: RowSpec[], dialogs: number, wrappers = 0): Element {
  document.body.innerHTML = '';
  let last: Element | null = null;
  for (let d = 0; d < dialogs; d++) {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = `<h3>Add Scopes</h3><div class="list">${rows.map((r) => rowMarkup(r, wrappers)).join('')}</div>`;
    document.body.append(dialog);
    last = dialog;
  }
  return last as Element;
}

function truthOf(el: Element): Element | null {
  return el.closest('[data-truth]');
}

let cases = 0;
afterAll(() => {
  console.log(`DOM fuzzing: ${cases} random scope lists checked`);
});

describe('scope rows on randomly restructured markup', () => {
  it('never throws, never marks a wrong id, never pairs a row with another row’s check box', () => {
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 1, max: 2 }),
        fc.nat(3),
        (specs, dialogs, wrappers) => {
          cases++;
          const root = build(specs, dialogs, wrappers);
          const rows = findScopeRows(root);
          for (const row of rows) {
            const truth = truthOf(row.label);
            expect(truth, 'every found row comes from a generated row').not.toBeNull();
            expect(row.id).toBe(truth?.getAttribute('data-id'));
            expect(row.row.contains(row.label)).toBe(true);
            // The row element never spans two generated rows.
            expect(row.row.querySelectorAll('[data-truth]').length).toBeLessThanOrEqual(1);
            if (row.checkbox) expect(row.checkbox.getAttribute('data-row')).toBe(truth?.getAttribute('data-truth'));
          }
          // Every generated row with an id and a check box is found, with its box.
          const expected = specs.filter((s) => s.id !== null).length;
          expect(rows).toHaveLength(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('ticking the missing required rows never touches any other box', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { minLength: 1, maxLength: 40 }), fc.nat(3), (specs, wrappers) => {
        cases++;
        const root = build(specs, 1, wrappers);
        const before = new Map([...root.querySelectorAll<HTMLElement>('[data-row]')].map((b) => [b, isChecked(b)]));
        for (const aria of root.querySelectorAll('[role=checkbox]')) {
          aria.addEventListener('click', () => aria.setAttribute('aria-checked', String(aria.getAttribute('aria-checked') !== 'true')));
        }
        for (const row of findScopeRows(root)) {
          if (req.required.has(row.id) && row.checkbox && !isChecked(row.checkbox)) tick(row.checkbox, isChecked);
        }
        for (const [box, was] of before) {
          const truth = truthOf(box);
          const id = truth?.getAttribute('data-id') ?? '';
          const shouldTick = req.required.has(id) && !was;
          expect(isChecked(box), `${id} ${was} → ${isChecked(box)}`).toBe(was || shouldTick);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with 10,000 rows', { timeout: 60000 }, () => {
    cases++;
    const specs: RowSpec[] = Array.from({ length: 10000 }, (_, i) => ({
      id: i % 7 === 0 ? null : (REQUIRED[i % REQUIRED.length] as string),
      box: 'native-in-label',
      checked: i % 3 === 0,
      split: 0,
      rtl: false,
      description: 'x',
    }));
    const root = build(specs, 1);
    const rows = findScopeRows(root);
    expect(rows).toHaveLength(specs.filter((s) => s.id).length);
    expect(rows.every((r) => r.checkbox)).toBe(true);
  });
});
