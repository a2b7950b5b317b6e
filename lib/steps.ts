export const STEPS = [
  { id: 'role-settings', title: 'Allow Server-to-Server OAuth apps', site: 'zoom' },
  { id: 'marketplace-home', title: 'Open the Zoom App Marketplace', site: 'zoom' },
  { id: 'choose-app-type', title: 'Choose Server-to-Server OAuth', site: 'zoom' },
  { id: 'name-app', title: 'Name the app', site: 'zoom' },
  { id: 'app-credentials', title: 'App credentials', site: 'zoom' },
  { id: 'information', title: 'App information', site: 'zoom' },
  { id: 'feature', title: 'Secret Token', site: 'zoom' },
  { id: 'scopes', title: 'Add scopes', site: 'zoom' },
  { id: 'activation', title: 'Activate the app', site: 'zoom' },
  { id: 'bm-data-source', title: 'Open Data Source Configuration', site: 'brightmetrics' },
  { id: 'bm-edit-connection', title: 'Enter the Zoom credentials', site: 'brightmetrics' },
  { id: 'bm-diagnostics', title: 'Authenticate and check scopes', site: 'brightmetrics' },
] as const;

/** The Add Scopes dialog is step 8's second half: it shares the number and the checklist entry. */
export type StepId = (typeof STEPS)[number]['id'] | 'add-scopes';
export type PageStep = StepId | 'unknown';
export type ChecklistStepId = (typeof STEPS)[number]['id'];

export const STEP_IDS = ['add-scopes', ...STEPS.map((s) => s.id)] as [StepId, ...StepId[]];

export function stepNumber(step: StepId): number {
  const checklistId = step === 'add-scopes' ? 'scopes' : step;
  return STEPS.findIndex((s) => s.id === checklistId) + 1;
}

export function stepTitle(step: PageStep): string {
  if (step === 'unknown') return 'Brightmetrics setup';
  if (step === 'add-scopes') return 'Add scopes: pick them';
  return STEPS[stepNumber(step) - 1]?.title ?? step;
}

export const STEP_COUNT = STEPS.length;
