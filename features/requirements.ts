import { type Requirements, requirements } from '@/lib/scopes/diff';
import { addonsItem, diagnosticsItem, observedScopesItem } from '@/lib/storage';

export interface ScopeContext {
  req: Requirements;
  reported: ReadonlySet<string>;
  /** Scopes seen added on the Scopes page or ticked in the dialog earlier. */
  storedGranted: ReadonlySet<string>;
}

async function load(): Promise<ScopeContext> {
  const [addons, diagnostics, observed] = await Promise.all([
    addonsItem.getValue(),
    diagnosticsItem.getValue(),
    observedScopesItem.getValue(),
  ]);
  return {
    req: requirements(addons, diagnostics.missing),
    reported: new Set(diagnostics.missing),
    storedGranted: new Set(observed.granted),
  };
}

/** Loads what counts as required and calls back whenever the popup or Brightmetrics changes it. */
export async function watchScopeContext(signal: AbortSignal, onChange: (context: ScopeContext) => void): Promise<ScopeContext> {
  const reload = () => {
    if (!signal.aborted) void load().then(onChange);
  };
  const unwatch = [addonsItem.watch(reload), diagnosticsItem.watch(reload)];
  signal.addEventListener('abort', () => {
    for (const stop of unwatch) stop();
  });
  return load();
}
