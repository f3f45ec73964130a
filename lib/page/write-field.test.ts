import { afterEach, describe, expect, it } from 'vitest';
import { readFieldText } from './editable-field';
import { cleanedFieldText, writeFieldText } from './write-field';

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';

afterEach(() => document.body.replaceChildren());

/**
 * Imitates React's value tracker: the instance gets its own `value` property that remembers what
 * script last wrote, and the change handler ignores input events whose value equals that. Only a
 * write through the prototype's setter followed by an input event reaches the component's state.
 */
function reactLikeField<T extends HTMLInputElement | HTMLTextAreaElement>(element: T) {
  const proto = Object.getPrototypeOf(element) as object;
  const native = Object.getOwnPropertyDescriptor(proto, 'value') as PropertyDescriptor;
  let tracked = '';
  Object.defineProperty(element, 'value', {
    configurable: true,
    get() {
      return native.get?.call(this);
    },
    set(next: string) {
      tracked = String(next);
      native.set?.call(this, next);
    },
  });
  const state = { value: '', changes: 0 };
  element.addEventListener('input', () => {
    const current = native.get?.call(element) as string;
    if (current === tracked) return;
    tracked = current;
    state.value = current;
    state.changes++;
  });
  document.body.append(element);
  return state;
}

describe('cleanedFieldText', () => {
  it('puts one code per line, or only the first in a single-line input', () => {
    expect(cleanedFieldText([A, B], 'textarea')).toBe(`${A}\n${B}`);
    expect(cleanedFieldText([A, B], 'contenteditable')).toBe(`${A}\n${B}`);
    expect(cleanedFieldText([A, B], 'input')).toBe(A);
    expect(cleanedFieldText([], 'input')).toBe('');
  });
});

describe('writeFieldText', () => {
  it('is seen by a React-controlled textarea, and undo is seen too', () => {
    const textarea = document.createElement('textarea');
    const state = reactLikeField(textarea);
    const restore = writeFieldText(textarea, `${A}\n${B}`);
    expect(textarea.value).toBe(`${A}\n${B}`);
    expect(state).toEqual({ value: `${A}\n${B}`, changes: 1 });
    restore();
    expect(state).toEqual({ value: '', changes: 2 });
  });

  it('is seen by a React-controlled input', () => {
    const input = document.createElement('input');
    const state = reactLikeField(input);
    writeFieldText(input, A);
    expect(state.value).toBe(A);
  });

  it('the imitation really ignores a plain assignment (the reason for the native setter)', () => {
    const textarea = document.createElement('textarea');
    const state = reactLikeField(textarea);
    textarea.value = A;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state.changes).toBe(0);
  });

  it('writes one line per block into a contenteditable and restores the original nodes', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    editable.innerHTML = '<p>Code: <b>"#s63D…"</b></p>';
    const original = editable.firstChild;
    document.body.append(editable);
    const inputs: string[] = [];
    editable.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const restore = writeFieldText(editable, `${A}\n${B}`);
    expect(Array.from(editable.children, (c) => c.textContent)).toEqual([A, B]);
    expect(readFieldText(editable)).toContain(B);
    restore();
    expect(editable.firstChild?.isEqualNode(original ?? null)).toBe(true);
    expect(inputs).toEqual(['insertReplacementText', 'insertReplacementText']);
  });

  it('refuses an element that is no longer a text field', () => {
    const div = document.createElement('div');
    expect(() => writeFieldText(div, A)).toThrow(/no longer/);
  });
});
