import { ZOOM_CREDENTIAL_LABELS } from '../dom/credential-reader';
import type { FieldSpec } from '../dom/fields';
import { shortTexts } from '../dom/text';
import { isWholeScopeId } from '../scopes/extract';
import type { StepId } from '../steps';
import { anyText, countFields, countMatching, type Detection, type Detector, type PageSnapshot } from './snapshot';

export const INFORMATION_FIELDS = {
  appName: { label: /^app\s*name\b/i },
  companyName: { label: /^company\s*name\b/i },
  developerName: { label: /^developer\s*contact\s*name\b|^developer\s*name\b|^contact\s*name\b/i },
  developerEmail: { label: /^developer\s*contact\s*email\b|^developer\s*email\b|^contact\s*email\b/i },
} as const satisfies Record<string, FieldSpec>;

export const APP_NAME_FIELD = { appName: INFORMATION_FIELDS.appName } as const;

const S2S = /server[\s-]*to[\s-]*server\s*oauth/i;

export function isRolePage(url: URL): boolean {
  const zoomHost = url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us');
  return zoomHost && url.hostname !== 'marketplace.zoom.us' && url.pathname.startsWith('/role');
}

function pathHint(url: URL, pattern: RegExp): number {
  return pattern.test(url.pathname) ? 0.05 : 0;
}

function body(s: PageSnapshot): Element {
  return s.doc.body ?? s.doc.documentElement;
}

function onMarketplace(s: PageSnapshot): boolean {
  return !isRolePage(s.url);
}

const credentialLabelPatterns = [/^account\s*id:?$/i, /^client\s*id:?$/i, /^client\s*secret:?$/i];
const informationLabelPatterns = [
  /^app\s*name\b/i,
  /^company\s*name\b/i,
  /^developer\s*contact\s*name\b/i,
  /^developer\s*contact\s*email\b/i,
  /^short\s*description\b/i,
];

const CHECKBOXES = 'input[type=checkbox], [role=checkbox], [role=option][aria-selected]';

/**
 * An Add Scopes picker drawn without dialog semantics (a plain positioned div): its "Add Scopes" title
 * as text, not as a button, above a box holding check boxes and scope ids.
 */
function unmarkedScopePicker(s: PageSnapshot): Detection | null {
  const title = s.pageSnippets.find(
    (t) => /^(add|select)\s+scopes?$/i.test(t.text) && !t.element.closest('button, a, [role=button], [role=link]'),
  );
  for (
    let node = title?.element.parentElement ?? null, depth = 0;
    node && node !== s.doc.body && depth < 6;
    node = node.parentElement, depth++
  ) {
    if (node.querySelectorAll(CHECKBOXES).length >= 2 && shortTexts(node).some((t) => isWholeScopeId(t.text))) {
      return { confidence: 0.85, root: node };
    }
  }
  return null;
}

/** The "name your app" step drawn without dialog semantics: an App Name field on a create page. */
function unmarkedNameDialog(s: PageSnapshot): Detection | null {
  if (anyText(s.pageTexts, /company\s*name|developer\s*contact/i)) return null;
  if (!anyText(s.pageTexts, /name your app|^create\b.*\bapp$/i) || countFields(body(s), APP_NAME_FIELD) === 0) return null;
  return { confidence: 0.6, root: body(s) };
}

export const ZOOM_DETECTORS: readonly Detector<StepId>[] = [
  {
    step: 'add-scopes',
    detect(s) {
      if (!onMarketplace(s)) return null;
      if (!s.dialog) return unmarkedScopePicker(s);
      const titled = anyText(s.dialogTexts, /^\+?\s*(add|select|edit)\s+scopes?$/i);
      const scopeIds = s.dialogTexts.filter(isWholeScopeId).length;
      const hasCheckboxes = !!s.dialog.querySelector('input[type=checkbox], [role=checkbox], [role=option][aria-selected]');
      const hasSearch = !!s.dialog.querySelector('input[type=search], [role=searchbox], input[placeholder*="search" i]');
      if (titled && (hasCheckboxes || hasSearch || scopeIds > 0)) return { confidence: 1, root: s.dialog };
      if (hasCheckboxes && scopeIds >= 3) return { confidence: 0.9, root: s.dialog };
      if (titled) return { confidence: 0.8, root: s.dialog };
      return null;
    },
  },
  {
    step: 'name-app',
    detect(s) {
      if (!onMarketplace(s)) return null;
      if (!s.dialog) return unmarkedNameDialog(s);
      const hasNameField = countFields(s.dialog, APP_NAME_FIELD) > 0;
      if (!hasNameField) return null;
      const titled = anyText(s.dialogTexts, /name your app|create (an? )?app|app name/i);
      return { confidence: titled ? 0.95 : 0.7, root: s.dialog };
    },
  },
  {
    step: 'app-credentials',
    detect(s) {
      if (!onMarketplace(s)) return null;
      const labels = Math.max(
        countMatching(s.pageTexts, credentialLabelPatterns),
        countFields(
          body(s),
          {
            accountId: ZOOM_CREDENTIAL_LABELS.accountId,
            clientId: ZOOM_CREDENTIAL_LABELS.clientId,
            clientSecret: ZOOM_CREDENTIAL_LABELS.clientSecret,
          },
          90,
        ),
      );
      if (labels < 2) return null;
      return { confidence: 0.85 + pathHint(s.url, /credential/i), root: body(s) };
    },
  },
  {
    step: 'feature',
    detect(s) {
      if (!onMarketplace(s)) return null;
      const token = anyText(s.pageTexts, /^secret\s*token:?$/i);
      const events = anyText(s.pageTexts, /^event\s*subscriptions?$/i);
      if (!token && !events) return null;
      return { confidence: (token ? 0.8 : 0.65) + pathHint(s.url, /feature/i), root: body(s) };
    },
  },
  {
    step: 'information',
    detect(s) {
      if (!onMarketplace(s)) return null;
      const labels = Math.max(countMatching(s.pageTexts, informationLabelPatterns), countFields(body(s), INFORMATION_FIELDS, 90));
      if (labels < 2 || !anyText(s.pageTexts, /company\s*name|developer\s*contact/i)) return null;
      return { confidence: 0.8 + pathHint(s.url, /information|info\b/i), root: body(s) };
    },
  },
  {
    step: 'scopes',
    detect(s) {
      if (!onMarketplace(s)) return null;
      const addButton = anyText(s.pageTexts, /^\+?\s*add\s+scopes?$/i);
      const heading = anyText(s.pageTexts, /^scopes$/i);
      const scopeIds = s.pageTexts.some(isWholeScopeId);
      if (!addButton && !(heading && scopeIds)) return null;
      return { confidence: (addButton ? 0.75 : 0.6) + pathHint(s.url, /scope/i), root: body(s) };
    },
  },
  {
    step: 'activation',
    detect(s) {
      if (!onMarketplace(s)) return null;
      const strong = anyText(s.pageTexts, /activate your app|app is activated|activated on the account|deactivate your app/i);
      const heading = anyText(s.pageTexts, /^activation$/i) && /activat/i.test(s.url.pathname);
      if (!strong && !heading) return null;
      return { confidence: strong ? 0.75 : 0.55, root: body(s) };
    },
  },
  {
    step: 'choose-app-type',
    detect(s) {
      if (!onMarketplace(s) || !anyText(s.pageTexts, S2S)) return null;
      const chooser =
        countMatching(s.pageTexts, [
          /^general app$/i,
          /webhook only/i,
          /what kind of app|choose.*app type|select.*app type/i,
          /^create$/i,
        ]) >= 2;
      if (!chooser) return null;
      return { confidence: 0.7 + pathHint(s.url, /create|build/i), root: body(s) };
    },
  },
  {
    step: 'role-settings',
    detect(s) {
      if (!isRolePage(s.url)) return null;
      if (anyText(s.pageTexts, /server[\s-]*to[\s-]*server\s*oauth\s*app/i)) return { confidence: 0.9, root: body(s) };
      if (anyText(s.pageTexts, /^role settings$|^advanced features$/i)) return { confidence: 0.55, root: body(s) };
      return null;
    },
  },
  {
    step: 'marketplace-home',
    detect(s) {
      if (isRolePage(s.url) || s.url.hostname !== 'marketplace.zoom.us') return null;
      if (!/^\/(home\/?)?$/.test(s.url.pathname)) return null;
      return { confidence: anyText(s.pageTexts, /^develop$/i) ? 0.6 : 0.5, root: body(s) };
    },
  },
];
