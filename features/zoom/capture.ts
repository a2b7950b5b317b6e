import { CREDENTIAL_FORMATS, type CredentialKey, checkCredential } from '@/lib/credentials';
import { readCredentials } from '@/lib/dom/credential-reader';
import { send } from '@/lib/messaging';
import { detectorFor } from '@/lib/pages/snapshot';
import { ZOOM_DETECTORS } from '@/lib/pages/zoom';
import type { PanelLine, PanelStore } from '@/lib/panel-store';
import type { StepFeature } from '../types';

const PASTE_HINT = 'You can also paste it in the extension popup (toolbar button).';

/** Reads the given credentials from the page, checks them, and hands them to the background. */
async function capture(root: Element, keys: readonly CredentialKey[], panel: PanelStore): Promise<string> {
  const read = await readCredentials(root, keys);
  const values: Partial<Record<CredentialKey, string>> = {};
  const lines: PanelLine[] = [];
  for (const key of keys) {
    const label = CREDENTIAL_FORMATS[key].label;
    const result = read[key];
    if (!result || result.problem === 'not-found') {
      lines.push({ text: `${label}: not found on this page. ${PASTE_HINT}`, tone: 'error' });
      continue;
    }
    if (result.problem === 'masked') {
      lines.push({ text: `${label}: still hidden; click Zoom's show (eye) control, then try again. ${PASTE_HINT}`, tone: 'error' });
      continue;
    }
    const check = checkCredential(key, result.value ?? '');
    if (!check.valid) {
      lines.push({ text: `${check.problems.join(' ')} Not saved as valid.`, tone: 'error' });
    } else {
      lines.push({ text: `${label}: saved.`, tone: 'ok' });
    }
    values[key] = result.value;
  }
  if (Object.keys(values).length > 0) {
    const reply = await send({ type: 'credentials:capture', values });
    if (!reply.ok) {
      panel.set({ lines: [{ text: `Could not save: ${reply.error}`, tone: 'error' }] });
      return `Could not save: ${reply.error}`;
    }
  }
  panel.set({ lines });
  const saved = lines.filter((l) => l.tone === 'ok').length;
  return saved === keys.length
    ? `Saved ${saved} of ${keys.length} for this browser session only.`
    : `Saved ${saved} of ${keys.length}; see the notes above.`;
}

export const appCredentials: StepFeature = {
  step: 'app-credentials',
  detect: detectorFor(ZOOM_DETECTORS, 'app-credentials'),
  instruction:
    'Save the Account ID, Client ID and Client Secret now (kept in memory for this browser session only), then click Continue in Zoom.',
  init({ panel, root }) {
    panel.set({
      actions: [{ label: 'Save credentials', primary: true, run: () => capture(root, ['accountId', 'clientId', 'clientSecret'], panel) }],
    });
  },
};

export const feature: StepFeature = {
  step: 'feature',
  detect: detectorFor(ZOOM_DETECTORS, 'feature'),
  instruction: 'Save the Secret Token. Leave Event Subscriptions off: Brightmetrics sets up its webhooks itself. Then click Continue.',
  init({ panel, root }) {
    panel.set({
      lines: [{ text: 'Event Subscriptions: no need to turn this on.' }],
      actions: [{ label: 'Save secret token', primary: true, run: () => capture(root, ['secretToken'], panel) }],
    });
  },
};
