import { describe, expect, it } from 'vitest';
import { BRIGHTMETRICS_DETECTORS } from '@/lib/pages/brightmetrics';
import { detectStep, takeSnapshot } from '@/lib/pages/snapshot';
import { ZOOM_DETECTORS } from '@/lib/pages/zoom';
import { catalog, isStatic, loadFixture } from './fixture-dom';

const detectorsFor = (url: string) => (new URL(url).hostname.endsWith('brightmetrics.com') ? BRIGHTMETRICS_DETECTORS : ZOOM_DETECTORS);

describe('page detection on static fixtures', () => {
  for (const page of catalog.filter((p) => isStatic(p.file))) {
    it(`${page.file} → ${page.step}`, () => {
      loadFixture(page.file);
      const result = detectStep(detectorsFor(page.url), takeSnapshot(document, page.url));
      expect(result?.step ?? 'unknown').toBe(page.step);
    });
  }

  // Each detector is tried against every other step's pages: it must not claim them.
  for (const detector of [...ZOOM_DETECTORS, ...BRIGHTMETRICS_DETECTORS]) {
    it(`${detector.step} claims no other step's page`, () => {
      for (const page of catalog.filter((p) => isStatic(p.file) && p.step !== detector.step)) {
        loadFixture(page.file);
        const snapshot = takeSnapshot(document, page.url);
        const own = detectStep(detectorsFor(page.url), snapshot);
        const claim = detector.detect(snapshot);
        if (claim && own) expect(claim.confidence, `${detector.step} on ${page.file}`).toBeLessThan(own.detection.confidence);
        if (!own) expect(claim?.confidence ?? 0, `${detector.step} on ${page.file}`).toBeLessThan(0.5);
      }
    });
  }
});
