/**
 * Collapses white space and strips invisible characters and required-field asterisks ("* App Name",
 * "Company Name*"), for comparing label text.
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*+\s*|\s*\*+$/g, '');
}

/** Turns `developerContactEmail`, `developer_contact-email` into `developer contact email`. */
export function wordsOfIdentifier(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]:$]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const OUR_HOST_TAG = 'BRIGHTMETRICS-ASSISTANT';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', OUR_HOST_TAG]);

/** Whether `b` comes after `a` in document order (inside it counts). */
export function isAfter(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if ((node as HTMLElement).hidden || node.getAttribute('aria-hidden') === 'true') return true;
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/**
 * Short visible-ish text snippets under `root` with the element holding each, in document order.
 * Only text nodes up to `maxLength` characters count: labels, headings and buttons, not paragraphs.
 */
export interface TextSnippet {
  /** White space collapsed, invisible characters removed: for matching labels. */
  text: string;
  /** The text node's own characters, only trimmed: for reading values. */
  raw: string;
  element: Element;
}

export function shortTexts(root: Node, maxLength = 120): TextSnippet[] {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: the native walk is several times faster than calling back into script per node.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: TextSnippet[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length === 0 || data.length > maxLength) continue;
    const parent = node.parentElement;
    if (!parent || SKIPPED_TAGS.has(parent.tagName.toUpperCase())) continue;
    const text = cleanText(data);
    if (text) out.push({ text, raw: data.trim(), element: parent });
  }
  return out;
}
