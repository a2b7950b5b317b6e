import { CREDENTIAL_FORMATS, CREDENTIAL_KEYS, type Credentials } from '@/lib/credentials';
import { fillFailure, fillForm } from '@/lib/dom/fill-form';
import { cleanText, shortTexts } from '@/lib/dom/text';
import type { FillReport } from '@/lib/fill-command';
import { send } from '@/lib/messaging';
import { BRIGHTMETRICS_ORIGIN } from '@/lib/origins';
import { BRIGHTMETRICS_DETECTORS, BRIGHTMETRICS_FIELDS, diagnosticsScopes } from '@/lib/pages/brightmetrics';
import { detectorFor, takeSnapshot } from '@/lib/pages/snapshot';
import { highlight } from '../highlight';
import type { StepFeature } from '../types';

const FIELD_LABELS = {
  accountId: 'Account ID',
  clientId: 'App Credentials Client ID',
  clientSecret: 'App Credentials Client Secret',
  secretToken: 'Webhook Secret',
};

/** The page must be Brightmetrics itself at the moment of filling, whatever the background believed. */
export function isBrightmetricsPage(): boolean {
  return location.origin === BRIGHTMETRICS_ORIGIN;
}

/** Fills the Edit Data Connection Instance form with the four values; Secret Token goes to Webhook Secret. */
export function fillConnectionForm(values: Credentials, replace = true): FillReport {
  if (!isBrightmetricsPage()) {
    return { filled: [], failed: CREDENTIAL_KEYS.map((key) => ({ key, reason: 'not a Brightmetrics page' })) };
  }
  const detection = detectorFor(BRIGHTMETRICS_DETECTORS, 'bm-edit-connection')(takeSnapshot(document, location.href));
  if (!detection) {
    return {
      filled: [],
      failed: CREDENTIAL_KEYS.map((key) => ({ key, reason: 'the Edit Data Connection Instance dialog is not open' })),
    };
  }
  const reports = fillForm(detection.root, BRIGHTMETRICS_FIELDS, values, FIELD_LABELS, { replace });
  const report: FillReport = { filled: [], failed: [] };
  for (const r of reports) {
    const key = r.key as keyof Credentials;
    const failure = fillFailure(r);
    if (failure) report.failed.push({ key, reason: failure });
    else report.filled.push(key);
  }
  return report;
}

export function describeFill(report: FillReport): string {
  const total = report.filled.length + report.failed.length;
  const failures = report.failed.map((f) => `${FIELD_LABELS[f.key]} ${f.reason}`);
  return `Filled ${report.filled.length} of ${total}.${failures.length ? ` ${failures.join('; ')}.` : ' Check them, then click Authenticate.'}`;
}

const dataSource: StepFeature = {
  step: 'bm-data-source',
  detect: detectorFor(BRIGHTMETRICS_DETECTORS, 'bm-data-source'),
  instruction: 'Find the Zoom Data Connection Group card and click its gear icon to open the connection settings.',
  init({ root }, signal) {
    const title = shortTexts(root).find((t) => /zoom data connection group/i.test(t.text))?.element;
    let card: Element | null = title ?? null;
    let gear: Element | null = null;
    for (let depth = 0; card && depth < 6 && !gear; depth++, card = card.parentElement) {
      gear =
        [...card.querySelectorAll('button, [role=button], a')].find((el) =>
          /gear|setting|config|edit/i.test(
            `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${cleanText(el.textContent)}`,
          ),
        ) ?? null;
    }
    if (gear) highlight([gear], signal);
  },
};

const editConnection: StepFeature = {
  step: 'bm-edit-connection',
  detect: detectorFor(BRIGHTMETRICS_DETECTORS, 'bm-edit-connection'),
  instruction: 'Fill the four fields from the credentials saved on the Zoom side, check them, then click Authenticate yourself.',
  init({ panel }) {
    panel.set({
      actions: [
        {
          label: 'Fill from Zoom app',
          primary: true,
          async run() {
            const reply = await send({ type: 'credentials:for-fill' });
            if (!reply.ok) {
              panel.set({ lines: [{ text: reply.error, tone: 'error' }] });
              return reply.error;
            }
            const report = fillConnectionForm(reply.values);
            const sentence = describeFill(report);
            panel.set({ lines: [{ text: sentence, tone: report.failed.length ? 'warn' : 'ok' }] });
            if (!report.failed.length) void send({ type: 'step:seen', step: 'bm-edit-connection', done: true });
            return sentence;
          },
        },
      ],
      lines: CREDENTIAL_KEYS.map((key) => ({ text: `${FIELD_LABELS[key]} ← ${CREDENTIAL_FORMATS[key].label}` })),
    });
  },
};

const diagnostics: StepFeature = {
  step: 'bm-diagnostics',
  detect: detectorFor(BRIGHTMETRICS_DETECTORS, 'bm-diagnostics'),
  instruction: 'Brightmetrics lists scopes the Zoom app lacks. They are saved: the Zoom Scopes page will show them as missing.',
  async init({ panel, root }) {
    const scopes = diagnosticsScopes(root);
    const reply = await send({ type: 'diagnostics:missing', scopes });
    panel.set({
      progress: `${scopes.length} missing scope(s) reported`,
      lines: [
        reply.ok
          ? { text: 'Saved. Open your app\'s Scopes page in Zoom and click "+ Add Scopes".', tone: 'ok' }
          : { text: `Could not save them: ${reply.error}`, tone: 'error' },
      ],
      lists: [{ title: 'Reported missing', items: scopes, copyable: true }],
    });
  },
};

export const BRIGHTMETRICS_FEATURES: readonly StepFeature[] = [diagnostics, editConnection, dataSource];
