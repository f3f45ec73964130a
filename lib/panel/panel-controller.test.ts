import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkIds } from '../preflight/types';
import { generateValidCodes } from '../../tests/mock-api/fixtures';
import type { OperationName, RequestOf } from '../api/operations';
import type { CallBackground } from '../api/client';
import type { PanelPrefs } from '../api/panel-schemas';
import { frameMessageSchemas, hostMessageSchemas, type FieldSnapshot } from '../api/panel-channel';
import { watchFields } from '../page/field-watch';
import { buyerClick, buyerInput, buyerLeaves } from '../page/trusted-events.testing';
import { createPanelController } from './panel-controller';
import { createPanelStore, type PanelStore } from './panel-store';
import { manualTimers } from './manual-timers.testing';
import { createI18n } from '@wxt-dev/i18n';

const { t } = createI18n();

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';
const URL_WITH_ACCOUNT = 'https://ads.tiktok.com/i18n/material?aadvid=7000000000000000001';

type Calls = { type: OperationName; data: unknown }[];

/** The background's rows for a field: codes in `known` are in the inventory. */
function checked(request: RequestOf<'preflight'>, known: ReadonlySet<string> = new Set()) {
  return {
    liveEnabled: false,
    adAccount: request.adAccountId ? { id: request.adAccountId, country: 'US' } : undefined,
    items: request.codes.map((c) => ({
      code: c.code,
      inInventory: known.has(c.code),
      endsAt: null,
      results: checkIds.map((id) => ({
        id,
        status: id === 'revocation' ? 'unknown' : 'pass',
        message: `${id} message`,
        fix: id === 'revocation' ? 'Add a token' : '',
      })),
    })),
  };
}

/**
 * The codes the panel asked the background to add, once it has asked: adding first loads what
 * reads the codes' details, so the request goes out a moment after the click.
 */
async function addRequest(calls: Calls): Promise<RequestOf<'addFromPage'>> {
  const request = await vi.waitFor(() => {
    const call = calls.find((c) => c.type === 'addFromPage');
    if (!call) throw new Error('Nothing was added yet');
    return call.data as RequestOf<'addFromPage'>;
  });
  await settle();
  return request;
}

/** A background that knows nothing about the codes and records what it was asked. */
function fakeBackground(overrides: Partial<Record<OperationName, (data: never) => unknown>> = {}) {
  const calls: Calls = [];
  const send = (async (type, data) => {
    calls.push({ type, data });
    const override = overrides[type];
    if (override) return override(data as never);
    switch (type) {
      case 'preflight':
        return checked(data as RequestOf<'preflight'>);
      case 'addFromPage': {
        const { items, recheck } = data as RequestOf<'addFromPage'>;
        const added = new Set(items.map((item) => item.code));
        return {
          added: added.size,
          known: 0,
          refused: 0,
          limited: 0,
          checks: recheck && checked(recheck, added),
        };
      }
      case 'recordOutcome': {
        const { recheck } = data as RequestOf<'recordOutcome'>;
        return { recorded: true, checks: recheck && checked(recheck) };
      }
      case 'getPanelPrefs':
        return { side: 'right', collapsed: false, disabledHere: false };
      case 'setPanelPrefs':
        return data;
    }
  }) as CallBackground;
  return { send, calls };
}

let store: PanelStore;
let timers: ReturnType<typeof manualTimers>;
let session: AbortController;

/**
 * Both halves of the panel, wired the way the extension wires them: the content script's field
 * watch on this document, the panel's controller, and every message between them parsed by the
 * channel's schemas as the real port's receivers do.
 */
function controllerWith(send: CallBackground) {
  const posted: string[] = [];
  const panel: { controller?: ReturnType<typeof createPanelController> } = {};
  const watch = watchFields({
    topDocument: document,
    pageUrl: () => URL_WITH_ACCOUNT,
    signal: session.signal,
    isOwnNode: () => false,
    setTimer: (callback) => timers.setTimer(callback),
    post: (message) => {
      posted.push(message.type);
      panel.controller?.onHostMessage(
        hostMessageSchemas().hostMessage.parse(structuredClone(message)),
      );
    },
  });
  const controller = createPanelController({
    store,
    send,
    post: (raw) => {
      const message = frameMessageSchemas().frameMessage.parse(structuredClone(raw));
      if (message.type === 'write') watch.write(message.action, message.codes);
      if (message.type === 'undo') watch.undo();
    },
    now: () => Date.UTC(2026, 10, 25),
    setTimer: (callback) => timers.setTimer(callback),
    t,
  });
  panel.controller = controller;
  return Object.assign(controller, { posted });
}

/** Runs pending timers, then lets the fake background's promises settle. */
async function settle() {
  timers.runDue();
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function textarea(value = ''): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  document.body.append(field);
  if (value) buyerInput(field, value);
  return field;
}

function searchButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Search';
  document.body.append(button);
  return button;
}

const statuses = (index = 0) =>
  Object.fromEntries(store.getState().rows[index]?.checks.map((c) => [c.id, c.status]) ?? []);

beforeEach(() => {
  store = createPanelStore();
  timers = manualTimers();
  session = new AbortController();
});
afterEach(() => {
  session.abort();
  document.body.replaceChildren();
});

describe('panel controller', () => {
  it('shows local checks at once and fills in the background results after', async () => {
    const { send, calls } = fakeBackground();
    const controller = controllerWith(send);
    textarea(A);

    expect(controller.posted).toEqual(['field']);
    expect(statuses()).toMatchObject({ format: 'pass', duplicate: 'pass', expiry: 'pending' });
    expect(calls.map((c) => c.type)).toEqual(['getPanelPrefs']);

    await settle();
    expect(calls[1]).toMatchObject({
      type: 'preflight',
      data: { adAccountId: '7000000000000000001', codes: [{ code: A, occurrences: 1 }] },
    });
    expect(statuses()).toMatchObject({ expiry: 'pass', revocation: 'unknown' });
    expect(store.getState().rows[0]?.inventory).toBe('out');
    expect(store.getState().account).toMatchObject({ id: '7000000000000000001', source: 'url' });
  });

  it('warns about a duplicate before the background answers', () => {
    controllerWith(fakeBackground().send);
    textarea(`${A}\n${A}`);
    expect(statuses().duplicate).toBe('warn');
  });

  it('clears when the field no longer holds a code', async () => {
    controllerWith(fakeBackground().send);
    const field = textarea(A);
    buyerInput(field, 'nothing here');
    expect(store.getState().rows).toEqual([]);
  });

  it('never shows pass when the inventory cannot be reached', async () => {
    const { send } = fakeBackground({
      preflight: () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    controllerWith(send);
    textarea(A);
    await settle();
    expect(statuses()).toMatchObject({ format: 'pass', expiry: 'unknown', region: 'unknown' });
    expect(store.getState().error).toMatch(/Reload this page/);
  });

  it('cleans the field to one normalised code per line, and undoes it', () => {
    const controller = controllerWith(fakeBackground().send);
    const messy = `Code: "${A}", ${A}\n${B}.`;
    const field = textarea(messy);
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));

    controller.cleanField();
    expect(field.value).toBe(`${A}\n${B}`);
    expect(seen).toEqual([`${A}\n${B}`]);
    expect(store.getState().canUndoClean).toBe(true);
    expect(store.getState().notice?.text).toMatch(/2 codes, one per line/);

    controller.undoClean();
    expect(field.value).toBe(messy);
    expect(store.getState().canUndoClean).toBe(false);
  });

  it('puts only the first code into a single-line input', () => {
    const controller = controllerWith(fakeBackground().send);
    const field = document.createElement('input');
    document.body.append(field);
    buyerInput(field, `${A} ${B}`);
    controller.cleanField();
    expect(field.value).toBe(A);
    expect(store.getState().notice?.text).toMatch(/first of 2/);
  });

  it('adds codes that are not in the inventory with their raw text and the page account', async () => {
    const { send, calls } = fakeBackground();
    const controller = controllerWith(send);
    // A chat app slipped a zero-width space into the code; the raw text keeps it.
    const raw = `${A.slice(0, 20)}\u200b${A.slice(20)}`;
    textarea(`Code: ${raw}`);
    await settle();
    controller.addToInventory(A);
    expect(await addRequest(calls)).toEqual({
      items: [
        {
          code: A,
          raw,
          warnings: [expect.stringMatching(/invisible/i)],
          details: { adAccountId: '7000000000000000001' },
        },
      ],
      recheck: {
        codes: [{ code: A, raw, warnings: [expect.stringMatching(/invisible/i)], occurrences: 1 }],
        adAccountId: '7000000000000000001',
      },
    });
    expect(store.getState().notice?.text).toBe('Added 1 code to your inventory.');
    // The add's reply carried the refreshed rows: no second round trip.
    expect(calls.filter((c) => c.type === 'preflight')).toHaveLength(1);
    expect(store.getState().rows[0]?.inventory).toBe('in');
  });

  it("records Ads Manager's answer after Search on the code in the field", async () => {
    const { send, calls } = fakeBackground();
    controllerWith(send);
    textarea(A);
    buyerClick(searchButton());
    const error = document.createElement('div');
    error.className = 'form-item-explain';
    error.textContent = 'This code has expired';
    document.body.append(error);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(calls).toContainEqual({
      type: 'recordOutcome',
      data: {
        code: A,
        outcome: 'failed',
        reason: 'This code has expired',
        recheck: { codes: [expect.objectContaining({ code: A })], adAccountId: expect.any(String) },
      },
    });
    expect(store.getState().rows[0]?.answer).toMatchObject({
      outcome: 'failed',
      saved: 'saved',
      fix: expect.stringMatching(/extend/),
    });
  });

  it('still records an answer that arrives after the page emptied the field', async () => {
    const { send, calls } = fakeBackground();
    controllerWith(send);
    const field = textarea(A);
    buyerClick(searchButton());
    buyerInput(field, '', 'deleteContentBackward');
    buyerLeaves(field);
    const toast = document.createElement('div');
    toast.className = 'toast-success';
    toast.textContent = 'Authorized successfully';
    document.body.append(toast);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(calls).toContainEqual({
      type: 'recordOutcome',
      data: { code: A, outcome: 'applied', reason: 'Authorized successfully' },
    });
    expect(store.getState().notice?.text).toBe(
      'Ads Manager said: “Authorized successfully” (#s63DdePa…nF+qA=)',
    );
  });

  it('ignores buttons outside the dialog the field is in', async () => {
    const { send, calls } = fakeBackground();
    controllerWith(send);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const field = document.createElement('textarea');
    dialog.append(field);
    document.body.append(dialog);
    buyerInput(field, A);
    buyerClick(searchButton());
    const error = document.createElement('div');
    error.setAttribute('role', 'alert');
    error.textContent = 'Invalid code';
    document.body.append(error);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(calls.some((c) => c.type === 'recordOutcome')).toBe(false);
  });

  it('does not pin an answer that names no code on one of several codes', async () => {
    const { send, calls } = fakeBackground();
    controllerWith(send);
    textarea(`${A}\n${B}`);
    buyerClick(searchButton());
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Invalid code';
    document.body.append(toast);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.some((c) => c.type === 'recordOutcome')).toBe(false);
    expect(store.getState().notice).toMatchObject({
      tone: 'fail',
      text: 'Ads Manager said: “Invalid code”',
    });
  });

  it('asks nothing of the background on a page where the panel is off', async () => {
    const { send, calls } = fakeBackground({
      getPanelPrefs: () => ({ side: 'right', collapsed: false, disabledHere: true }),
    });
    const controller = controllerWith(send);
    textarea(A);
    await settle();
    expect(calls.map((c) => c.type)).toEqual(['getPanelPrefs']);
    controller.updatePrefs({ disabledHere: false });
    await settle();
    expect(calls.map((c) => c.type)).toEqual(['getPanelPrefs', 'setPanelPrefs', 'preflight']);
  });

  describe('preferences asked for while the panel loaded', () => {
    const PATH = '/i18n/material';
    const field: FieldSnapshot = {
      type: 'field',
      fieldKind: 'textarea',
      codes: [{ code: A, raw: A, warnings: [], occurrences: 1 }],
      rejected: [],
      path: PATH,
    };
    const controllerAsked = (send: CallBackground, pagePrefs: Promise<PanelPrefs>) =>
      createPanelController({
        store,
        send,
        post: () => undefined,
        now: () => Date.UTC(2026, 10, 25),
        setTimer: (callback) => timers.setTimer(callback),
        pagePath: PATH,
        pagePrefs,
        t,
      });

    it.each([
      { disabledHere: false, asked: ['preflight'] },
      { disabledHere: true, asked: [] },
    ])(
      'are awaited, not asked again (off here: $disabledHere)',
      async ({ disabledHere, asked }) => {
        const { send, calls } = fakeBackground();
        let answer: (prefs: PanelPrefs) => void = () => undefined;
        const controller = controllerAsked(send, new Promise((resolve) => (answer = resolve)));
        controller.onHostMessage(field);
        await settle();
        // The rows wait for the answer: a page where the panel is off never sees it.
        expect(store.getState().prefsKnown).toBe(false);
        expect(calls).toEqual([]);

        answer({ side: 'left', collapsed: false, disabledHere });
        await settle();
        expect(store.getState()).toMatchObject({ prefsKnown: true, prefs: { side: 'left' } });
        expect(calls.map((c) => c.type)).toEqual(asked);
      },
    );

    it('that failed still let the panel show, with the error', async () => {
      const { send } = fakeBackground();
      const controller = controllerAsked(send, Promise.reject(new Error('background gone')));
      controller.onHostMessage(field);
      await settle();
      expect(store.getState().prefsKnown).toBe(true);
      expect(store.getState().error).toBeDefined();
      expect(store.getState().rows).toHaveLength(1);
    });
  });

  it('shows errors from its handlers in the panel instead of throwing', async () => {
    const controller = controllerWith((() => {
      throw new Error('boom');
    }) as CallBackground);
    expect(() => controller.updatePrefs({ side: 'left' })).not.toThrow();
    expect(() => textarea(A)).not.toThrow();
    await settle();
    expect(store.getState().error).toBe('Something went wrong in the panel: boom');
  });

  it("adds each code with the creator, post and term its own line gives, and the page's account", async () => {
    const { send, calls } = fakeBackground();
    const controller = controllerWith(send);
    textarea(
      [
        `@mia.lopez ${A} 30 days`,
        `${B} from @leo_k https://www.tiktok.com/@leo_k/video/7300000000000000002 until 2026-12-31`,
      ].join('\n'),
    );
    await settle();
    controller.addToInventory();
    const add = await addRequest(calls);
    expect(add.items.map(({ code, details }) => ({ code, details }))).toEqual([
      {
        code: A,
        details: { creatorHandle: 'mia.lopez', duration: 30, adAccountId: '7000000000000000001' },
      },
      {
        code: B,
        details: {
          creatorHandle: 'leo_k',
          expectedPost: 'https://www.tiktok.com/@leo_k/video/7300000000000000002',
          expiresOn: '2026-12-31',
          adAccountId: '7000000000000000001',
        },
      },
    ]);
  });

  it('adds one code with the details the buyer typed for it, not the suggestions', async () => {
    const { send, calls } = fakeBackground();
    const controller = controllerWith(send);
    textarea(`@mia ${A}\n@leo ${B}`);
    await settle();
    controller.addToInventory(B, {
      creatorHandle: '@leo.real',
      expectedPost: '',
      term: 'no expiry',
    });
    const add = await addRequest(calls);
    expect(add.items).toEqual([
      expect.objectContaining({
        code: B,
        details: {
          creatorHandle: 'leo.real',
          duration: 'none',
          adAccountId: '7000000000000000001',
        },
      }),
    ]);
  });

  it('keeps the first 20 ready codes in the field and saves the rest for the next batch', async () => {
    const codes = generateValidCodes(23, 77);
    const allPass = (request: RequestOf<'preflight'>) => {
      const answer = checked(request);
      for (const item of answer.items) {
        for (const result of item.results) result.status = 'pass';
      }
      return answer;
    };
    const { send, calls } = fakeBackground({ preflight: allPass });
    const controller = controllerWith(send);
    const field = textarea(codes.join('\n'));
    await settle();
    controller.keepFirstBatch();
    expect(field.value).toBe(codes.slice(0, 20).join('\n'));
    const add = await addRequest(calls);
    expect(add.items.map((item) => item.code)).toEqual(codes.slice(20));
    expect(store.getState().notice?.text).toBe(
      'Kept the first 20 ready codes. 3 more are in your inventory for the next batch.',
    );
  });

  it("keeps the batch's notice when the field's rewrite is answered after it", async () => {
    const codes = generateValidCodes(23, 78);
    const allPassKnown = (request: RequestOf<'preflight'>) => {
      const answer = checked(request, new Set(codes));
      for (const item of answer.items) {
        for (const result of item.results) result.status = 'pass';
      }
      return answer;
    };
    const field = textarea();
    const held: (() => void)[] = [];
    const watch = watchFields({
      topDocument: document,
      pageUrl: () => URL_WITH_ACCOUNT,
      signal: session.signal,
      isOwnNode: () => false,
      setTimer: (callback) => timers.setTimer(callback),
      // The port delivers the content script's answers later, as a real one does.
      post: (message) => held.push(() => controller.onHostMessage(message)),
    });
    const controller = createPanelController({
      store,
      send: fakeBackground({ preflight: allPassKnown }).send,
      post: (message) => {
        if (message.type === 'write') watch.write(message.action, message.codes);
      },
      now: () => Date.UTC(2026, 10, 25),
      setTimer: (callback) => timers.setTimer(callback),
      t,
    });
    buyerInput(field, codes.join('\n'));
    held.splice(0).forEach((deliver) => deliver());
    await settle();
    controller.keepFirstBatch();
    await settle();
    held.splice(0).forEach((deliver) => deliver());
    expect(field.value).toBe(codes.slice(0, 20).join('\n'));
    expect(store.getState().notice?.text).toBe(
      'Kept the first 20 ready codes. The other 3 are in your inventory for the next batch.',
    );
  });
});
