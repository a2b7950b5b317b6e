import { storage } from 'wxt/utils/storage';
import type { EnabledAddons } from './scopes/diff';
import type { ChecklistStepId } from './steps';

/**
 * Non-secret progress and settings, kept across browser restarts. Secrets live in
 * `background/secrets.ts`, which only the background imports.
 */

export const stepsDoneItem = storage.defineItem<ChecklistStepId[]>('local:stepsDone', { fallback: [], version: 1 });

export interface ObservedScopes {
  /** Scope ids seen added (Scopes page) or ticked (Add Scopes dialog). */
  granted: string[];
  /** Scope ids seen in the Add Scopes dialog without a tick. */
  notGranted: string[];
  updatedAt: number;
}
export const observedScopesItem = storage.defineItem<ObservedScopes>('local:observedScopes', {
  fallback: { granted: [], notGranted: [], updatedAt: 0 },
  version: 1,
});

export const addonsItem = storage.defineItem<EnabledAddons>('local:addons', {
  fallback: { wfm: false, qm: false },
  version: 1,
});

export interface Diagnostics {
  /** Scope ids Brightmetrics' diagnostics dialog listed as missing. */
  missing: string[];
  reportedAt: number;
}
export const diagnosticsItem = storage.defineItem<Diagnostics>('local:diagnostics', {
  fallback: { missing: [], reportedAt: 0 },
  version: 1,
});

export interface PanelPrefs {
  collapsed: boolean;
  side: 'right' | 'left';
}
export const panelPrefsItem = storage.defineItem<PanelPrefs>('local:panelPrefs', {
  fallback: { collapsed: false, side: 'right' },
  version: 1,
});
