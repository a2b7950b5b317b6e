import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '@/lib/pages/snapshot';
import type { PanelStore } from '@/lib/panel-store';
import type { StepId } from '@/lib/steps';

export interface PageChange {
  /** The user clicked, changed or typed something in the page (else: the DOM changed). */
  interacted: boolean;
}

export interface FeatureContext {
  ctx: ContentScriptContext;
  panel: PanelStore;
  /** The element the detector found the step in (a dialog, or the page body). */
  root: Element;
  /** A layer in the assistant's shadow root for callouts pinned to page elements. */
  overlay: HTMLElement;
  /** Called once a frame after the page changed (DOM mutations or a click, change or key). */
  onPageChange(listener: (change: PageChange) => void): void;
}

/** One step of the journey: how to recognise its page and what to do there. */
export interface StepFeature extends Detector<StepId> {
  instruction: string;
  init(feature: FeatureContext, signal: AbortSignal): void | Promise<void>;
}
