import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenForFieldText, type FieldText } from './field-text-events';
import { trusted } from './trusted-events.testing';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

let seen: FieldText[];
let controller: AbortController;

function listen(options: Partial<Parameters<typeof listenForFieldText>[2]> = {}) {
  listenForFieldText(document, (change) => seen.push(change), {
    signal: controller.signal,
    later: (callback) => callback(),
    ...options,
  });
}

function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
}

function paste(target: Element, text: string, { cancel = false } = {}) {
  const event = trusted(new Event('paste', { bubbles: true, composed: true, cancelable: true }));
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/plain' ? text : '') },
  });
  if (cancel) target.addEventListener('paste', (e) => e.preventDefault(), { once: true });
  target.dispatchEvent(event);
}

beforeEach(() => {
  seen = [];
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('listenForFieldText', () => {
  it('hears input, textarea and contenteditable fields', () => {
    listen();
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(input, textarea, editable);
    typeInto(input, CODE);
    typeInto(textarea, `${CODE}\n${CODE}`);
    editable.textContent = CODE;
    editable.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
    expect(seen.map((s) => [s.field, s.trigger])).toEqual([
      [input, 'paste'],
      [textarea, 'paste'],
      [editable, 'paste'],
    ]);
    expect(seen[1]?.text).toBe(`${CODE}\n${CODE}`);
  });

  it('hears a field the page mounts after the listener started', () => {
    listen();
    const late = document.createElement('textarea');
    document.body.append(late);
    typeInto(late, CODE);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.field).toBe(late);
  });

  it('hears a field inside an open shadow root', () => {
    listen();
    const host = document.createElement('div');
    document.body.append(host);
    const field = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(field);
    typeInto(field, CODE);
    expect(seen[0]?.field).toBe(field);
  });

  it('still hears a field whose page stops the event from propagating', () => {
    listen();
    const field = document.createElement('input');
    document.body.append(field);
    field.addEventListener('input', (e) => e.stopPropagation());
    typeInto(field, CODE);
    expect(seen).toHaveLength(1);
  });

  it('reads the pasted text when the page keeps the paste out of the field', () => {
    listen();
    const field = document.createElement('input');
    document.body.append(field);
    paste(field, `Code: ${CODE}`, { cancel: true });
    expect(seen).toEqual([{ field, text: `Code: ${CODE}`, trigger: 'paste' }]);
  });

  it('reports a paste into a text box as it begins, and once', () => {
    const queued: (() => void)[] = [];
    listen({ later: (callback) => queued.push(callback) });
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'Codes: ';
    field.setSelectionRange(7, 7);
    paste(field, CODE);
    // Before the browser has put the text in, the field's next text is already reported.
    expect(seen).toEqual([{ field, text: `Codes: ${CODE}`, trigger: 'paste' }]);
    typeInto(field, `Codes: ${CODE}`);
    queued.forEach((run) => run());
    expect(seen).toHaveLength(1);
  });

  it('reports the field again when the page changed the paste on its way in', () => {
    const queued: (() => void)[] = [];
    listen({ later: (callback) => queued.push(callback) });
    const field = document.createElement('textarea');
    document.body.append(field);
    paste(field, CODE);
    typeInto(field, CODE.toUpperCase());
    queued.forEach((run) => run());
    expect(seen.map((s) => s.text)).toEqual([CODE, CODE.toUpperCase()]);
  });

  it('waits for the input event where the browser decides the text (line breaks, one line)', () => {
    const queued: (() => void)[] = [];
    listen({ later: (callback) => queued.push(callback) });
    const field = document.createElement('input');
    document.body.append(field);
    paste(field, `${CODE}\n${CODE}`);
    expect(seen).toEqual([]);
    typeInto(field, `${CODE} ${CODE}`);
    queued.forEach((run) => run());
    expect(seen).toEqual([{ field, text: `${CODE} ${CODE}`, trigger: 'paste' }]);
  });

  it('ignores fields that are not text fields and the extension’s own UI', () => {
    const own = document.createElement('textarea');
    listen({ ignore: (path) => path.includes(own) });
    const password = document.createElement('input');
    password.type = 'password';
    document.body.append(password, own);
    typeInto(password, CODE);
    typeInto(own, CODE);
    expect(seen).toEqual([]);
  });

  it('stops listening when the signal aborts', () => {
    listen();
    controller.abort();
    const field = document.createElement('input');
    document.body.append(field);
    typeInto(field, CODE);
    expect(seen).toEqual([]);
  });

  it('ignores events a page script makes, however real they look', () => {
    listen();
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = CODE;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    const fakePaste = new Event('paste', { bubbles: true, composed: true });
    Object.defineProperty(fakePaste, 'clipboardData', { value: { getData: () => CODE } });
    field.dispatchEvent(fakePaste);
    expect(seen).toEqual([]);
  });

  it.each([
    ['insertText', 'typing'],
    ['deleteContentBackward', 'typing'],
    ['insertFromPaste', 'paste'],
    ['insertFromDrop', 'paste'],
    ['insertReplacementText', 'paste'],
  ])('tells typing from whole edits: %s is %s', (inputType, trigger) => {
    listen();
    const field = document.createElement('input');
    document.body.append(field);
    field.value = CODE;
    field.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, inputType })));
    expect(seen.map((s) => s.trigger)).toEqual([trigger]);
  });
});
