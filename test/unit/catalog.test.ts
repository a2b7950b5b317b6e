import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDONS, BASE_REQUIRED, PRODUCTS, productOf, QUICK_PREFIXES, quickPrefixFor, SCOPE_ID_PATTERN } from '@/lib/scopes/catalog';
import { diffScopes, requirements, scopeState } from '@/lib/scopes/diff';
import { OPTIONAL_BY_ADDON, REQUIRED_BY_PRODUCT } from './fixture-dom';

const GUIDE = path.resolve(import.meta.dirname, '../../../shared/seed/brightmetrics-zoom-private-app-guide.txt');

describe('scope catalog', () => {
  it('has the guide’s 41 required scopes, product by product', () => {
    const byName = Object.fromEntries(PRODUCTS.map((p) => [p.name, [...p.required].sort()]));
    expect(byName).toEqual(Object.fromEntries(Object.entries(REQUIRED_BY_PRODUCT).map(([k, v]) => [k, [...v].sort()])));
    expect(PRODUCTS.map((p) => p.required.length)).toEqual([19, 15, 3, 2, 2]);
    expect(BASE_REQUIRED.size).toBe(41);
  });

  it('has the two optional add-ons with two scopes each', () => {
    expect(Object.fromEntries(ADDONS.map((a) => [a.name, a.scopes]))).toEqual(OPTIONAL_BY_ADDON);
  });

  it('has the five quick-method prefixes', () => {
    expect(QUICK_PREFIXES).toEqual(['contact_center:read:', 'phone:read:', 'user:read:', 'group:read:', 'marketplace:read:']);
    expect(quickPrefixFor('Group')).toBe('group:read:');
  });

  it.runIf(existsSync(GUIDE))('matches every scope id written in the guide itself', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    const inGuide = new Set(guide.match(/[a-z_]+:read:[a-z_]+?:admin/g));
    const ours = new Set([...BASE_REQUIRED, ...ADDONS.flatMap((a) => a.scopes)]);
    expect([...ours].sort()).toEqual([...inGuide].sort());
  });

  it('files scope ids under their Add Scopes product', () => {
    expect(productOf('number_management:read:list_numbers:admin')).toBe('Phone');
    expect(productOf('zoom_quality_management:read:evaluations:admin')).toBe('Quality Management');
    expect(productOf('meeting:read:meeting:admin')).toBe('Other');
  });
});

describe('scope diff', () => {
  const off = { wfm: false, qm: false };

  it('add-ons off: their scopes are optional, not required', () => {
    const req = requirements(off);
    expect(req.required.size).toBe(41);
    expect(scopeState('workforce_management:read:list_schedule_agents:admin', false, req)).toBe('optional');
    expect(scopeState('phone:read:role:admin', false, req)).toBe('missing');
    expect(scopeState('phone:read:role:admin', true, req)).toBe('granted');
    expect(scopeState('phone:write:role:admin', true, req)).toBe('not-required');
  });

  it('an add-on switched on makes its scopes required', () => {
    const req = requirements({ wfm: true, qm: false });
    expect(req.required.size).toBe(43);
    expect(scopeState('workforce_management:read:list_schedule_agents:admin', false, req)).toBe('missing');
    expect(scopeState('zoom_quality_management:read:evaluations:admin', false, req)).toBe('optional');
  });

  it('scopes Brightmetrics reported count as required, even unknown ones', () => {
    const req = requirements(off, ['phone:read:call_recording:admin', 'zoom_quality_management:read:interactions:admin']);
    expect(req.required.size).toBe(43);
    expect(req.optional.has('zoom_quality_management:read:interactions:admin')).toBe(false);
    expect(scopeState('phone:read:call_recording:admin', false, req)).toBe('missing');
  });

  it('reports missing, granted and extra, per product', () => {
    const granted = ['phone:read:role:admin', 'user:read:user:admin', 'meeting:read:meeting:admin'];
    const diff = diffScopes(granted, requirements(off));
    expect(diff.granted).toEqual(['phone:read:role:admin', 'user:read:user:admin']);
    expect(diff.missing).toHaveLength(39);
    expect(diff.extra).toEqual(['meeting:read:meeting:admin']);
    expect(diff.byProduct.map((p) => [p.product, p.required, p.missing.length])).toEqual([
      ['Contact Center', 19, 19],
      ['Phone', 15, 14],
      ['User', 3, 2],
      ['Group', 2, 2],
      ['Marketplace', 2, 2],
    ]);
  });
});

describe('catalog data shape', () => {
  it('every product and add-on is well formed (checked here so zod stays out of the content scripts)', async () => {
    const { z } = await import('zod');
    const scopeId = z.string().regex(SCOPE_ID_PATTERN);
    z.array(
      z
        .object({
          key: z.string().min(1),
          name: z.string().min(1),
          quickPrefix: z.string().regex(/^[a-z_]+:read:$/),
          required: z.array(scopeId).min(1),
        })
        .strict(),
    ).parse(PRODUCTS);
    z.array(
      z.object({ key: z.enum(['wfm', 'qm']), name: z.string().min(1), productName: z.string(), scopes: z.array(scopeId).min(1) }).strict(),
    ).parse(ADDONS);
    for (const p of PRODUCTS) for (const id of p.required) expect(id.startsWith(p.quickPrefix)).toBe(true);
  });
});
