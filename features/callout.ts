import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * A small label pinned to an element of the page (the next scope row to tick). Zoom's list scrolls
 * inside its modal: floating-ui's autoUpdate follows every scroll ancestor and resize, so the label
 * stays on its row without window scroll listeners.
 */
export interface Callout {
  show(target: Element, text: string): void;
  hide(): void;
}

export function createCallout(layer: HTMLElement, signal: AbortSignal): Callout {
  const el = document.createElement('div');
  el.className = 'callout';
  el.setAttribute('role', 'note');
  el.hidden = true;
  layer.append(el);
  let target: Element | null = null;
  let stop: (() => void) | undefined;

  const place = () => {
    if (!target) return;
    const reference = target;
    void computePosition(reference, el, {
      strategy: 'fixed',
      placement: 'left',
      middleware: [offset(8), flip({ fallbackPlacements: ['top-start', 'bottom-start'] }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (reference !== target) return;
      el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  const hide = () => {
    stop?.();
    stop = undefined;
    target = null;
    el.hidden = true;
  };
  signal.addEventListener('abort', () => {
    hide();
    el.remove();
  });
  let pending: { target: Element; text: string } | null = null;
  let scheduled = false;
  const attach = () => {
    scheduled = false;
    if (!pending || signal.aborted) return;
    const { target: next, text } = pending;
    pending = null;
    el.textContent = text;
    el.hidden = false;
    if (next === target) return;
    stop?.();
    target = next;
    // No layout-shift observer: the page behind the dialog may churn constantly; scrolls and resizes suffice.
    stop = autoUpdate(next, el, place, { layoutShift: false });
  };
  return {
    // Measuring right after the page inserted a thousand rows would force their layout inside our
    // task: attach after the next paint, when layout is already done.
    show(next, text) {
      pending = { target: next, text };
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => setTimeout(attach, 0));
    },
    hide() {
      pending = null;
      hide();
    },
  };
}
