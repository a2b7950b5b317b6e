import { mayAffectScopeRows } from '@/lib/dom/scope-rows';
import type { FeatureContext } from './types';

/**
 * Calls `onChange` when the scope rows under `root` may have changed: rows
 * added or re-rendered, a row's text rewritten by a virtual list, a check box's ARIA state flipped,
 * or the user clicking. Watches `root` alone, so churn elsewhere on the page costs nothing.
 */
export function watchScopeRows(
  root: Element,
  onPageChange: FeatureContext['onPageChange'],
  signal: AbortSignal,
  onChange: () => void,
): void {
  let queued = false;
  const flush = () => {
    queued = false;
    if (!signal.aborted) onChange();
  };
  // Mutation callbacks run right after the page's own script, before the browser lays the new rows
  // out: marking there puts our work in the same frame as the page's (one style and layout pass, no
  // extra frame). Clicks go through the next animation frame, after the page has re-rendered.
  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    if (mayAffectScopeRows(records)) onChange();
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
    if (change.interacted && !queued) {
      queued = true;
      requestAnimationFrame(flush);
    }
  });
  signal.addEventListener('abort', () => observer.disconnect());
}
