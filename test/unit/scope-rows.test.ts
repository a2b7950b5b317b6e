import { afterEach, describe, expect, it } from 'vitest';
import { ScopeMarker } from '@/lib/dom/scope-marks';
import { findScopeRows, isChecked } from '@/lib/dom/scope-rows';
import { requirements } from '@/lib/scopes/diff';
import { isWholeScopeId, scopeIdsInText } from '@/lib/scopes/extract';

afterEach(() => {
  document.body.innerHTML = '';
});

function dialog(markup: string): Element {
  document.body.innerHTML = `<div role="dialog">${markup}</div>`;
  return document.querySelector('[role=dialog]') as Element;
}

const req = requirements({ wfm: false, qm: false });

describe('scope ids in text', () => {
  it('finds granular and classic ids, not prose or URLs', () => {
    expect(scopeIdsInText('phone:read:call_log:admin - View call logs')).toEqual(['phone:read:call_log:admin']);
    expect(scopeIdsInText('Classic: phone:read and user:write_admin')).toEqual(['phone:read', 'user:write_admin']);
    expect(scopeIdsInText('Note: see https://zoom.us/a:b:c or 10:30:00')).toEqual([]);
    expect(isWholeScopeId('contact_center:read:list_queues:admin')).toBe(true);
    expect(isWholeScopeId('Note:read')).toBe(false);
  });
});

describe('scope rows', () => {
  it('native check boxes hidden in labels, id beside the label', () => {
    const root = dialog(`
      <div class="list">
        <div class="row"><label><input type="checkbox"><span>View call logs</span></label><div>phone:read:call_log:admin</div></div>
        <div class="row"><label><input type="checkbox" checked><span>Edit</span></label><div>phone:write:call_log:admin</div></div>
      </div>`);
    const rows = findScopeRows(root);
    expect(rows.map((r) => [r.id, r.row.className, r.checkbox && isChecked(r.checkbox)])).toEqual([
      ['phone:read:call_log:admin', 'row', false],
      ['phone:write:call_log:admin', 'row', true],
    ]);
  });

  it('role=checkbox apart from the id text, in grid cells', () => {
    const root = dialog(`
      <div role="grid">
        <div role="row"><div role="gridcell"><div role="checkbox" aria-checked="true"></div></div><div role="gridcell">x</div><div role="gridcell"><code>user:read:user:admin</code></div></div>
        <div role="row"><div role="gridcell"><div role="checkbox" aria-checked="false"></div></div><div role="gridcell"><code>group:read:list_groups:admin</code></div></div>
      </div>`);
    const rows = findScopeRows(root);
    expect(rows.map((r) => [r.id, r.row.getAttribute('role'), r.checkbox && isChecked(r.checkbox)])).toEqual([
      ['user:read:user:admin', 'row', true],
      ['group:read:list_groups:admin', 'row', false],
    ]);
  });

  it('a check box elsewhere that names the row by aria-labelledby', () => {
    const root = dialog(`
      <ul><li><span id="s1">marketplace:read:app:admin</span></li></ul>
      <div><input type="checkbox" aria-labelledby="s1" id="cb"></div>`);
    expect(findScopeRows(root)[0]?.checkbox?.id).toBe('cb');
  });

  it('an id split across elements, and right-to-left text around it', () => {
    const root = dialog(`
      <ul><li><input type="checkbox"><span><b>phone:read:</b><i>list_roles:admin</i></span></li>
      <li dir="rtl"><input type="checkbox"><span>\u202Bשלום\u202C phone:read:role:admin</span></li></ul>`);
    expect(findScopeRows(root).map((r) => r.id)).toEqual(['phone:read:list_roles:admin', 'phone:read:role:admin']);
  });

  it('rows without ids are ignored; a single row never swallows its list', () => {
    const root = dialog(
      `<ul><li><input type="checkbox"><span>No id here</span></li><li><input type="checkbox"><span>team:read:x:admin</span></li></ul>`,
    );
    const rows = findScopeRows(root);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.row.tagName).toBe('LI');
  });

  it('the marker writes states and removes marks from rows that left', () => {
    const root = dialog(`
      <div class="row"><input type="checkbox"><span>phone:read:role:admin</span></div>
      <div class="row"><input type="checkbox" checked><span>phone:read:role_member:admin</span></div>
      <div class="row"><input type="checkbox"><span>workforce_management:read:list_schedule_agents:admin</span></div>
      <div class="row"><input type="checkbox"><span>phone:write:role:admin</span></div>`);
    const marker = new ScopeMarker();
    marker.apply(findScopeRows(root), req, new Set());
    const states = () => [...root.querySelectorAll('[data-bm-scope]')].map((el) => el.getAttribute('data-bm-state'));
    expect(states()).toEqual(['missing', 'granted', 'optional', 'not-required']);
    root.querySelector('.row')?.remove();
    marker.apply(findScopeRows(root), req, new Set());
    expect(states()).toEqual(['granted', 'optional', 'not-required']);
    marker.clear();
    expect(root.querySelectorAll('[data-bm-scope]')).toHaveLength(0);
  });
});
