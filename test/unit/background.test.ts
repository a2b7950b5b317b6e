import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundDeps, badgeText, handleMessage } from '@/lib/background/handlers';
import { acceptMessage } from '@/lib/messages';
import { siteOfUrl } from '@/lib/origins';

const EXT_ID = 'test-extension';
const EXT_ORIGIN = 'chrome-extension://test-extension';
const zoom = { id: EXT_ID, url: 'https://marketplace.zoom.us/develop/apps/x/credentials', frameId: 0, tab: { id: 1 } };
const bm = { id: EXT_ID, url: 'https://webapp.brightmetrics.com/DataSources', frameId: 0, tab: { id: 2 } };
const popup = { id: EXT_ID, url: `${EXT_ORIGIN}/popup.html` };

const GOOD = {
  accountId: 'AbCdEfGhIjKlMnOpQrStUv',
  clientId: 'Zx_9-yWvUtSrQpOnMlKjIh',
  clientSecret: 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2bCd4f',
  secretToken: 'Tt0123456789abcdefGHIJ',
};

function deps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return {
    extensionId: EXT_ID,
    extensionOrigin: EXT_ORIGIN,
    queryTabs: vi.fn(async () => []),
    sendToTab: vi.fn(async () => ({ filled: ['accountId', 'clientId', 'clientSecret', 'secretToken'], failed: [] })),
    openTab: vi.fn(async () => {}),
    ...overrides,
  };
}

const session = () => fakeBrowser.storage.session.get(null);
const local = () => fakeBrowser.storage.local.get(null);

describe('sender and shape checks', () => {
  it('knows our sites by exact origin only', () => {
    expect(siteOfUrl('https://webapp.brightmetrics.com/x', EXT_ORIGIN)).toBe('brightmetrics');
    expect(siteOfUrl('https://webapp.brightmetrics.com.evil.test/x', EXT_ORIGIN)).toBeUndefined();
    expect(siteOfUrl('http://webapp.brightmetrics.com/x', EXT_ORIGIN)).toBeUndefined();
    expect(siteOfUrl('https://webapp.brightmetrics.com:8443/x', EXT_ORIGIN)).toBeUndefined();
    expect(siteOfUrl('https://acme.zoom.us/role/edit', EXT_ORIGIN)).toBe('zoom');
    expect(siteOfUrl('https://acme.zoom.us/meeting', EXT_ORIGIN)).toBeUndefined();
    expect(siteOfUrl('https://zoom.us.evil.test/role', EXT_ORIGIN)).toBeUndefined();
    expect(siteOfUrl(`${EXT_ORIGIN}/popup.html`, EXT_ORIGIN)).toBe('extension');
  });

  it('rejects unknown shapes, extra fields, wrong senders and sub-frames', () => {
    const capture = { type: 'credentials:capture', values: { accountId: GOOD.accountId } };
    expect(acceptMessage(capture, zoom, EXT_ID, EXT_ORIGIN).ok).toBe(true);
    expect(acceptMessage({ ...capture, extra: 1 }, zoom, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage({ type: 'credentials:capture', values: { password: 'x' } }, zoom, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage({ type: 'nope' }, zoom, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage('credentials:clear', popup, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage(capture, bm, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage(capture, { ...zoom, frameId: 3 }, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage(capture, { ...zoom, id: 'other-extension' }, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage({ type: 'credentials:for-fill' }, zoom, EXT_ID, EXT_ORIGIN).ok).toBe(false);
    expect(acceptMessage({ type: 'credentials:reveal', key: 'clientSecret' }, bm, EXT_ID, EXT_ORIGIN).ok).toBe(false);
  });
});

describe('background message handling', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a Zoom capture in session storage only', async () => {
    const reply = await handleMessage({ type: 'credentials:capture', values: GOOD }, zoom, deps());
    expect(reply.ok).toBe(true);
    expect((await session()).credentials).toEqual(GOOD);
    const everythingLocal = JSON.stringify(await local());
    for (const value of Object.values(GOOD)) expect(everythingLocal).not.toContain(value);
  });

  it('stores nothing for forged senders or malformed messages', async () => {
    const forged = [
      [
        { type: 'credentials:capture', values: GOOD },
        { ...zoom, url: 'https://marketplace.zoom.us.evil.test/' },
      ],
      [
        { type: 'credentials:capture', values: GOOD },
        { ...zoom, id: 'someone-else' },
      ],
      [{ type: 'credentials:paste', values: GOOD }, zoom],
      [{ type: 'credentials:capture', values: { ...GOOD, accountId: 5 } }, zoom],
      [{ type: 'credentials:capture', values: GOOD, sneaky: true }, zoom],
      [{ type: 'diagnostics:missing', scopes: ['phone:read:x:admin'] }, zoom],
      [{ type: 'diagnostics:missing', scopes: ['<img src=x>'] }, bm],
      [null, zoom],
    ] as const;
    for (const [message, sender] of forged) {
      const reply = await handleMessage(message, sender, deps());
      expect(reply.ok, JSON.stringify(message)).toBe(false);
    }
    expect(await session()).toEqual({});
    expect(await local()).toEqual({});
  });

  it('gives secrets to the popup and to a Brightmetrics page only', async () => {
    await handleMessage({ type: 'credentials:capture', values: GOOD }, zoom, deps());
    expect(await handleMessage({ type: 'credentials:reveal', key: 'clientSecret' }, popup, deps())).toEqual({
      ok: true,
      value: GOOD.clientSecret,
    });
    expect((await handleMessage({ type: 'credentials:reveal', key: 'clientSecret' }, zoom, deps())).ok).toBe(false);
    expect(await handleMessage({ type: 'credentials:for-fill' }, bm, deps())).toEqual({ ok: true, values: GOOD });
    const lookalike = { ...bm, url: 'https://webapp.brightmetrics.com.evil.test/' };
    expect((await handleMessage({ type: 'credentials:for-fill' }, lookalike, deps())).ok).toBe(false);
  });

  it('reports masked status with validity, never the values', async () => {
    await handleMessage({ type: 'credentials:capture', values: { ...GOOD, clientSecret: 'short' } }, zoom, deps());
    const reply = (await handleMessage({ type: 'credentials:status' }, popup, deps())) as unknown as {
      credentials: Array<{ key: string; valid: boolean; masked: string; problems: string[] }>;
    };
    const text = JSON.stringify(reply);
    for (const value of Object.values(GOOD)) expect(text).not.toContain(value);
    expect(reply.credentials.find((c) => c.key === 'clientSecret')).toMatchObject({ valid: false });
    expect(reply.credentials.find((c) => c.key === 'accountId')).toMatchObject({ valid: true, masked: '••••••••StUv' });
  });

  it('sends to the most recent Brightmetrics tab, ignoring look-alikes, and explains when there is none', async () => {
    await handleMessage({ type: 'credentials:capture', values: GOOD }, zoom, deps());
    const sendToTab = vi.fn(async () => ({ filled: ['accountId', 'clientId', 'clientSecret', 'secretToken'], failed: [] }));
    const tabs = [
      { id: 7, url: 'https://webapp.brightmetrics.com/a', lastAccessed: 10 },
      { id: 8, url: 'https://webapp.brightmetrics.com/b', lastAccessed: 20 },
      { id: 9, url: 'https://webapp.brightmetrics.com.evil.test/b', lastAccessed: 30 },
    ];
    const reply = await handleMessage({ type: 'brightmetrics:send' }, popup, deps({ queryTabs: async () => tabs, sendToTab }));
    expect(reply).toMatchObject({ ok: true, tabId: 8 });
    expect(sendToTab).toHaveBeenCalledTimes(1);
    expect(sendToTab).toHaveBeenCalledWith(8, { type: 'brightmetrics:fill', values: GOOD });

    const openTab = vi.fn(async () => {});
    const none = await handleMessage({ type: 'brightmetrics:send' }, popup, deps({ openTab }));
    expect(none.ok).toBe(false);
    expect(none.error).toMatch(/No Brightmetrics tab/);
    expect(openTab).toHaveBeenCalledWith('https://webapp.brightmetrics.com/');

    const closed = await handleMessage(
      { type: 'brightmetrics:send' },
      popup,
      deps({ queryTabs: async () => tabs.slice(0, 1), sendToTab: async () => Promise.reject(new Error('Receiving end does not exist')) }),
    );
    expect(closed.error).toMatch(/did not answer/);
  });

  it('will not send while a credential is missing or invalid', async () => {
    await handleMessage({ type: 'credentials:capture', values: { accountId: GOOD.accountId } }, zoom, deps());
    const sendToTab = vi.fn();
    const reply = await handleMessage({ type: 'brightmetrics:send' }, popup, deps({ sendToTab }));
    expect(reply.error).toMatch(/clientId, clientSecret, secretToken not saved/);
    await handleMessage({ type: 'credentials:capture', values: { ...GOOD, clientId: 'Zx_9-yWv UtSrQpOnMlKjIh' } }, zoom, deps());
    expect((await handleMessage({ type: 'brightmetrics:send' }, popup, deps({ sendToTab }))).error).toMatch(/space or line break/);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('keeps diagnostics and observed scopes, and the badge counts what is missing', async () => {
    expect(await badgeText()).toBe('');
    await handleMessage({ type: 'scopes:observed', granted: ['phone:read:role:admin'], notGranted: [], complete: true }, zoom, deps());
    expect(await badgeText()).toBe('40');
    await handleMessage({ type: 'diagnostics:missing', scopes: ['phone:read:call_recording:admin'] }, bm, deps());
    expect(((await local()) as { diagnostics: { missing: string[] } }).diagnostics.missing).toEqual(['phone:read:call_recording:admin']);
    expect(await badgeText()).toBe('41');
  });

  it('clears credentials', async () => {
    await handleMessage({ type: 'credentials:capture', values: GOOD }, zoom, deps());
    await handleMessage({ type: 'credentials:clear' }, popup, deps());
    expect((await session()).credentials).toBeUndefined();
  });
});
