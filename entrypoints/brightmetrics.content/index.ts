import { BRIGHTMETRICS_FEATURES, fillConnectionForm } from '@/features/brightmetrics';
import { runAssistant } from '@/features/runtime';
import { fillCommandSchema } from '@/lib/fill-command';

export default defineContentScript({
  matches: ['https://webapp.brightmetrics.com/*'],
  cssInjectionMode: 'ui',
  allFrames: false,
  main(ctx) {
    // The popup's "Send to Brightmetrics" arrives here through the background, and only from it.
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || sender.tab) return false;
      const command = fillCommandSchema.safeParse(raw);
      if (!command.success) return false;
      sendResponse(fillConnectionForm(command.data.values));
      return false;
    });
    return runAssistant(ctx, BRIGHTMETRICS_FEATURES);
  },
});
