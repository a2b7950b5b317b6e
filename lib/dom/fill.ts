import type { FieldElement } from './fields';

export type FillOutcome = 'filled' | 'unchanged' | 'readonly' | 'rejected';

function nativeValueSetter(el: FieldElement): ((value: string) => void) | undefined {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

/**
 * Sets a field the way typing would, so React, Vue and plain pages all see the change: the native
 * value setter (bypassing a framework's own `value` property), bubbling `input` and `change`, focus
 * and blur; then reads the value back.
 */
export function setFieldValue(el: FieldElement, value: string): FillOutcome {
  if (el.readOnly || el.disabled) return 'readonly';
  if (el.value === value) return 'unchanged';
  el.focus();
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur();
  return el.value === value ? 'filled' : 'rejected';
}

/** Ticks a check box with a real click (so the page's framework handles it), never unticking. */
export function tick(checkbox: HTMLElement, isChecked: (el: Element) => boolean): boolean {
  if (isChecked(checkbox)) return true;
  if (checkbox instanceof HTMLInputElement && checkbox.disabled) return false;
  if (checkbox.getAttribute('aria-disabled') === 'true') return false;
  checkbox.click();
  return isChecked(checkbox);
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(finish);
    // Background tabs do not run animation frames.
    setTimeout(finish, 50);
  });
}

/** Lets the page run its pending work (a framework's re-render) before we continue; not throttled in background tabs. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
