import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { findFields } from '@/lib/dom/fields';
import { setFieldValue } from '@/lib/dom/fill';
import { fillForm } from '@/lib/dom/fill-form';
import { BRIGHTMETRICS_FIELDS } from '@/lib/pages/brightmetrics';
import { INFORMATION_FIELDS } from '@/lib/pages/zoom';

afterEach(() => {
  document.body.innerHTML = '';
});

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('field finding by meaning', () => {
  it('reads label[for], wrapping labels, aria-labelledby, aria-label, placeholder, name and nearby text', () => {
    const root = html(`
      <div><label for="a">App Name</label><input id="a"></div>
      <label><span>Company Name</span><input></label>
      <span id="dn">Developer Contact Name</span><input aria-labelledby="dn">
      <input name="developerContactEmail">
    `);
    const found = findFields(root, INFORMATION_FIELDS);
    expect(found.appName?.reason).toBe('label[for]: "App Name"');
    expect(found.companyName?.reason).toBe('wrapping label: "Company Name"');
    expect(found.developerName?.reason).toBe('aria-labelledby: "Developer Contact Name"');
    expect(found.developerEmail?.reason).toBe('name: "developer contact email"');
  });

  it('does not confuse Company Name with App Name, nor Client Secret with Client ID', () => {
    const root = html(`
      <label for="c">Company Name</label><input id="c">
      <label for="s">App Credentials Client Secret</label><input id="s">
      <label for="i">App Credentials Client ID</label><input id="i">
    `);
    const info = findFields(root, INFORMATION_FIELDS);
    expect(info.appName).toBeUndefined();
    expect(info.companyName?.element.id).toBe('c');
    const bm = findFields(root, BRIGHTMETRICS_FIELDS);
    expect(bm.clientId?.element.id).toBe('i');
    expect(bm.clientSecret?.element.id).toBe('s');
  });

  it('uses the nearest preceding label-like text in a table row or form group', () => {
    const root = html(`
      <table><tr><td>Account ID</td><td><input id="x1" name="ctl00$a$b"></td></tr>
      <tr><td>Webhook Secret</td><td><div><input id="x2"></div></td></tr></table>
    `);
    const bm = findFields(root, BRIGHTMETRICS_FIELDS);
    expect(bm.accountId?.element.id).toBe('x1');
    expect(bm.secretToken?.element.id).toBe('x2');
    expect(bm.accountId?.reason).toBe('nearby text: "Account ID"');
  });

  it('uses each field once, the strongest clue winning', () => {
    const root = html(`<input placeholder="Client ID" id="p"><label for="l">Client ID</label><input id="l">`);
    expect(findFields(root, BRIGHTMETRICS_FIELDS).clientId?.element.id).toBe('l');
  });

  it('skips hidden fields', () => {
    const root = html(`<div hidden><label for="h">Account ID</label><input id="h"></div><label for="v">Account ID</label><input id="v">`);
    expect(findFields(root, BRIGHTMETRICS_FIELDS).accountId?.element.id).toBe('v');
  });
});

function Controlled({ onValue }: { onValue: (v: string) => void }) {
  const [value, setValue] = useState('');
  onValue(value);
  return (
    <label>
      Account ID
      <input value={value} onChange={(e) => setValue(e.target.value)} />
    </label>
  );
}

describe('filling', () => {
  it('updates a React controlled input’s state, where a plain .value = does not', () => {
    let state = '';
    const { container } = render(<Controlled onValue={(v) => (state = v)} />);
    const input = container.querySelector('input') as HTMLInputElement;
    act(() => {
      input.value = 'plain';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(state).toBe('');
    act(() => {
      expect(setFieldValue(input, 'AbCdEfGhIjKlMnOpQrStUv')).toBe('filled');
    });
    expect(state).toBe('AbCdEfGhIjKlMnOpQrStUv');
  });

  it('fires input and change on a plain input, and skips read-only and disabled ones', () => {
    const root = html(`<input id="p"><input id="r" readonly><input id="d" disabled>`);
    const seen: string[] = [];
    const plain = root.querySelector('#p') as HTMLInputElement;
    plain.addEventListener('input', () => seen.push('input'));
    plain.addEventListener('change', () => seen.push('change'));
    expect(setFieldValue(plain, 'x')).toBe('filled');
    expect(seen).toEqual(['input', 'change']);
    expect(setFieldValue(root.querySelector('#r') as HTMLInputElement, 'x')).toBe('readonly');
    expect(setFieldValue(root.querySelector('#d') as HTMLInputElement, 'x')).toBe('readonly');
  });

  it('reports a field whose page refuses the value', () => {
    const root = html('<input id="x" maxlength="3">');
    const input = root.querySelector('#x') as HTMLInputElement;
    input.addEventListener('input', () => {
      input.value = input.value.slice(0, 3);
    });
    expect(setFieldValue(input, 'abcdef')).toBe('rejected');
  });

  it('does not overwrite a different value unless asked', () => {
    const root = html(`<label for="a">App Name</label><input id="a" value="Mine">`);
    const labels = { appName: 'App Name' };
    const spec = { appName: INFORMATION_FIELDS.appName };
    expect(fillForm(root, spec, { appName: 'Brightmetrics' }, labels)[0]?.outcome).toBe('conflict');
    expect((root.querySelector('#a') as HTMLInputElement).value).toBe('Mine');
    expect(fillForm(root, spec, { appName: 'Brightmetrics' }, labels, { replace: true })[0]?.outcome).toBe('filled');
    expect((root.querySelector('#a') as HTMLInputElement).value).toBe('Brightmetrics');
  });
});

describe('label decorations', () => {
  it('required-field asterisks and trailing colons do not hide a label', () => {
    const root = html(`
      <label for="a">* App Name</label><input id="a">
      <label for="c">Company Name*</label><input id="c">
      <label for="n">Developer Contact Name:</label><input id="n">
      <label for="e">Developer Contact Email <span>*</span></label><input id="e">`);
    const found = findFields(root, INFORMATION_FIELDS);
    expect([
      found.appName?.element.id,
      found.companyName?.element.id,
      found.developerName?.element.id,
      found.developerEmail?.element.id,
    ]).toEqual(['a', 'c', 'n', 'e']);
  });
});
