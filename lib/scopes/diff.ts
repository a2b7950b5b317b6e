import { ADDONS, type AddonKey, BASE_REQUIRED, PRODUCTS, productOf } from './catalog';

export type ScopeState = 'missing' | 'granted' | 'optional' | 'not-required';
export type EnabledAddons = Readonly<Record<AddonKey, boolean>>;

export interface Requirements {
  /** Every scope that counts as required now. */
  required: ReadonlySet<string>;
  /** Add-on scopes whose add-on is switched off. */
  optional: ReadonlySet<string>;
}

/** What counts as required: the built-in list, enabled add-ons, and whatever Brightmetrics reported missing. */
export function requirements(addons: EnabledAddons, reportedMissing: Iterable<string> = []): Requirements {
  const required = new Set(BASE_REQUIRED);
  const optional = new Set<string>();
  for (const addon of ADDONS) {
    for (const id of addon.scopes) (addons[addon.key] ? required : optional).add(id);
  }
  for (const id of reportedMissing) {
    required.add(id);
    optional.delete(id);
  }
  return { required, optional };
}

export function scopeState(id: string, granted: boolean, req: Requirements): ScopeState {
  if (req.required.has(id)) return granted ? 'granted' : 'missing';
  if (req.optional.has(id)) return 'optional';
  return 'not-required';
}

export interface ProductProgress {
  product: string;
  required: number;
  missing: string[];
}

export interface ScopeDiff {
  required: string[];
  granted: string[];
  missing: string[];
  /** Granted scopes Brightmetrics does not need (least privilege). */
  extra: string[];
  byProduct: ProductProgress[];
}

const PRODUCT_ORDER = [...PRODUCTS.map((p) => p.name), ...ADDONS.map((a) => a.productName), 'Other'];

export function diffScopes(grantedIds: Iterable<string>, req: Requirements): ScopeDiff {
  const granted = new Set(grantedIds);
  const required = [...req.required].sort();
  const missing = required.filter((id) => !granted.has(id));
  const extra = [...granted].filter((id) => !req.required.has(id)).sort();
  const byName = new Map<string, ProductProgress>();
  for (const id of required) {
    const product = productOf(id);
    let entry = byName.get(product);
    if (!entry) {
      entry = { product, required: 0, missing: [] };
      byName.set(product, entry);
    }
    entry.required++;
    if (!granted.has(id)) entry.missing.push(id);
  }
  const byProduct = [...byName.values()].sort((a, b) => PRODUCT_ORDER.indexOf(a.product) - PRODUCT_ORDER.indexOf(b.product));
  return {
    required,
    granted: required.filter((id) => granted.has(id)),
    missing,
    extra,
    byProduct,
  };
}
