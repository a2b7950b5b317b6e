/** Outlines page elements the user should act on, until the step's feature is torn down. */
const HIGHLIGHT_ATTR = 'data-bm-highlight';
const HIGHLIGHT_STYLE_ID = 'brightmetrics-highlight';

export function highlight(elements: readonly Element[], signal: AbortSignal): void {
  const doc = elements[0]?.ownerDocument;
  if (!doc) return;
  if (!doc.getElementById(HIGHLIGHT_STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = HIGHLIGHT_STYLE_ID;
    style.textContent = `[${HIGHLIGHT_ATTR}] { outline: 3px solid #f59e0b !important; outline-offset: 2px; border-radius: 4px; }`;
    (doc.head ?? doc.documentElement).append(style);
  }
  for (const el of elements) el.setAttribute(HIGHLIGHT_ATTR, '');
  signal.addEventListener('abort', () => {
    for (const el of elements) el.removeAttribute(HIGHLIGHT_ATTR);
  });
}
