import { describe, expect, it } from 'vitest';
import { fieldFromPath, fieldKindOf, readFieldText, textAfterPaste } from './editable-field';

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

describe('fieldKindOf', () => {
  it.each([
    ['<input>', 'input'],
    ['<input type="text">', 'input'],
    ['<input type="search">', 'input'],
    ['<input type="password">', undefined],
    ['<input type="number">', undefined],
    ['<input type="checkbox">', undefined],
    ['<textarea></textarea>', 'textarea'],
    ['<div contenteditable="true"></div>', 'contenteditable'],
    ['<div contenteditable=""></div>', 'contenteditable'],
    ['<div contenteditable="false"></div>', undefined],
    ['<div></div>', undefined],
  ])('%s is %s', (markup, kind) => {
    expect(fieldKindOf(html(markup).firstElementChild)).toBe(kind);
  });

  it('ignores things that are not elements', () => {
    expect(fieldKindOf(document)).toBeUndefined();
    expect(fieldKindOf(window)).toBeUndefined();
    expect(fieldKindOf(null)).toBeUndefined();
  });
});

describe('fieldFromPath', () => {
  it('finds a field inside an open shadow root through the composed path', () => {
    const host = html('<div id="host"></div>').firstElementChild as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    shadow.append(field);
    let path: EventTarget[] = [];
    document.addEventListener('input', (e) => (path = e.composedPath()), { once: true });
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(path[0]).toBe(field);
    expect(fieldFromPath(path)).toBe(field);
  });

  it('returns the whole rich editor for a paste into one of its paragraphs', () => {
    const root = html('<div contenteditable="true" id="editor"><p><span>x</span></p></div>');
    const editor = root.querySelector('#editor') as HTMLElement;
    const span = root.querySelector('span') as HTMLElement;
    expect(fieldFromPath([span, span.parentElement as HTMLElement, editor, root])).toBe(editor);
  });

  it('finds nothing when the event did not come from a field', () => {
    const root = html('<button>Search</button>');
    expect(fieldFromPath([root.firstElementChild as Element, root, document])).toBeUndefined();
  });
});

describe('readFieldText', () => {
  it('reads values and editable text', () => {
    const root = html(
      '<input value="#abc"><textarea>#a\n#b</textarea><div contenteditable>#c</div>',
    );
    const [input, textarea, editable] = Array.from(root.children) as HTMLElement[];
    expect(readFieldText(input as HTMLElement)).toBe('#abc');
    expect(readFieldText(textarea as HTMLElement)).toBe('#a\n#b');
    expect(readFieldText(editable as HTMLElement)).toContain('#c');
  });
});

describe('textAfterPaste', () => {
  it.each([
    // markup, value, selection, pasted, expected
    ['<textarea></textarea>', '', [0, 0], 'a\nb', 'a\nb'],
    ['<textarea></textarea>', 'old text', [0, 8], 'new', 'new'],
    ['<textarea></textarea>', 'one three', [4, 4], 'two ', 'one two three'],
    ['<textarea></textarea>', '', [0, 0], 'a\r\nb\rc', 'a\nb\nc'],
    ['<input>', 'x', [1, 1], ' #code', 'x #code'],
    // A single-line box decides itself what becomes of line breaks.
    ['<input>', '', [0, 0], 'a\nb', undefined],
    ['<input maxlength="4">', '', [0, 0], 'abcdef', undefined],
    ['<textarea maxlength="10"></textarea>', 'ab', [2, 2], 'cd', 'abcd'],
    ['<div contenteditable="true"></div>', '', [0, 0], 'a', undefined],
  ] as const)(
    '%s holding %j, %j selected, pasting %j: %j',
    (markup, value, [start, end], pasted, expected) => {
      const field = html(markup).firstElementChild as HTMLTextAreaElement;
      if ('value' in field) {
        field.value = value;
        field.setSelectionRange(start, end);
      }
      expect(textAfterPaste(field, pasted)).toBe(expected);
    },
  );
});
