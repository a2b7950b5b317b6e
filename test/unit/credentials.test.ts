import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_KEYS, checkCredential, maskCredential } from '@/lib/credentials';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ALNUM = B64URL.slice(0, 62);
const stringOf = (alphabet: string, length: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((a) => a.join(''));
const validFor = (key: (typeof CREDENTIAL_KEYS)[number]) => (key === 'clientSecret' ? stringOf(ALNUM, 32) : stringOf(B64URL, 22));

describe('credential rules', () => {
  it('accepts every value in the real formats, unchanged', () => {
    for (const key of CREDENTIAL_KEYS) {
      fc.assert(
        fc.property(validFor(key), (value) => {
          const check = checkCredential(key, value);
          expect(check).toEqual({ value, valid: true, problems: [] });
        }),
        { numRuns: 300 },
      );
    }
  });

  it('trims ordinary white space and wrapping quotes from a paste', () => {
    fc.assert(
      fc.property(validFor('clientId'), fc.constantFrom(' ', '\n', '\t', ' \r\n'), fc.constantFrom('', '"', "'", '`'), (value, ws, q) => {
        expect(checkCredential('clientId', `${ws}${q}${value}${q}${ws}`)).toMatchObject({ value, valid: true });
      }),
      { numRuns: 300 },
    );
  });

  it('flags a hidden character inside, and offers the cleaned value without applying it', () => {
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');
    fc.assert(
      fc.property(validFor('clientSecret'), invisible, fc.nat(30), (value, char, at) => {
        const hostile = value.slice(0, at + 1) + char + value.slice(at + 1);
        const check = checkCredential('clientSecret', hostile);
        expect(check.valid).toBe(false);
        expect(check.problems.join(' ')).toMatch(/invisible/);
        expect(check.cleaned).toBe(value);
        expect(check.value).toBe(hostile);
      }),
      { numRuns: 300 },
    );
  });

  it('flags inner spaces and line breaks', () => {
    const check = checkCredential('secretToken', 'AbCdEfGhIjK\nlMnOpQrStUv');
    expect(check.valid).toBe(false);
    expect(check.problems[0]).toMatch(/space or line break/);
  });

  it('names the wrong length and the wrong alphabet', () => {
    expect(checkCredential('accountId', 'AbCdEf').problems).toEqual([
      "Account ID is 6 characters long; Zoom's are 22. Check that it was copied whole.",
    ]);
    expect(checkCredential('clientSecret', 'AbCdEfGhIjKlMnOpQrStUvWxYz01234_').problems).toEqual([
      'Client Secret may only contain letters and digits.',
    ]);
  });

  it('refuses a value still masked by dots or stars', () => {
    for (const masked of ['••••••••••••', '************************', 'Ab••••••••Yz']) {
      const check = checkCredential('clientSecret', masked);
      expect(check.valid).toBe(false);
      expect(check.problems[0]).toMatch(/still hidden/);
    }
  });

  it('never throws and never calls an arbitrary string valid unless it is in format', () => {
    for (const key of CREDENTIAL_KEYS) {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 64 }), (raw) => {
          const check = checkCredential(key, raw);
          if (check.valid) {
            expect(check.value).toMatch(key === 'clientSecret' ? /^[A-Za-z0-9]{32}$/ : /^[A-Za-z0-9_-]{22}$/);
          } else {
            expect(check.problems.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 500 },
      );
    }
  });

  it('masks all but the last four characters', () => {
    expect(maskCredential('AbCdEfGhIjKlMnOpQrStUv')).toBe('••••••••StUv');
    expect(maskCredential('short')).toBe('•••••');
  });
});
