import { nextFrame, tick, yieldToPage } from '@/lib/dom/fill';
import { ensureMarkStyles, type MarkedRow, ScopeMarker } from '@/lib/dom/scope-marks';
import { findScopeRows, isChecked } from '@/lib/dom/scope-rows';
import { cleanText } from '@/lib/dom/text';
import { send } from '@/lib/messaging';
import { detectorFor } from '@/lib/pages/snapshot';
import { ZOOM_DETECTORS } from '@/lib/pages/zoom';
import { productOf, quickPrefixFor } from '@/lib/scopes/catalog';
import { diffScopes, type ScopeDiff } from '@/lib/scopes/diff';
import { createCallout } from '../callout';
import { type ScopeContext, watchScopeContext } from '../requirements';
import { watchScopeRows } from '../scope-watch';
import type { StepFeature } from '../types';

function majorityProduct(rows: readonly MarkedRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(productOf(row.id), (counts.get(productOf(row.id)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The product entry in the dialog's product list, found by its visible name. */
export function findProductEntry(root: Element, product: string): HTMLElement | undefined {
  const wanted = product.toLowerCase();
  const matches = [
    ...root.querySelectorAll<HTMLElement>(
      'button, [role=tab], [role=option], [role=menuitem], [role=treeitem], [role=link], a, li, label, span, div',
    ),
  ].filter((el) => cleanText(el.textContent).toLowerCase() === wanted && !el.querySelector('[data-bm-scope]'));
  // The innermost element carrying the name; clicks bubble to the framework's handler.
  return matches.find((el) => !matches.some((other) => other !== el && el.contains(other)));
}

function remainingSentence(diff: ScopeDiff, except?: string): string {
  const others = diff.byProduct.filter((p) => p.missing.length > 0 && p.product !== except);
  if (others.length === 0) return '';
  const total = others.reduce((sum, p) => sum + p.missing.length, 0);
  return `${total} more ${total === 1 ? 'is' : 'are'} under ${others.map((p) => `${p.product} (${p.missing.length})`).join(', ')}`;
}

export const addScopes: StepFeature = {
  step: 'add-scopes',
  detect: detectorFor(ZOOM_DETECTORS, 'add-scopes'),
  instruction: 'Every scope row is marked: red ones Brightmetrics needs and are not ticked yet. Tick them here, then click Done in Zoom.',
  async init({ panel, root, overlay, onPageChange }, signal) {
    ensureMarkStyles(root.ownerDocument);
    const callout = createCallout(overlay, signal);
    const marker = new ScopeMarker();
    signal.addEventListener('abort', () => marker.clear());
    let context: ScopeContext = await watchScopeContext(signal, (next) => {
      context = next;
      refresh();
    });
    /** What we saw in this dialog: id → ticked. Survives product switches and virtual scrolling. */
    const seen = new Map<string, boolean>();
    let lastDiff: ScopeDiff | undefined;
    let currentProduct: string | undefined;
    let reportTimer: ReturnType<typeof setTimeout> | undefined;

    const grantedNow = () => {
      const granted = new Set(context.storedGranted);
      for (const [id, ticked] of seen) {
        if (ticked) granted.add(id);
        else granted.delete(id);
      }
      return granted;
    };

    const flushReport = () => {
      clearTimeout(reportTimer);
      reportTimer = undefined;
      const granted = [...seen].filter(([, t]) => t).map(([id]) => id);
      const notGranted = [...seen].filter(([, t]) => !t).map(([id]) => id);
      void send({ type: 'scopes:observed', granted, notGranted, complete: false });
    };
    const report = () => {
      clearTimeout(reportTimer);
      reportTimer = setTimeout(flushReport, 400);
    };

    const refresh = () => {
      if (signal.aborted) return;
      const rows = findScopeRows(root);
      const marked = marker.apply(rows, context.req, context.reported);
      const firstMissing = rows.find((_, i) => marked[i]?.state === 'missing');
      if (firstMissing) callout.show(firstMissing.row, 'Needed: tick this');
      else callout.hide();
      let changed = false;
      for (const row of marked) {
        if (row.checked !== null && seen.get(row.id) !== row.checked) {
          seen.set(row.id, row.checked);
          changed = true;
        }
      }
      if (changed) report();
      currentProduct = majorityProduct(marked) ?? currentProduct;
      const diff = diffScopes(grantedNow(), context.req);
      lastDiff = diff;
      const missingHere = marked.filter((r) => r.state === 'missing').length;
      const prefix = currentProduct ? quickPrefixFor(currentProduct) : undefined;
      const nextProduct = diff.byProduct.find((p) => p.missing.length > 0 && p.product !== currentProduct);
      panel.set({
        progress: `${diff.granted.length} of ${diff.required.length} required scopes ticked or added`,
        lines: [
          {
            text: marked.length
              ? `${missingHere} of the ${marked.length} rows shown are needed and not ticked.`
              : 'No scope rows are shown yet: pick a product on the left.',
            tone: missingHere ? 'warn' : 'ok',
          },
          ...(prefix ? [{ text: `Quick method: search "${prefix}" and use Select All (Admin); it grants more than needed.` }] : []),
          ...(context.reported.size
            ? [{ text: `Brightmetrics reported ${context.reported.size} missing scope(s); they are marked too.`, tone: 'warn' as const }]
            : []),
        ],
        lists: [
          ...diff.byProduct.map((p) => ({
            title: `${p.product}: ${p.missing.length} of ${p.required} still missing`,
            items: p.missing,
            copyable: true,
          })),
        ],
        actions: [
          { label: 'Select missing scopes', primary: true, run: selectMissing },
          ...(nextProduct
            ? [{ label: `Next product with missing scopes: ${nextProduct.product}`, run: () => goToProduct(nextProduct.product) }]
            : []),
        ],
      });
    };

    const selectMissing = async (): Promise<string> => {
      const attempted = new Set<string>();
      const missingRows = () =>
        findScopeRows(root).filter(
          (row) => context.req.required.has(row.id) && row.checkbox && !isChecked(row.checkbox) && !attempted.has(row.id),
        );
      // One click at a time, letting the page re-render in between: a framework that builds its next
      // state from the last render would otherwise drop all but one of a burst of clicks.
      let queue = missingRows();
      while (queue.length > 0) {
        const row = queue.shift();
        if (!row?.checkbox || attempted.has(row.id)) continue;
        if (!row.checkbox.isConnected) {
          queue = missingRows(); // The list re-rendered under us: look again.
          continue;
        }
        attempted.add(row.id);
        tick(row.checkbox, isChecked);
        await yieldToPage();
      }
      await nextFrame();
      // Count from what the page now says, not from what we clicked.
      let ticked = 0;
      let failed = 0;
      for (const row of findScopeRows(root)) {
        if (!attempted.has(row.id) || !row.checkbox) continue;
        if (isChecked(row.checkbox)) ticked++;
        else failed++;
      }
      refresh();
      const rest = lastDiff ? remainingSentence(lastDiff, currentProduct) : '';
      if (attempted.size === 0) return `Nothing to tick here: every needed scope shown is already ticked.${rest ? ` ${rest}.` : ''}`;
      return `Ticked ${ticked}${failed ? `; ${failed} would not tick (Zoom may have them disabled)` : ''}${rest ? `; ${rest}` : ''}.`;
    };

    const goToProduct = async (product: string): Promise<string> => {
      const entry = findProductEntry(root, product);
      if (!entry) return `Could not find "${product}" in the product list. Pick it by hand on the left.`;
      entry.scrollIntoView({ block: 'nearest' });
      entry.click();
      await nextFrame();
      return `Opened ${product}.`;
    };

    signal.addEventListener('abort', () => {
      if (reportTimer !== undefined) flushReport();
    });
    watchScopeRows(root, onPageChange, signal, refresh);
    refresh();
  },
};
