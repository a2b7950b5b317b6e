import { ensureMarkStyles, ScopeMarker } from '@/lib/dom/scope-marks';
import { findScopeRows } from '@/lib/dom/scope-rows';
import { send } from '@/lib/messaging';
import { detectorFor, openDialogs } from '@/lib/pages/snapshot';
import { ZOOM_DETECTORS } from '@/lib/pages/zoom';
import { diffScopes } from '@/lib/scopes/diff';
import { type ScopeContext, watchScopeContext } from '../requirements';
import { watchScopeRows } from '../scope-watch';
import type { StepFeature } from '../types';

export const scopesPage: StepFeature = {
  step: 'scopes',
  detect: detectorFor(ZOOM_DETECTORS, 'scopes'),
  instruction: 'This page lists the scopes the app has. Click "+ Add Scopes" in Zoom to add what is missing.',
  async init({ panel, root, onPageChange }, signal) {
    ensureMarkStyles(root.ownerDocument);
    const marker = new ScopeMarker();
    signal.addEventListener('abort', () => marker.clear());
    let context: ScopeContext = await watchScopeContext(signal, (next) => {
      context = next;
      refresh();
    });
    let lastReported = '';

    const refresh = () => {
      if (signal.aborted) return;
      const dialogs = openDialogs(root.ownerDocument);
      const rows = findScopeRows(root).filter((row) => !dialogs.some((d) => d.contains(row.row)));
      const marked = marker.apply(rows, context.req, context.reported);
      const added = new Set(marked.map((r) => r.id));
      const diff = diffScopes(added, context.req);
      const key = [...added].sort().join(' ');
      if (key !== lastReported) {
        lastReported = key;
        void send({ type: 'scopes:observed', granted: [...added], notGranted: [], complete: true });
      }
      const done = diff.missing.length === 0;
      panel.set({
        progress: `${diff.granted.length} of ${diff.required.length} required scopes added`,
        lines: [
          done
            ? { text: 'Every scope Brightmetrics needs is on the app. Click Continue in Zoom.', tone: 'ok' }
            : { text: `${diff.missing.length} required scope(s) are missing. Add them with "+ Add Scopes".`, tone: 'warn' },
          ...(diff.extra.length
            ? [{ text: `${diff.extra.length} added scope(s) are more than Brightmetrics needs; you may remove them for least privilege.` }]
            : []),
        ],
        lists: [
          { title: 'Missing required scopes', items: diff.missing, copyable: true },
          { title: 'Added beyond what Brightmetrics needs', items: diff.extra },
        ],
      });
    };
    watchScopeRows(root, onPageChange, signal, refresh);
    refresh();
  },
};
