import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostMessage } from '../api/panel-channel';
import { manualTimers } from '../panel/manual-timers.testing';
import { watchFields } from './field-watch';
import { buyerClick, buyerInput, buyerLeaves, trusted } from './trusted-events.testing';

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';

let posted: HostMessage[];
let timers: ReturnType<typeof manualTimers>;
let session: AbortController;

function start(onCodeFieldFocus?: () => void) {
  return watchFields({
    topDocument: document,
    pageUrl: () => 'https://ads.tiktok.com/i18n/material?aadvid=7000000000000000001',
    signal: session.signal,
    isOwnNode: () => false,
    setTimer: (callback) => timers.setTimer(callback),
    post: (message) => posted.push(message),
    onCodeFieldFocus,
  });
}

function field(): HTMLTextAreaElement {
  const element = document.createElement('textarea');
  document.body.append(element);
  return element;
}

const fieldCodes = () =>
  posted
    .filter((m) => m.type === 'field')
    .map((m) => (m.type === 'field' ? m.codes.map((c) => c.code) : []));

beforeEach(() => {
  posted = [];
  timers = manualTimers();
  session = new AbortController();
});
afterEach(() => {
  session.abort();
  document.body.replaceChildren();
});

describe('watchFields', () => {
  it('reports a paste at once, with the page account and path', () => {
    start();
    buyerInput(field(), `Here: ${A}`);
    expect(posted).toEqual([
      expect.objectContaining({
        type: 'field',
        fieldKind: 'textarea',
        codes: [expect.objectContaining({ code: A, occurrences: 1 })],
        account: { id: '7000000000000000001', source: 'url' },
        path: '/i18n/material',
      }),
    ]);
  });

  it('waits for a pause, or for the buyer to leave the field, before reporting typing', () => {
    start();
    const element = field();
    buyerInput(element, A.slice(0, 30), 'insertText');
    buyerInput(element, A.slice(0, 31), 'insertText');
    expect(posted).toEqual([]);
    timers.runDue();
    expect(fieldCodes()).toHaveLength(1);
    buyerInput(element, `${A}\n${B.slice(0, 20)}`, 'insertText');
    expect(fieldCodes()).toHaveLength(1);
    buyerLeaves(element);
    expect(fieldCodes()).toHaveLength(2);
  });

  it('hears nothing a page script fakes: input, paste, clicks, Enter', async () => {
    start();
    const element = field();
    element.value = A;
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    expect(posted).toEqual([]);

    buyerInput(element, A);
    const search = document.createElement('button');
    search.textContent = 'Search';
    document.body.append(search);
    search.click();
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Authorized successfully';
    document.body.append(toast);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted.map((m) => m.type)).toEqual(['field']);
  });

  it("reports Ads Manager's answer only after the buyer's own Search, for the field's codes", async () => {
    start();
    buyerInput(field(), `${A}\n${B}`);
    const search = document.createElement('button');
    search.textContent = 'Search';
    document.body.append(search);
    buyerClick(search);
    const error = document.createElement('div');
    error.setAttribute('role', 'alert');
    error.textContent = 'This code has expired';
    document.body.append(error);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted.at(-1)).toMatchObject({
      type: 'answer',
      text: 'This code has expired',
      codes: [A, B],
    });
  });

  it('stops listening for answers when the window closes', async () => {
    start();
    buyerInput(field(), A);
    const search = document.createElement('button');
    search.textContent = 'Search';
    document.body.append(search);
    buyerClick(search);
    timers.runDue();
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Authorized successfully';
    document.body.append(toast);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted.map((m) => m.type)).toEqual(['field']);
  });

  it('writes only codes that are in the field, and puts the text back on undo', () => {
    const watch = start();
    const element = field();
    const messy = `Code: "${A}", and ${B}.`;
    buyerInput(element, messy);
    const planted = '#UGFnZVBsYW50ZWRDb2RlVGhhdElzTm90SW5UaGVGaWVsZDEyMzQ1Njc4OTA=';
    watch.write('keep', [B, planted]);
    expect(element.value).toBe(B);
    expect(posted.at(-1)).toEqual({
      type: 'written',
      action: 'keep',
      ok: true,
      count: 1,
      fieldKind: 'textarea',
      canUndo: true,
    });
    expect(fieldCodes().at(-1)).toEqual([B]);
    watch.undo();
    expect(element.value).toBe(messy);
    expect(fieldCodes().at(-1)).toEqual([A, B]);
  });

  it('says so when the field is gone before a write', () => {
    const watch = start();
    const element = field();
    buyerInput(element, A);
    element.remove();
    watch.write('clean', [A]);
    expect(posted.at(-1)).toMatchObject({ type: 'written', ok: false });
  });

  const inputWith = (placeholder: string) => () => {
    const input = document.createElement('input');
    input.placeholder = placeholder;
    document.body.append(input);
    return input;
  };
  const pointer = () => new PointerEvent('pointerdown', { bubbles: true, composed: true });
  const tab = () => new KeyboardEvent('keyup', { key: 'Tab', bubbles: true, composed: true });
  const focus = () => new FocusEvent('focusin', { bubbles: true, composed: true });
  const letter = () => new KeyboardEvent('keyup', { key: 'a', bubbles: true, composed: true });
  const keyDown = (key: string) => () =>
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true });

  it.each<[string, () => HTMLElement, () => Event, boolean, boolean]>([
    ['the buyer clicks into a code box', field, pointer, true, true],
    ['the buyer tabs into a code box', field, tab, true, true],
    [
      'the buyer clicks into a field asking for a video code',
      inputWith('Video code'),
      pointer,
      true,
      true,
    ],
    ['the buyer clicks into a search box', inputWith('Search campaigns'), pointer, true, false],
    ['the buyer types a letter in a code box', field, letter, true, false],
    ['the buyer presses Ctrl in a code box (Ctrl+V)', field, keyDown('Control'), true, true],
    ['the buyer presses ⌘ in a code box (⌘V)', field, keyDown('Meta'), true, true],
    ['the buyer presses Insert in a code box (Shift+Insert)', field, keyDown('Insert'), true, true],
    [
      'the buyer presses Ctrl in a search box',
      inputWith('Search campaigns'),
      keyDown('Control'),
      true,
      false,
    ],
    ['the buyer presses a letter key in a code box', field, keyDown('a'), true, false],
    ['a page script presses Ctrl in a code box', field, keyDown('Control'), false, false],
    ['a page script clicks into a code box', field, pointer, false, false],
    // Script can move focus with a trusted-looking focus event; focus alone does nothing.
    ['focus moves into a code box', field, focus, true, false],
  ])('lets the panel start loading when %s: %s', (_name, make, event, isTrusted, expected) => {
    let heard = 0;
    start(() => heard++);
    make().dispatchEvent(isTrusted ? trusted(event()) : event());
    expect(heard).toBe(expected ? 1 : 0);
    // Reaching a field tells the panel nothing about codes.
    expect(posted).toEqual([]);
  });
});
