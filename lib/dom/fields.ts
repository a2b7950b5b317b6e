import { cleanText, isHidden, wordsOfIdentifier } from './text';

export type FieldElement = HTMLInputElement | HTMLTextAreaElement;

export interface FieldSpec {
  /** Matches the human label of the field. */
  label: RegExp;
  /** Label text that disqualifies a field even if `label` matches ("Company Name" is not "App Name"). */
  exclude?: RegExp;
}

export interface FoundField {
  element: FieldElement;
  score: number;
  /** Which clue matched, for diagnostics: `label[for]: "Account ID"`. */
  reason: string;
}

const TEXT_INPUTS =
  'input:not([type]), input[type=text], input[type=email], input[type=password], input[type=search], input[type=url], input[type=tel], textarea';

interface Clue {
  text: string;
  score: number;
  source: string;
}

function textOfIds(doc: Document, ids: string | null): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => cleanText(doc.getElementById(id)?.textContent))
    .join(' ')
    .trim();
}

function labelElementText(label: Element): string {
  // A wrapping label also holds the field and maybe help text: take only its own text nodes and spans.
  const clone = label.cloneNode(true) as Element;
  for (const control of clone.querySelectorAll('input, textarea, select, button')) control.remove();
  return cleanText(clone.textContent);
}

const LABEL_LIKE = 'label, legend, dt, th, td, h1, h2, h3, h4, h5, h6, [role=heading], span, p, div, strong, b';

/** The nearest short label-like text before the field inside its form group. */
function precedingGroupText(field: Element): string {
  let node: Element | null = field;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.querySelector(TEXT_INPUTS) || sibling.matches(TEXT_INPUTS)) return '';
      const text = cleanText(sibling.textContent);
      if (text && text.length <= 60 && sibling.matches(LABEL_LIKE)) return text;
    }
  }
  return '';
}

export function cluesOf(field: FieldElement): Clue[] {
  const doc = field.ownerDocument;
  const clues: Clue[] = [];
  const add = (text: string, score: number, source: string) => {
    if (text) clues.push({ text, score, source });
  };
  add(textOfIds(doc, field.getAttribute('aria-labelledby')), 100, 'aria-labelledby');
  if (field.id) {
    for (const label of doc.querySelectorAll(`label[for="${CSS.escape(field.id)}"]`)) {
      add(labelElementText(label), 100, 'label[for]');
    }
  }
  const wrapping = field.closest('label');
  if (wrapping) add(labelElementText(wrapping), 95, 'wrapping label');
  add(cleanText(field.getAttribute('aria-label')), 90, 'aria-label');
  add(cleanText(field.getAttribute('placeholder')), 60, 'placeholder');
  add(wordsOfIdentifier(field.getAttribute('name') ?? ''), 50, 'name');
  add(wordsOfIdentifier(field.id), 45, 'id');
  add(precedingGroupText(field), 40, 'nearby text');
  return clues;
}

export function scoreField(field: FieldElement, spec: FieldSpec): { score: number; reason: string } {
  let best = { score: 0, reason: '' };
  for (const clue of cluesOf(field)) {
    if (spec.exclude?.test(clue.text) && clue.score >= 90) return { score: 0, reason: `excluded by ${clue.source}` };
    if (clue.score > best.score && spec.label.test(clue.text)) {
      best = { score: clue.score, reason: `${clue.source}: "${clue.text.slice(0, 60)}"` };
    }
  }
  return best;
}

export function candidateFields(root: ParentNode): FieldElement[] {
  return [...root.querySelectorAll<FieldElement>(TEXT_INPUTS)].filter((el) => !isHidden(el));
}

/**
 * Finds one field per spec inside `root`, each field used at most once; the strongest clue wins.
 * Missing keys are absent from the result.
 */
export function findFields<K extends string>(root: ParentNode, specs: Readonly<Record<K, FieldSpec>>): Partial<Record<K, FoundField>> {
  const fields = candidateFields(root);
  const candidates: Array<{ key: K; found: FoundField }> = [];
  for (const key of Object.keys(specs) as K[]) {
    for (const element of fields) {
      const { score, reason } = scoreField(element, specs[key]);
      if (score > 0) candidates.push({ key, found: { element, score, reason } });
    }
  }
  candidates.sort((a, b) => b.found.score - a.found.score);
  const result: Partial<Record<K, FoundField>> = {};
  const used = new Set<Element>();
  for (const { key, found } of candidates) {
    if (result[key] || used.has(found.element)) continue;
    result[key] = found;
    used.add(found.element);
  }
  return result;
}
