import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '@/components/Panel';
import '@/components/panel.css';
import { send } from '@/lib/messaging';
import { detectStep, isStillTopDialog, takeSnapshot } from '@/lib/pages/snapshot';
import { createPanelStore } from '@/lib/panel-store';
import { type PageStep, STEPS } from '@/lib/steps';
import { type PanelPrefs, panelPrefsItem } from '@/lib/storage';
import type { PageChange, StepFeature } from './types';

export const HOST_TAG = 'brightmetrics-assistant';
const UNKNOWN_INSTRUCTION = 'Nothing to do on this page. Open the next page of the setup and the assistant will follow.';
/** Detection walks the page's text: at most this often while the page keeps changing. */
const DETECT_INTERVAL_MS = 120;

interface Active {
  feature: StepFeature;
  root: Element;
  abort: AbortController;
  listeners: Set<(change: PageChange) => void>;
}

export async function runAssistant(ctx: ContentScriptContext, features: readonly StepFeature[]): Promise<void> {
  if (window.top !== window) return;
  const panel = createPanelStore();
  let prefs: PanelPrefs = await panelPrefsItem.getValue();
  let render: (() => void) | undefined;
  /** True while the panel sits on the other side so as not to cover the page's own Continue / Done. */
  let dodging = false;
  const savePrefs = (next: PanelPrefs) => {
    dodging = false;
    prefs = next;
    render?.();
    void panelPrefsItem.setValue(next);
  };

  /** Inside our shadow root, outside React: where features pin callouts to page elements. */
  const overlay = document.createElement('div');
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: 'body',
    mode: 'open',
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout'],
    onMount(container, shadow) {
      overlay.className = 'overlay-layer';
      shadow.append(overlay);
      const root = createRoot(container);
      render = () => {
        const side = dodging ? (prefs.side === 'right' ? 'left' : 'right') : prefs.side;
        root.render(
          <Panel
            store={panel}
            prefs={{ ...prefs, side }}
            onPrefs={(next) => savePrefs({ ...next, side: next.side === side ? prefs.side : next.side })}
          />,
        );
      };
      render();
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  host.setAttribute('data-step', 'unknown');
  Object.assign(host.style, { position: 'relative', zIndex: '2147483647' });

  let active: Active | null = null;
  const ownNode = (node: Node) => node === host || host.contains(node);

  const switchTo = (step: PageStep, feature: StepFeature | undefined, root: Element | undefined) => {
    active?.abort.abort();
    active = null;
    host.setAttribute('data-step', step);
    panel.reset(step, feature?.instruction ?? UNKNOWN_INSTRUCTION);
    requestAnimationFrame(dodgePageButtons);
    watchFor(root);
    if (!feature || !root) return;
    const abort = new AbortController();
    const listeners = new Set<(change: PageChange) => void>();
    active = { feature, root, abort, listeners };
    const checklistStep = STEPS.find((s) => s.id === step)?.id;
    if (checklistStep) void send({ type: 'step:seen', step: checklistStep, done: false });
    Promise.resolve(feature.init({ ctx, panel, root, overlay, onPageChange: (listener) => listeners.add(listener) }, abort.signal)).catch(
      (error) => panel.set({ lines: [{ text: `The assistant hit a problem on this page: ${String(error)}`, tone: 'error' }] }),
    );
  };

  const dodgePageButtons = () => {
    const box = ui.shadow.querySelector('.panel')?.getBoundingClientRect();
    if (!box) return;
    const covered = coversPageAction(box);
    if (covered !== dodging && (covered || !coversPageAction(mirror(box)))) {
      dodging = covered;
      render?.();
    }
  };
  ctx.addEventListener(window, 'resize', dodgePageButtons);

  let lastHref = '';
  const evaluate = () => {
    keepAboveModal(host);
    // While the step lives in a dialog that is still the topmost one, re-reading the whole page (a
    // thousand scope rows) would find the same answer: skip it.
    if (active && location.href === lastHref && active.root !== document.body && isStillTopDialog(document, active.root)) {
      return;
    }
    lastHref = location.href;
    const result = detectStep(features, takeSnapshot(document, location.href));
    const feature = result ? features.find((f) => f.step === result.step) : undefined;
    const step: PageStep = result?.step ?? 'unknown';
    if (active && active.feature.step === step && active.root === result?.detection.root && active.root.isConnected) return;
    switchTo(step, feature, result?.detection.root);
  };

  // Batching: once a frame after DOM changes or a user action the active feature hears about it, and
  // detection runs at most every DETECT_INTERVAL_MS.
  let frameQueued = false;
  let lastDetect = 0;
  let detectTimer: ReturnType<typeof setTimeout> | undefined;
  let interacted = false;
  const scheduleDetect = () => {
    if (detectTimer !== undefined) return;
    const wait = Math.max(0, lastDetect + DETECT_INTERVAL_MS - performance.now());
    detectTimer = setTimeout(() => {
      detectTimer = undefined;
      lastDetect = performance.now();
      evaluate();
    }, wait);
  };
  const onFrame = () => {
    frameQueued = false;
    const change: PageChange = { interacted };
    interacted = false;
    if (active) for (const listener of active.listeners) listener(change);
  };
  const queueFrame = () => {
    if (!frameQueued) {
      frameQueued = true;
      requestAnimationFrame(onFrame);
    }
  };

  const onMutations = (records: MutationRecord[]) => {
    if (records.some((record) => !ownNode(record.target))) {
      scheduleDetect();
      queueFrame();
    }
  };
  const observer = new MutationObserver(onMutations);
  /**
   * On a page: the whole document, childList only, and the callback only sets a flag. In a dialog
   * (a thousand scope rows and a page that may keep churning behind it): only what can end or cover
   * the dialog — its ancestors losing children, and new top-level nodes (portals) — plus the user's
   * clicks and keys. Features watch their own root for the rest (see scope-watch.ts).
   */
  function watchFor(root: Element | undefined) {
    observer.disconnect();
    const inDialog = root && root !== document.body && root !== document.documentElement;
    if (!inDialog) {
      observer.observe(document.documentElement, { childList: true, subtree: true });
      return;
    }
    for (let node = root.parentElement; node; node = node.parentElement) observer.observe(node, { childList: true });
  }
  watchFor(undefined);
  // Check boxes and dialogs change state without adding nodes.
  const onInteraction = (event: Event) => {
    if (event.target instanceof Node && ownNode(event.target)) return;
    interacted = true;
    scheduleDetect();
    queueFrame();
  };
  for (const type of ['change', 'click', 'keyup'] as const) ctx.addEventListener(document, type, onInteraction, { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', evaluate);
  ctx.addEventListener(window, 'popstate', evaluate);
  ctx.onInvalidated(() => {
    observer.disconnect();
    active?.abort.abort();
  });
  panelPrefsItem.watch((next) => {
    if (next) {
      prefs = next;
      render?.();
    }
  });
  evaluate();
}

/** The buttons that move the user on in Zoom and Brightmetrics: the panel must never hide them. */
const PAGE_ACTION = /^(\+\s*)?(done|continue|create|save|next|authenticate|activate your app|add scopes?)$/i;

function coversPageAction(box: DOMRect): boolean {
  for (const button of document.querySelectorAll<HTMLElement>('button, [role=button], input[type=submit], input[type=button]')) {
    const name = (button.textContent || (button as HTMLInputElement).value || '').trim();
    if (!PAGE_ACTION.test(name)) continue;
    const r = button.getBoundingClientRect();
    if (r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top) return true;
  }
  return false;
}

/** Where the panel would be on the other side of the window. */
function mirror(box: DOMRect): DOMRect {
  return new DOMRect(window.innerWidth - box.right, box.top, box.width, box.height);
}

/** A `<dialog>` opened with showModal() makes everything outside it inert: the panel moves in with it. */
function keepAboveModal(host: HTMLElement): void {
  let modal: Element | null = null;
  try {
    modal = [...document.querySelectorAll('dialog:modal')].at(-1) ?? null;
  } catch {
    modal = null;
  }
  const parent = modal ?? document.body;
  if (parent && host.parentElement !== parent) parent.append(host);
}
