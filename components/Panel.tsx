import { useState, useSyncExternalStore } from 'react';
import type { PanelAction, PanelStore } from '@/lib/panel-store';
import { STEP_COUNT, stepNumber, stepTitle } from '@/lib/steps';
import type { PanelPrefs } from '@/lib/storage';
import { ScopeList } from './ScopeList';

interface Props {
  store: PanelStore;
  prefs: PanelPrefs;
  onPrefs: (prefs: PanelPrefs) => void;
}

export function Panel({ store, prefs, onPrefs }: Props) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const [busy, setBusy] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const run = async (action: PanelAction) => {
    setBusy(action.label);
    setAnnouncement('');
    try {
      setAnnouncement((await action.run()) ?? '');
    } catch (error) {
      setAnnouncement(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const heading =
    view.step === 'unknown' ? stepTitle(view.step) : `Step ${stepNumber(view.step)} of ${STEP_COUNT}: ${stepTitle(view.step)}`;

  return (
    <section className={`panel side-${prefs.side}`} aria-label="Brightmetrics setup assistant">
      <header>
        <span className="brand" aria-hidden="true">
          BM
        </span>
        <h2>{heading}</h2>
        <button
          type="button"
          className="icon"
          aria-label={prefs.side === 'right' ? 'Move panel to the left' : 'Move panel to the right'}
          title="Move panel"
          onClick={() => onPrefs({ ...prefs, side: prefs.side === 'right' ? 'left' : 'right' })}
        >
          ⇆
        </button>
        <button
          type="button"
          className="icon"
          aria-expanded={!prefs.collapsed}
          aria-label={prefs.collapsed ? 'Expand assistant' : 'Collapse assistant'}
          onClick={() => onPrefs({ ...prefs, collapsed: !prefs.collapsed })}
        >
          {prefs.collapsed ? '▴' : '▾'}
        </button>
      </header>
      {!prefs.collapsed && (
        <div className="body">
          <p className="instruction">{view.instruction}</p>
          {view.progress && <p className="progress">{view.progress}</p>}
          {view.lines.map((line) => (
            <p key={line.text} className={`line tone-${line.tone ?? 'info'}`}>
              {line.text}
            </p>
          ))}
          {view.actions.length > 0 && (
            <div className="actions">
              {view.actions.map((action) => (
                <button
                  key={action.label}
                  type="button"
                  className={action.primary ? 'primary' : 'secondary'}
                  disabled={busy !== null || !!action.disabledReason}
                  title={action.disabledReason}
                  onClick={() => run(action)}
                >
                  {busy === action.label ? `${action.label}…` : action.label}
                </button>
              ))}
            </div>
          )}
          {view.lists.map((list) => (
            <ScopeList key={list.title} className="list" title={list.title} ids={list.items} copyable={list.copyable} />
          ))}
        </div>
      )}
      <p className="announce" role="status" aria-live="polite">
        {prefs.collapsed ? '' : announcement}
      </p>
    </section>
  );
}
