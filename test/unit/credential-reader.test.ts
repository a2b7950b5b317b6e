import { afterEach, describe, expect, it } from 'vitest';
import { readCredentials } from '@/lib/dom/credential-reader';

afterEach(() => {
  document.body.innerHTML = '';
});

const ACCOUNT = 'AbCdEfGhIjKlMnOpQrStUv';
const CLIENT = 'Zx_9-yWvUtSrQpOnMlKjIh';
const SECRET = 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2bCd4f';
const KEYS = ['accountId', 'clientId', 'clientSecret'] as const;

function page(markup: string): Element {
  document.body.innerHTML = markup;
  return document.body;
}

describe('reading credentials shown on a page', () => {
  it('label/value rows with Copy buttons', async () => {
    const root = page(`
      <div><div>Account ID</div><div><span>${ACCOUNT}</span><button>Copy</button></div></div>
      <div><div>Client ID</div><div><span>${CLIENT}</span><button>Copy</button></div></div>
      <div><div>Client Secret</div><div><span>${SECRET}</span><button>Copy</button></div></div>`);
    expect(await readCredentials(root, KEYS)).toEqual({
      accountId: { value: ACCOUNT },
      clientId: { value: CLIENT },
      clientSecret: { value: SECRET },
    });
  });

  it('a definition list, a table and read-only inputs', async () => {
    const dl = page(
      `<dl><dt>Account ID</dt><dd>${ACCOUNT}</dd><dt>Client ID</dt><dd>${CLIENT}</dd><dt>Client Secret</dt><dd>${SECRET}</dd></dl>`,
    );
    expect((await readCredentials(dl, KEYS)).clientId).toEqual({ value: CLIENT });
    const table = page(`<table><tr><th>Account ID</th><td>${ACCOUNT}</td></tr><tr><th>Client Secret</th><td>${SECRET}</td></tr></table>`);
    expect((await readCredentials(table, ['clientSecret'])).clientSecret).toEqual({ value: SECRET });
    const inputs = page(
      `<label for="a">Account ID</label><input id="a" readonly value="${ACCOUNT}"><div>Client Secret</div><input type="password" readonly value="${SECRET}">`,
    );
    const read = await readCredentials(inputs, ['accountId', 'clientSecret']);
    expect(read).toEqual({ accountId: { value: ACCOUNT }, clientSecret: { value: SECRET } });
  });

  it('reveals a masked value, reads it, and hides it again', async () => {
    const root = page(
      `<div class="row"><span>Client Secret</span><span id="v">••••••••</span><button aria-label="Show client secret" id="eye">👁</button></div>`,
    );
    let shown = false;
    const eye = document.getElementById('eye') as HTMLButtonElement;
    eye.addEventListener('click', () => {
      shown = !shown;
      (document.getElementById('v') as HTMLElement).textContent = shown ? SECRET : '••••••••';
    });
    expect(await readCredentials(root, ['clientSecret'])).toEqual({ clientSecret: { value: SECRET } });
    expect(shown).toBe(false);
  });

  it('says which value is missing or still masked', async () => {
    const root = page(`<div><span>Client Secret</span><span>••••••••</span></div>`);
    expect(await readCredentials(root, ['accountId', 'clientSecret'])).toEqual({
      accountId: { problem: 'not-found' },
      clientSecret: { problem: 'masked' },
    });
  });

  it('keeps hidden characters for the rules to flag', async () => {
    const root = page(`<div><span>Account ID</span><span>AbCd\u200BEfGhIjKlMnOpQrStUv</span></div>`);
    expect((await readCredentials(root, ['accountId'])).accountId?.value).toBe('AbCd\u200BEfGhIjKlMnOpQrStUv');
  });
});
