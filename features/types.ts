import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '@/lib/pages/snapshot';
import type { PanelStore } from '@/lib/panel-store';
import type { StepId } from '@/lib/steps';

export interface FeatureContext {
  ctx: ContentScriptContext;
  panel: PanelStore;
  /** The element the detector found the step in (a dialog, or the page body). */
  root: Element;
  /** Call when the page changed in a way the feature may care about (batched per frame). */
  onPageChange(listener: () => void): void;
}

/** One step of the journey: how to recognise its page and what to do there. */
export interface StepFeature extends Detector<StepId> {
  instruction: string;
  init(feature: FeatureContext, signal: AbortSignal): void | Promise<void>;
}
