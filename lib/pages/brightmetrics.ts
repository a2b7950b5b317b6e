import type { CredentialKey } from '../credentials';
import type { FieldSpec } from '../dom/fields';
import { shortTexts } from '../dom/text';
import { scopeIdsInText } from '../scopes/extract';
import type { StepId } from '../steps';
import { anyText, countFields, type Detection, type Detector, type PageSnapshot } from './snapshot';

/** The Edit Data Connection Instance fields, and which credential each takes. */
export const BRIGHTMETRICS_FIELDS: Readonly<Record<CredentialKey, FieldSpec>> = {
  accountId: { label: /account\s*id/i },
  clientId: { label: /client\s*id/i, exclude: /secret/i },
  clientSecret: { label: /client\s*secret/i },
  secretToken: { label: /webhook\s*secret|secret\s*token|verification\s*token/i },
};

function editRoot(s: PageSnapshot): Element | null {
  const candidates = [s.dialog, s.doc.body].filter((el): el is Element => !!el);
  return candidates.find((root) => countFields(root, BRIGHTMETRICS_FIELDS) >= 3) ?? null;
}

/** Scope ids listed in the diagnostics dialog, read text node by text node (list items have no spaces between them). */
export function diagnosticsScopes(root: Element): string[] {
  return [...new Set(shortTexts(root, 2000).flatMap(({ text }) => scopeIdsInText(text)))];
}

const DIAGNOSTICS_INTRO = /missing|not (been )?granted|required scopes?|diagnostic/i;

/** A diagnostics box drawn without dialog semantics: scope ids listed under a sentence about missing scopes. */
function unmarkedDiagnostics(s: PageSnapshot): Detection | null {
  const intro = s.pageSnippets.find((t) => DIAGNOSTICS_INTRO.test(t.text))?.element;
  const firstId = s.pageSnippets.find((t) => scopeIdsInText(t.text).length > 0)?.element;
  if (!intro || !firstId) return null;
  for (let node = firstId.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
    if (node.contains(intro)) return { confidence: 0.9, root: node };
  }
  return null;
}

export const BRIGHTMETRICS_DETECTORS: readonly Detector<StepId>[] = [
  {
    step: 'bm-diagnostics',
    detect(s) {
      if (!s.dialog) return unmarkedDiagnostics(s);
      if (!anyText(s.dialogTexts, /missing|not (been )?granted|required scopes?|diagnostic/i)) return null;
      if (diagnosticsScopes(s.dialog).length === 0) return null;
      return { confidence: 0.95, root: s.dialog };
    },
  },
  {
    step: 'bm-edit-connection',
    detect(s) {
      const root = editRoot(s);
      if (!root) return null;
      const titled = anyText(root === s.dialog ? s.dialogTexts : s.pageTexts, /edit data connection instance/i);
      return { confidence: titled ? 0.9 : 0.75, root };
    },
  },
  {
    step: 'bm-data-source',
    detect(s) {
      const texts = s.pageTexts;
      const page = anyText(texts, /data source configuration/i);
      const card = anyText(texts, /zoom data connection group/i);
      if (!page && !card) return null;
      return { confidence: card ? 0.7 : 0.6, root: s.doc.body };
    },
  },
];
