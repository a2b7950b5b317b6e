import { type FieldSpec, findFields } from '../dom/fields';
import { shortTexts, type TextSnippet } from '../dom/text';

const DIALOG_SELECTOR = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';

export interface PageSnapshot {
  url: URL;
  doc: Document;
  /** The topmost open dialog, if any. */
  dialog: Element | null;
  dialogTexts: string[];
  /** Short texts of the page outside the dialog. */
  pageTexts: string[];
  /** The same texts with the elements holding them. */
  pageSnippets: TextSnippet[];
}

function isShown(el: Element): boolean {
  if ((el as HTMLElement).hidden || el.getAttribute('aria-hidden') === 'true') return false;
  if (el.tagName === 'DIALOG' && !(el as HTMLDialogElement).open) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

export function openDialogs(doc: Document): Element[] {
  const found = [...doc.querySelectorAll(DIALOG_SELECTOR)].filter(isShown);
  // A dialog nested in another dialog's markup counts once, as the outer one.
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/**
 * Whether `dialog` is still the last dialog-like element and not closed or hidden by attribute: a
 * cheap check (no computed style) for keeping a dialog step while the page churns.
 */
export function isStillTopDialog(doc: Document, dialog: Element): boolean {
  if (!dialog.isConnected || (dialog as HTMLElement).hidden || dialog.getAttribute('aria-hidden') === 'true') return false;
  if (dialog.tagName === 'DIALOG' && !(dialog as HTMLDialogElement).open) return false;
  const all = doc.querySelectorAll(DIALOG_SELECTOR);
  for (let i = all.length - 1; i >= 0; i--) {
    const candidate = all[i] as Element;
    if (candidate === dialog) return true;
    if (!dialog.contains(candidate) && isShown(candidate)) return false;
  }
  return false;
}

export function takeSnapshot(doc: Document, href: string): PageSnapshot {
  const dialogs = openDialogs(doc);
  const dialog = dialogs.at(-1) ?? null;
  const pageSnippets = shortTexts(doc.body ?? doc.documentElement).filter(
    ({ element }) => dialogs.length === 0 || !dialogs.some((d) => d.contains(element)),
  );
  return {
    url: new URL(href),
    doc,
    dialog,
    dialogTexts: dialog ? shortTexts(dialog).map((t) => t.text) : [],
    pageTexts: pageSnippets.map((t) => t.text),
    pageSnippets,
  };
}

export function anyText(texts: readonly string[], pattern: RegExp): boolean {
  return texts.some((t) => pattern.test(t));
}

export function countMatching(texts: readonly string[], patterns: readonly RegExp[]): number {
  return patterns.filter((p) => anyText(texts, p)).length;
}

/** How many of the field specs have a field in `root`. */
export function countFields(root: ParentNode, specs: Readonly<Record<string, FieldSpec>>, minScore = 40): number {
  return Object.values(findFields(root, specs)).filter((f) => f && f.score >= minScore).length;
}

export interface Detection {
  confidence: number;
  /** The element the step's feature works inside (a dialog, or the page body). */
  root: Element;
}

export interface Detector<TStep extends string> {
  step: TStep;
  detect(snapshot: PageSnapshot): Detection | null;
}

/** The detect function of one step's detector, for the feature that handles that step. */
export function detectorFor<TStep extends string>(detectors: readonly Detector<TStep>[], step: TStep): Detector<TStep>['detect'] {
  const detector = detectors.find((d) => d.step === step);
  if (!detector) throw new Error(`no detector for ${step}`);
  return (snapshot) => detector.detect(snapshot);
}

/** The most confident detector wins; a tie goes to the one listed first. */
export function detectStep<TStep extends string>(
  detectors: readonly Detector<TStep>[],
  snapshot: PageSnapshot,
): { step: TStep; detection: Detection } | null {
  let best: { step: TStep; detection: Detection } | null = null;
  for (const detector of detectors) {
    const detection = detector.detect(snapshot);
    if (detection && detection.confidence >= 0.5 && (!best || detection.confidence > best.detection.confidence)) {
      best = { step: detector.step, detection };
    }
  }
  return best;
}
