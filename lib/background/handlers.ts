import {
  CREDENTIAL_KEYS,
  type CredentialKey,
  type Credentials,
  checkCredential,
  maskCredential,
  type PartialCredentials,
} from '../credentials';
import { type FillCommand, type FillReport, fillReportSchema } from '../fill-command';
import { acceptMessage, type Message, type SenderInfo } from '../messages';
import type { CredentialStatus, Replies } from '../messaging';
import { BRIGHTMETRICS_ORIGIN, siteOfUrl } from '../origins';
import { diffScopes, requirements } from '../scopes/diff';
import type { ChecklistStepId } from '../steps';
import { addonsItem, diagnosticsItem, observedScopesItem, stepsDoneItem } from '../storage';
import { credentialsItem } from './secrets';

export interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

/** What the handlers need from the browser, so tests can stand in for tabs. */
export interface BackgroundDeps {
  extensionId: string;
  extensionOrigin: string;
  queryTabs(urlPattern: string): Promise<TabInfo[]>;
  sendToTab(tabId: number, message: FillCommand): Promise<unknown>;
  openTab(url: string): Promise<void>;
}

function checkAll(values: PartialCredentials) {
  const cleaned: PartialCredentials = {};
  const invalid: Array<{ key: CredentialKey; problems: string[] }> = [];
  for (const key of CREDENTIAL_KEYS) {
    const raw = values[key];
    if (raw === undefined) continue;
    const check = checkCredential(key, raw);
    cleaned[key] = check.value;
    if (!check.valid) invalid.push({ key, problems: check.problems });
  }
  return { cleaned, invalid };
}

async function storeCredentials(values: PartialCredentials) {
  const { cleaned, invalid } = checkAll(values);
  const current = await credentialsItem.getValue();
  await credentialsItem.setValue({ ...current, ...cleaned });
  return { ok: true as const, saved: Object.keys(cleaned) as CredentialKey[], invalid };
}

export async function credentialStatus(): Promise<CredentialStatus[]> {
  const stored = await credentialsItem.getValue();
  return CREDENTIAL_KEYS.map((key) => {
    const value = stored[key];
    if (value === undefined || value === '') {
      return { key, present: false, masked: '', valid: false, problems: [] };
    }
    const check = checkCredential(key, value);
    return { key, present: true, masked: maskCredential(value), valid: check.valid, problems: check.problems, cleaned: !!check.cleaned };
  });
}

function brightmetricsTabsFirst(tabs: TabInfo[], extensionOrigin: string): TabInfo[] {
  return tabs
    .filter((t) => t.id !== undefined && siteOfUrl(t.url, extensionOrigin) === 'brightmetrics')
    .sort((a, b) => Number(b.active ?? false) - Number(a.active ?? false) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
}

async function sendToBrightmetrics(deps: BackgroundDeps, allowWarnings: boolean): Promise<Replies['brightmetrics:send']> {
  const stored = await credentialsItem.getValue();
  const status = await credentialStatus();
  const missing = status.filter((s) => !s.present);
  if (missing.length) return { ok: false, error: `Not sent: ${missing.map((s) => s.key).join(', ')} not saved yet.` };
  const invalid = status.filter((s) => !s.valid);
  const onlyLength = invalid.every((s) => s.problems.every((p) => /characters long/.test(p)));
  if (invalid.length && !(allowWarnings && onlyLength)) {
    return { ok: false, error: `Not sent: ${invalid.flatMap((s) => s.problems).join(' ')}` };
  }
  const values = stored as Credentials;
  const tabs = brightmetricsTabsFirst(await deps.queryTabs(`${BRIGHTMETRICS_ORIGIN}/*`), deps.extensionOrigin);
  if (tabs.length === 0) {
    await deps.openTab(`${BRIGHTMETRICS_ORIGIN}/`);
    return {
      ok: false,
      error:
        'No Brightmetrics tab was open, so one was opened. Sign in, open Data Source Configuration, click the gear on the Zoom card, then send again.',
    };
  }
  let lastReport: FillReport | undefined;
  for (const tab of tabs) {
    let reply: unknown;
    try {
      reply = await deps.sendToTab(tab.id as number, { type: 'brightmetrics:fill', values });
    } catch {
      continue; // The tab closed, navigated, or has no assistant yet.
    }
    const parsed = fillReportSchema.safeParse(reply);
    if (!parsed.success) continue;
    lastReport = parsed.data;
    if (parsed.data.filled.length > 0) {
      if (parsed.data.failed.length === 0) await markDone('bm-edit-connection');
      return { ok: true, report: parsed.data, tabId: tab.id as number };
    }
  }
  if (lastReport) {
    return {
      ok: false,
      error: `Brightmetrics is open, but ${lastReport.failed[0]?.reason ?? 'nothing could be filled'}. Open the Zoom connection's settings (gear icon) and send again.`,
    };
  }
  return { ok: false, error: 'The Brightmetrics tab did not answer: it may have been closed or reloaded. Reload it and send again.' };
}

/** Navigation-only steps: done once the page they lead to shows up. */
const PASSED_WHEN_SEEN: Partial<Record<string, ChecklistStepId>> = {
  'choose-app-type': 'marketplace-home',
  'name-app': 'choose-app-type',
  'bm-edit-connection': 'bm-data-source',
};

async function markDone(step: Parameters<typeof stepsDoneItem.setValue>[0][number]) {
  const done = await stepsDoneItem.getValue();
  if (!done.includes(step)) await stepsDoneItem.setValue([...done, step]);
}

async function handle(message: Message, deps: BackgroundDeps): Promise<Replies[Message['type']]> {
  switch (message.type) {
    case 'credentials:capture':
    case 'credentials:paste': {
      const reply = await storeCredentials(message.values);
      const stored = await credentialsItem.getValue();
      if (['accountId', 'clientId', 'clientSecret'].every((k) => stored[k as CredentialKey])) await markDone('app-credentials');
      if (stored.secretToken) await markDone('feature');
      return reply;
    }
    case 'credentials:status': {
      const credentials = await credentialStatus();
      return { ok: true, credentials, sessionEmpty: credentials.every((c) => !c.present) };
    }
    case 'credentials:reveal': {
      const value = (await credentialsItem.getValue())[message.key];
      return value ? { ok: true, value } : { ok: false, error: 'Nothing saved for that value.' };
    }
    case 'credentials:for-fill': {
      const status = await credentialStatus();
      const problems = status.filter((s) => !s.present || !s.valid);
      if (problems.length) {
        return {
          ok: false,
          error: `Not filled: ${problems
            .map((s) => (s.present ? s.problems.join(' ') : `${s.key} is not saved yet (capture it on Zoom or paste it in the popup).`))
            .join(' ')}`,
        };
      }
      return { ok: true, values: (await credentialsItem.getValue()) as Credentials };
    }
    case 'credentials:clear':
      await credentialsItem.removeValue();
      return { ok: true };
    case 'brightmetrics:send':
      return sendToBrightmetrics(deps, message.allowWarnings ?? false);
    case 'scopes:observed': {
      const previous = await observedScopesItem.getValue();
      const granted = new Set(message.complete ? [] : previous.granted);
      for (const id of message.granted) granted.add(id);
      for (const id of message.notGranted) granted.delete(id);
      await observedScopesItem.setValue({ granted: [...granted].sort(), notGranted: message.notGranted, updatedAt: Date.now() });
      const req = requirements(await addonsItem.getValue(), (await diagnosticsItem.getValue()).missing);
      if (diffScopes(granted, req).missing.length === 0) await markDone('scopes');
      return { ok: true };
    }
    case 'step:seen': {
      if (message.done && message.step !== 'add-scopes') await markDone(message.step);
      // Reaching a page means the navigation step before it is behind the user.
      const passed = PASSED_WHEN_SEEN[message.step];
      if (passed) await markDone(passed);
      return { ok: true };
    }
    case 'diagnostics:missing': {
      const previous = await diagnosticsItem.getValue();
      const missing = [...new Set([...previous.missing, ...message.scopes])].sort();
      await diagnosticsItem.setValue({ missing, reportedAt: Date.now() });
      return { ok: true, stored: missing.length };
    }
  }
}

/** Validates a raw message and its sender, then handles it. Rejections store nothing. */
export async function handleMessage(raw: unknown, sender: SenderInfo, deps: BackgroundDeps): Promise<{ ok: boolean; error?: string }> {
  const accepted = acceptMessage(raw, sender, deps.extensionId, deps.extensionOrigin);
  if (!accepted.ok) return { ok: false, error: accepted.error };
  return handle(accepted.message, deps);
}

/** The toolbar badge: how many required scopes are still missing, or a tick when all is done. */
export async function badgeText(): Promise<string> {
  const [observed, addons, diagnostics, done] = await Promise.all([
    observedScopesItem.getValue(),
    addonsItem.getValue(),
    diagnosticsItem.getValue(),
    stepsDoneItem.getValue(),
  ]);
  if (observed.updatedAt === 0 && diagnostics.reportedAt === 0) return '';
  const missing = diffScopes(observed.granted, requirements(addons, diagnostics.missing)).missing.length;
  if (missing > 0) return String(missing);
  return done.includes('bm-edit-connection') ? '✓' : '';
}
