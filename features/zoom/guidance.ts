import { CHECKBOX_SELECTOR, isChecked } from '@/lib/dom/scope-rows';
import { cleanText, isAfter, shortTexts } from '@/lib/dom/text';
import { send } from '@/lib/messaging';
import { detectorFor } from '@/lib/pages/snapshot';
import { ZOOM_DETECTORS } from '@/lib/pages/zoom';
import { highlight } from '../highlight';
import { throttle } from '../throttle';
import type { StepFeature } from '../types';

function elementsWithText(root: Element, pattern: RegExp): Element[] {
  return shortTexts(root)
    .filter((t) => pattern.test(t.text))
    .map((t) => t.element);
}

/** The smallest ancestor of `el` (up to `depth` levels) that contains something matching `selector`. */
function nearestWith(el: Element, selector: string, depth = 6): Element | null {
  for (let node: Element | null = el; node && depth >= 0; node = node.parentElement, depth--) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

export const roleSettings: StepFeature = {
  step: 'role-settings',
  detect: detectorFor(ZOOM_DETECTORS, 'role-settings'),
  instruction: 'In Advanced features, tick View and Edit for "Server-to-Server OAuth app", then save the role.',
  init({ panel, root, onPageChange }, signal) {
    let highlighted = false;
    let reported = false;
    const refresh = () => {
      const label = elementsWithText(root, /server[\s-]*to[\s-]*server\s*oauth\s*app/i)[0];
      const row = label ? nearestWith(label, CHECKBOX_SELECTOR) : null;
      const boxes = row ? [...row.querySelectorAll<HTMLElement>(CHECKBOX_SELECTOR)] : [];
      const named = (pattern: RegExp) =>
        boxes.find((box) => {
          const own = cleanText(
            `${box.getAttribute('aria-label') ?? ''} ${box.closest('label')?.textContent ?? ''} ${box.id ? (root.ownerDocument.querySelector(`label[for="${CSS.escape(box.id)}"]`)?.textContent ?? '') : ''}`,
          );
          return pattern.test(own);
        });
      const view = named(/\bview\b/i) ?? boxes[0];
      const edit = named(/\bedit\b/i) ?? boxes[1];
      if (!highlighted && (view || edit)) {
        highlight(
          [view, edit].filter((b): b is HTMLElement => !!b).map((b) => b.closest('label') ?? b),
          signal,
        );
        highlighted = true;
      }
      const both = !!view && !!edit && isChecked(view) && isChecked(edit);
      if (both && !reported) void send({ type: 'step:seen', step: 'role-settings', done: true });
      reported ||= both;
      panel.set({
        lines: [
          !label
            ? { text: 'The "Server-to-Server OAuth app" row is not on screen: open Advanced features.', tone: 'warn' }
            : both
              ? { text: 'View and Edit are both ticked. You can go to the App Marketplace.', tone: 'ok' }
              : {
                  text: `Not yet: View is ${view && isChecked(view) ? 'ticked' : 'not ticked'}, Edit is ${edit && isChecked(edit) ? 'ticked' : 'not ticked'}.`,
                  tone: 'warn',
                },
        ],
      });
    };
    onPageChange(throttle(refresh, 200));
    refresh();
  },
};

export const marketplaceHome: StepFeature = {
  step: 'marketplace-home',
  detect: detectorFor(ZOOM_DETECTORS, 'marketplace-home'),
  instruction: 'Open Develop in the top bar and choose Build App.',
  init({ root }, signal) {
    highlight(elementsWithText(root, /^(develop|build app)$/i).slice(0, 2), signal);
  },
};

export const chooseAppType: StepFeature = {
  step: 'choose-app-type',
  detect: detectorFor(ZOOM_DETECTORS, 'choose-app-type'),
  instruction: 'Pick "Server to Server OAuth App" and click its Create button.',
  init({ root }, signal) {
    const title = elementsWithText(root, /server[\s-]*to[\s-]*server\s*oauth/i)[0];
    const tile = title ? nearestWith(title, 'button, [role=button], a', 4) : null;
    highlight(
      [tile ?? title].filter((el): el is Element => !!el),
      signal,
    );
  },
};

const BLOCKER_INTRO = /complete the following|before (you can )?activat|cannot be activated|required before|to activate/i;
const BLOCKER_HINT = /required|missing|please (add|fill|provide)|must /i;

/** What Zoom says still blocks activation: the list after its introduction, else sentences that say "required". */
export function activationBlockers(root: Element): { blockers: string[]; links: string[] } {
  const intro = shortTexts(root, 200).find((t) => BLOCKER_INTRO.test(t.text))?.element;
  let items: Element[] = [];
  for (let node: Element | null = intro ?? null, depth = 0; node && depth < 3 && items.length === 0; node = node.parentElement, depth++) {
    items = [...node.querySelectorAll('li')].filter((li) => intro && isAfter(intro, li));
  }
  if (items.length === 0) {
    items = shortTexts(root, 200)
      .filter((t) => BLOCKER_HINT.test(t.text))
      .map((t) => t.element);
  }
  return {
    blockers: [...new Set(items.map((el) => cleanText(el.firstChild?.textContent || el.textContent)))].filter(Boolean),
    links: items.flatMap((el) => [...el.querySelectorAll('a[href]')].map((a) => cleanText(a.textContent))).filter(Boolean),
  };
}

export const activation: StepFeature = {
  step: 'activation',
  detect: detectorFor(ZOOM_DETECTORS, 'activation'),
  instruction: 'Click "Activate your app" in Zoom. When Zoom says the app is activated, go to Brightmetrics.',
  init({ panel, root, onPageChange }) {
    let reported = false;
    const refresh = () => {
      const texts = shortTexts(root, 200).map((t) => t.text);
      const activated = texts.some((t) => /app is activated|activated on the account/i.test(t));
      if (activated) {
        if (!reported) void send({ type: 'step:seen', step: 'activation', done: true });
        reported = true;
        panel.set({ lines: [{ text: 'The app is activated. The Zoom part is done: open Brightmetrics next.', tone: 'ok' }] });
        return;
      }
      const { blockers, links } = activationBlockers(root);
      panel.set({
        lines: blockers.length
          ? [
              { text: 'Zoom lists what still blocks activation:', tone: 'warn' },
              ...blockers.slice(0, 8).map((text) => ({ text: `• ${text}`, tone: 'warn' as const })),
              ...(links.length ? [{ text: `Use Zoom's links (${links.join(', ')}) to go back to those pages.` }] : []),
            ]
          : [{ text: 'Not activated yet.' }],
      });
    };
    onPageChange(throttle(refresh, 200));
    refresh();
  },
};
