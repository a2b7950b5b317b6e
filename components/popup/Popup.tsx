import { useCallback, useEffect, useState } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { ScopeList } from '@/components/ScopeList';
import { CREDENTIAL_FORMATS } from '@/lib/credentials';
import { type CredentialStatus, send } from '@/lib/messaging';
import { ADDONS } from '@/lib/scopes/catalog';
import { diffScopes, requirements } from '@/lib/scopes/diff';
import { STEPS } from '@/lib/steps';
import { addonsItem, diagnosticsItem, observedScopesItem, stepsDoneItem } from '@/lib/storage';
import { CredentialList, PasteForm } from './Credentials';
import { useStorageItem } from './useStorageItem';

function useCredentials() {
  const [state, setState] = useState<{ credentials: CredentialStatus[]; sessionEmpty: boolean; error?: string } | null>(null);
  const reload = useCallback(async () => {
    const reply = await send({ type: 'credentials:status' });
    setState(
      reply.ok
        ? { credentials: reply.credentials, sessionEmpty: reply.sessionEmpty }
        : { credentials: [], sessionEmpty: true, error: reply.error },
    );
  }, []);
  useEffect(() => {
    void reload();
    const onChange = (_: unknown, area: string) => area === 'session' && void reload();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [reload]);
  return { state, reload };
}

function sendBlockReason(credentials: CredentialStatus[]): string | undefined {
  const missing = credentials.filter((c) => !c.present).map((c) => CREDENTIAL_FORMATS[c.key].label);
  if (missing.length) return `Save ${missing.join(', ')} first.`;
  const invalid = credentials.filter((c) => !c.valid).map((c) => CREDENTIAL_FORMATS[c.key].label);
  if (invalid.length) return `Fix ${invalid.join(', ')} first.`;
  return undefined;
}

export function Popup() {
  const stepsDone = useStorageItem(stepsDoneItem);
  const observed = useStorageItem(observedScopesItem);
  const addons = useStorageItem(addonsItem);
  const diagnostics = useStorageItem(diagnosticsItem);
  const { state, reload } = useCredentials();
  const [sendResult, setSendResult] = useState<{ text: string; ok: boolean } | null>(null);
  const [sending, setSending] = useState(false);

  const req = requirements(addons, diagnostics.missing);
  const diff = diffScopes(observed.granted, req);
  const credentials = state?.credentials ?? [];
  const blockReason = state ? sendBlockReason(credentials) : 'Loading…';
  const lengthOnly =
    !!blockReason &&
    credentials.every((c) => c.present) &&
    credentials.every((c) => c.valid || c.problems.every((p) => /characters long/.test(p)));
  const lostSession = state?.sessionEmpty && (stepsDone.includes('app-credentials') || stepsDone.includes('feature'));

  const sendToBrightmetrics = async (allowWarnings: boolean) => {
    setSending(true);
    const reply = await send({ type: 'brightmetrics:send', allowWarnings });
    setSending(false);
    if (!reply.ok) setSendResult({ text: reply.error, ok: false });
    else {
      const { filled, failed } = reply.report;
      setSendResult({
        ok: failed.length === 0,
        text: `Filled ${filled.length} of ${filled.length + failed.length} in Brightmetrics.${failed.map((f) => ` ${CREDENTIAL_FORMATS[f.key].label}: ${f.reason}.`).join('')}`,
      });
    }
  };

  const summary = [
    'Brightmetrics Zoom setup summary (contains no secrets)',
    `Steps done: ${
      STEPS.filter((s) => stepsDone.includes(s.id))
        .map((s) => s.title)
        .join('; ') || 'none'
    }`,
    `Required scopes added: ${diff.granted.length} of ${diff.required.length}`,
    `Missing scopes: ${diff.missing.join(', ') || 'none'}`,
    `Extra scopes: ${diff.extra.length}`,
    `Add-ons: ${ADDONS.map((a) => `${a.name} ${addons[a.key] ? 'on' : 'off'}`).join(', ')}`,
    `Credentials saved: ${credentials.map((c) => `${CREDENTIAL_FORMATS[c.key].label} ${c.present ? (c.valid ? 'valid' : 'invalid') : 'missing'}`).join(', ')}`,
  ].join('\n');

  return (
    <main className="popup">
      <h1>Brightmetrics Zoom setup</h1>

      <section aria-labelledby="checklist-h">
        <h2 id="checklist-h">Checklist</h2>
        <ol className="checklist">
          {STEPS.map((step) => {
            const done = stepsDone.includes(step.id);
            return (
              <li key={step.id} data-step-id={step.id} data-done={done}>
                <span aria-hidden="true">{done ? '✔' : '○'}</span> {step.title}
                <span className="sr-only">{done ? ' (done)' : ' (not done)'}</span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="scopes-h">
        <h2 id="scopes-h">Scopes</h2>
        <p>
          {observed.updatedAt === 0
            ? "Open the app's Scopes page in Zoom to check its scopes."
            : `${diff.granted.length} of ${diff.required.length} required scopes added; ${diff.missing.length} missing.`}
        </p>
        {diagnostics.missing.length > 0 && (
          <p className="warn">Brightmetrics reported {diagnostics.missing.length} missing scope(s); they count as required.</p>
        )}
        {diff.missing.length > 0 && observed.updatedAt > 0 && <ScopeList className="scopes" title="Missing scopes" ids={diff.missing} />}
        {diff.extra.length > 0 && <p>{diff.extra.length} added scope(s) go beyond what Brightmetrics needs.</p>}
        <fieldset className="addons">
          <legend>Add-ons you use with Brightmetrics</legend>
          {ADDONS.map((addon) => (
            <label key={addon.key}>
              <input
                type="checkbox"
                checked={addons[addon.key]}
                onChange={(e) => void addonsItem.setValue({ ...addons, [addon.key]: e.target.checked })}
              />{' '}
              {addon.name} ({addon.scopes.length} scopes)
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="credentials-h">
        <h2 id="credentials-h">Credentials</h2>
        <p className="hint">Kept in memory for this browser session only.</p>
        {lostSession && (
          <p className="warn" role="alert">
            The browser was restarted, so the saved credentials are gone. Capture them again on Zoom's App Credentials and Feature pages, or
            paste them below.
          </p>
        )}
        {state?.error && <p role="alert">{state.error}</p>}
        <CredentialList statuses={credentials} />
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!!blockReason || sending}
            aria-describedby={blockReason ? 'send-reason' : undefined}
            onClick={() => sendToBrightmetrics(false)}
          >
            Send to Brightmetrics
          </button>
          {lengthOnly && (
            <button type="button" className="secondary" onClick={() => sendToBrightmetrics(true)}>
              Send anyway (unusual length)
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={credentials.every((c) => !c.present)}
            onClick={async () => {
              await send({ type: 'credentials:clear' });
              setSendResult(null);
              await reload();
            }}
          >
            Clear credentials
          </button>
        </div>
        {blockReason && (
          <p id="send-reason" className="hint">
            {blockReason}
          </p>
        )}
        {sendResult && (
          <p role="status" className={sendResult.ok ? 'ok' : 'warn'}>
            {sendResult.text}
          </p>
        )}
        <details>
          <summary>Paste values instead</summary>
          <PasteForm statuses={credentials} onChanged={reload} />
        </details>
      </section>

      <section aria-labelledby="support-h">
        <h2 id="support-h">Support</h2>
        <CopyButton text={summary} label="Copy summary for support" />
      </section>
    </main>
  );
}
