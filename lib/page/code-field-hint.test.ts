import { afterEach, describe, expect, it } from 'vitest';
import { mayTakeCodes } from './code-field-hint';
import type { EditableField } from './editable-field';

afterEach(() => document.body.replaceChildren());

/** Builds `html`, returns the element marked `data-field`. */
function field(html: string): EditableField {
  document.body.innerHTML = html;
  const found = document.querySelector<HTMLElement>('[data-field]');
  if (!found) throw new Error('no field in fixture');
  return found;
}

describe('mayTakeCodes', () => {
  it.each<[string, string, boolean]>([
    ['a textarea anywhere', '<textarea data-field></textarea>', true],
    [
      'a plain search box',
      '<input data-field type="search" placeholder="Search campaigns">',
      false,
    ],
    ['a budget input', '<input data-field name="budget">', false],
    ['an input named for the code', '<input data-field name="auth_code">', true],
    [
      'a placeholder asking for a video code',
      '<input data-field placeholder="Enter video code">',
      true,
    ],
    [
      'a label that speaks of Spark',
      '<label for="x">Spark Ads code</label><input id="x" data-field>',
      true,
    ],
    [
      'aria-labelledby pointing at the words',
      '<span id="l">Authorization code</span><input data-field aria-labelledby="l">',
      true,
    ],
    ['any input in a dialog', '<div role="dialog"><input data-field></div>', true],
    ['an input in an aria-modal box', '<div aria-modal="true"><input data-field></div>', true],
    ['a password never', '<div role="dialog"><input data-field type="password"></div>', false],
    ['a rich editor is not a code box', '<div data-field contenteditable="true"></div>', false],
    ['"encode" is not "code"', '<input data-field placeholder="Encoder settings">', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(mayTakeCodes(field(html))).toBe(expected);
  });

  it('finds the dialog around a field inside a shadow root', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const host = document.createElement('div');
    dialog.append(host);
    document.body.append(dialog);
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    expect(mayTakeCodes(input)).toBe(true);
  });
});
