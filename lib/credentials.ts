export const CREDENTIAL_KEYS = ['accountId', 'clientId', 'clientSecret', 'secretToken'] as const;
export type CredentialKey = (typeof CREDENTIAL_KEYS)[number];

interface CredentialFormat {
  label: string;
  length: number;
  alphabet: RegExp;
  alphabetText: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

export const CREDENTIAL_FORMATS: Readonly<Record<CredentialKey, CredentialFormat>> = {
  accountId: { label: 'Account ID', length: 22, alphabet: BASE64URL, alphabetText: 'letters, digits, _ and -' },
  clientId: { label: 'Client ID', length: 22, alphabet: BASE64URL, alphabetText: 'letters, digits, _ and -' },
  clientSecret: { label: 'Client Secret', length: 32, alphabet: ALPHANUMERIC, alphabetText: 'letters and digits' },
  secretToken: { label: 'Secret Token', length: 22, alphabet: BASE64URL, alphabetText: 'letters, digits, _ and -' },
};

// Zero-width and other invisible format characters that ride along with copy and paste.
const INVISIBLE = /\u034F|[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const MASK_CHARS = /[•●∙·*⋅◦▪■]/;
const WRAPPING_QUOTES = /^(["'`“”‘’«»])(.*)\1$|^[“‘«](.*)[”’»]$/s;

export interface CredentialCheck {
  /** The value as it will be stored and sent (ordinary surrounding white space and quotes removed). */
  value: string;
  valid: boolean;
  /** One human sentence per problem, empty when valid. */
  problems: string[];
  /**
   * A candidate with invisible characters and inner white space removed, offered to the user when it
   * differs from `value` and would be valid. Never applied silently: a hidden character inside a secret
   * usually means it was copied from the wrong place.
   */
  cleaned?: string;
}

function stripWrapping(raw: string): string {
  let value = raw.trim();
  for (let i = 0; i < 2; i++) {
    const match = WRAPPING_QUOTES.exec(value);
    if (!match) break;
    value = (match[2] ?? match[3] ?? '').trim();
  }
  return value;
}

function problemsOf(key: CredentialKey, value: string): string[] {
  const format = CREDENTIAL_FORMATS[key];
  const problems: string[] = [];
  if (value === '') return [`${format.label} is empty.`];
  if (MASK_CHARS.test(value)) {
    return [`${format.label} is still hidden behind dots: reveal it in Zoom (the eye or "Show" control) and try again.`];
  }
  INVISIBLE.lastIndex = 0;
  if (INVISIBLE.test(value)) problems.push(`${format.label} contains invisible characters.`);
  if (/\s/.test(value)) problems.push(`${format.label} contains a space or line break.`);
  const visible = value.replace(INVISIBLE, '').replace(/\s+/g, '');
  if (visible && !format.alphabet.test(visible)) {
    problems.push(`${format.label} may only contain ${format.alphabetText}.`);
  }
  if (visible.length !== format.length) {
    problems.push(`${format.label} is ${visible.length} characters long; Zoom's are ${format.length}. Check that it was copied whole.`);
  }
  return problems;
}

export function checkCredential(key: CredentialKey, raw: string): CredentialCheck {
  const value = stripWrapping(raw);
  const problems = problemsOf(key, value);
  const result: CredentialCheck = { value, valid: problems.length === 0, problems };
  if (!result.valid) {
    const cleaned = value.replace(INVISIBLE, '').replace(/\s+/g, '');
    if (cleaned !== value && problemsOf(key, cleaned).length === 0) result.cleaned = cleaned;
  }
  return result;
}

/** For display: the last four characters only, enough to tell two values apart. */
export function maskCredential(value: string): string {
  if (value.length <= 8) return '•'.repeat(value.length);
  return `${'•'.repeat(8)}${value.slice(-4)}`;
}

export type Credentials = Record<CredentialKey, string>;
export type PartialCredentials = Partial<Credentials>;
