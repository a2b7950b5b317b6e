/**
 * A Zoom scope id: granular `product:action:resource[:admin]`, or classic `product:read[_admin]`.
 * Classic ids have one colon, so their second segment must be an action word (`Note:read` is prose).
 */
const SCOPE_SOURCE = '[a-z][a-z0-9_]*(?::[a-z0-9_]+){2,4}|[a-z][a-z0-9_]*:(?:read|write|master|update|delete|create)(?:_admin)?';
const SCOPE_IN_TEXT = new RegExp(`(?<![a-z0-9_:/.@-])(${SCOPE_SOURCE})(?![a-z0-9_:/.@-])`, 'g');
const WHOLE_SCOPE = new RegExp(`^(?:${SCOPE_SOURCE})$`);

/** Finds Zoom scope ids inside free text (a row label, a diagnostics list, a pasted list). */
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
