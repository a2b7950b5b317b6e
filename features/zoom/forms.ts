import { type FieldReport, fillFailure, fillForm, summarizeFill } from '@/lib/dom/fill-form';
import { send } from '@/lib/messaging';
import { detectorFor } from '@/lib/pages/snapshot';
import { APP_NAME_FIELD, INFORMATION_FIELDS, ZOOM_DETECTORS } from '@/lib/pages/zoom';
import type { PanelStore } from '@/lib/panel-store';
import type { StepFeature } from '../types';

export const APP_NAME = 'Brightmetrics';

export const INFORMATION_VALUES = {
  appName: APP_NAME,
  companyName: 'Brightmetrics',
  developerName: 'Brightmetrics Support',
  developerEmail: 'support@brightmetrics.com',
} as const;

const INFORMATION_LABELS = {
  appName: 'App Name',
  companyName: 'Company Name',
  developerName: 'Developer Contact Name',
  developerEmail: 'Developer Contact Email',
};

/** A fill button that, on a conflict, offers to replace what the user typed instead of overwriting it. */
function offerFill(panel: PanelStore, label: string, step: 'name-app' | 'information', fill: (replace: boolean) => FieldReport[]): void {
  const run = (replace: boolean) => () => {
    const reports = fill(replace);
    if (reports.every((r) => !fillFailure(r))) void send({ type: 'step:seen', step, done: true });
    const conflicts = reports.filter((r) => r.outcome === 'conflict');
    panel.set({
      lines: reports.map((r) => ({
        text: `${r.label}: ${fillFailure(r) ?? 'filled'}`,
        tone: fillFailure(r) ? 'warn' : 'ok',
      })),
      actions: conflicts.length
        ? [
            { label, primary: true, run: run(false) },
            { label: `Replace ${conflicts.map((c) => c.label).join(', ')}`, run: run(true) },
          ]
        : [{ label, primary: true, run: run(false) }],
    });
    return summarizeFill(reports);
  };
  panel.set({ actions: [{ label, primary: true, run: run(false) }] });
}

export const nameApp: StepFeature = {
  step: 'name-app',
  detect: detectorFor(ZOOM_DETECTORS, 'name-app'),
  instruction: 'Name the app Brightmetrics, then click Create in Zoom.',
  init({ panel, root }) {
    offerFill(panel, 'Fill app name', 'name-app', (replace) =>
      fillForm(root, APP_NAME_FIELD, { appName: APP_NAME }, { appName: 'App Name' }, { replace }),
    );
  },
};

export const information: StepFeature = {
  step: 'information',
  detect: detectorFor(ZOOM_DETECTORS, 'information'),
  instruction: 'Zoom needs these details even for a private app. Short Description can stay empty. Click Continue in Zoom when done.',
  init({ panel, root }) {
    offerFill(panel, 'Fill app information', 'information', (replace) =>
      fillForm(root, INFORMATION_FIELDS, INFORMATION_VALUES, INFORMATION_LABELS, { replace }),
    );
  },
};
