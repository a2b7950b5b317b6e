import { badgeText, handleMessage } from '@/lib/background/handlers';
import type { FillCommand } from '@/lib/fill-command';
import { originOf } from '@/lib/origins';
import { addonsItem, diagnosticsItem, observedScopesItem, stepsDoneItem } from '@/lib/storage';

export default defineBackground(() => {
  // Chrome: keep storage.session away from content scripts (Firefox never exposes it to them).
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});

  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(new URL(browser.runtime.getURL('/'))),
    queryTabs: async (url: string) => browser.tabs.query({ url }),
    sendToTab: (tabId: number, message: FillCommand) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    openTab: async (url: string) => {
      await browser.tabs.create({ url });
    },
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    handleMessage(raw, sender, deps).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : 'internal error' }),
    );
    return true;
  });

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const updateBadge = async () => {
    const text = await badgeText();
    await action.setBadgeText({ text });
    await action.setBadgeBackgroundColor({ color: text === '✓' ? '#188038' : '#d93025' });
  };
  for (const item of [observedScopesItem, addonsItem, diagnosticsItem, stepsDoneItem]) item.watch(() => void updateBadge());
  void updateBadge();
});
