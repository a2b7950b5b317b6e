import type { PageStep } from './steps';

export type Tone = 'info' | 'ok' | 'warn' | 'error';

export interface PanelAction {
  /** The button's visible and accessible name (part of the test contract). */
  label: string;
  /** Runs on click; returns the sentence to announce. */
  run: () => Promise<string | undefined> | string | undefined;
  primary?: boolean;
  disabledReason?: string;
}

export interface PanelLine {
  text: string;
  tone?: Tone;
}

export interface PanelList {
  title: string;
  items: string[];
  /** Offer a copy button for the items. */
  copyable?: boolean;
}

export interface PanelView {
  step: PageStep;
  instruction: string;
  progress?: string;
  lines: PanelLine[];
  actions: PanelAction[];
  lists: PanelList[];
}

export interface PanelStore {
  get(): PanelView;
  set(view: Partial<PanelView>): void;
  /** Replaces everything the previous step showed. */
  reset(step: PageStep, instruction: string): void;
  subscribe(listener: () => void): () => void;
}

export function createPanelStore(): PanelStore {
  let view: PanelView = { step: 'unknown', instruction: '', lines: [], actions: [], lists: [] };
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => view,
    set(patch) {
      view = { ...view, ...patch };
      emit();
    },
    reset(step, instruction) {
      view = { step, instruction, lines: [], actions: [], lists: [] };
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
