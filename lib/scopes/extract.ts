/** Finds Zoom scope ids inside free text (a row label, a diagnostics list, a pasted list). */
const SCOPE_IN_TEXT = /(?<![a-z0-9_:/.-])([a-z][a-z0-9_]*(?::[a-z0-9_]+){2,4})(?![a-z0-9_:/.-])/g;
const WHOLE_SCOPE = /^[a-z][a-z0-9_]*(?::[a-z0-9_]+){2,4}$/;

export function scopeIdsInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SCOPE_IN_TEXT)) found.push(match[1] as string);
  return found;
}

export function isWholeScopeId(text: string): boolean {
  return WHOLE_SCOPE.test(text);
}

/** A fragment that could be part of an id split across elements (`phone:read:` + `call_log:admin`). */
export function looksLikeScopeFragment(text: string): boolean {
  return /^[a-z0-9_:]+$/.test(text) && (text.includes(':') || text.includes('_'));
}
