import { mayAffectScopeRows } from '@/lib/dom/scope-rows';
import type { FeatureContext } from './types';

/**
 * Calls `onChange` (at most once a frame) when the scope rows under `root` may have changed: rows
 * added or re-rendered, a row's text rewritten by a virtual list, a check box's ARIA state flipped,
 * or the user clicking. Watches `root` alone, so churn elsewhere on the page costs nothing.
 */
export function watchScopeRows(
  root: Element,
  onPageChange: FeatureContext['onPageChange'],
  signal: AbortSignal,
  onChange: () => void,
): void {
  let pending: MutationRecord[] = [];
  let queued = false;
  let interacted = false;
  const flush = () => {
    queued = false;
    const change = { records: pending, overflow: false, interacted };
    pending = [];
    interacted = false;
    if (!signal.aborted && mayAffectScopeRows(change)) onChange();
  };
  const queue = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(flush);
    }
  };
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    queue();
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-checked', 'aria-selected', 'checked'],
  });
  // Native check boxes change `checked` without any DOM mutation: a click or change tells us.
  onPageChange((change) => {
    if (change.interacted) {
      interacted = true;
      queue();
    }
  });
  signal.addEventListener('abort', () => observer.disconnect());
}
