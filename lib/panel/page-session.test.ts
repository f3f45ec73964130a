import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanPaste } from '../codes/scan';
import { watchForAnswers } from '../page/answer-watcher';
import { formatCheck } from '../preflight/format';
import type { CallBackground } from '../api/client';
import { startPageSession } from './page-session';
import { createPanelStore, type PanelStore } from './panel-store';
import { manualTimers } from './manual-timers.testing';

// The scanner, a check and the answer watcher are swapped for spies so a case can make them
// throw; by default they do their real work.
vi.mock('../codes/scan', async (importOriginal) => {
  const real = await importOriginal<typeof import('../codes/scan')>();
  return { ...real, scanPaste: vi.fn(real.scanPaste) };
});
vi.mock('../preflight/format', async (importOriginal) => {
  const real = await importOriginal<typeof import('../preflight/format')>();
  return { ...real, formatCheck: vi.fn(real.formatCheck) };
});
vi.mock('../page/answer-watcher', async (importOriginal) => {
  const real = await importOriginal<typeof import('../page/answer-watcher')>();
  return { ...real, watchForAnswers: vi.fn(real.watchForAnswers) };
});

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const URL = 'https://ads.tiktok.com/i18n/material?aadvid=7000000000000000001';

const quietBackground: CallBackground = (async (type: string) => {
  if (type === 'getPanelPrefs') return { side: 'right', collapsed: false, disabledHere: false };
  if (type === 'preflight') return { items: [], summary: '', liveEnabled: false };
  return {};
}) as CallBackground;

let store: PanelStore;
let session: AbortController;
let timers: ReturnType<typeof manualTimers>;
/** What the page itself saw: its own listeners must keep running whatever the panel does. */
let pageHeard: string[];
let uncaught: unknown[];
const onWindowError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);

function start(overrides: { send?: CallBackground; showPanel?: () => void } = {}) {
  startPageSession({
    store,
    send: overrides.send ?? quietBackground,
    topDocument: document,
    pageUrl: () => URL,
    showPanel: overrides.showPanel ?? (() => {}),
    now: () => Date.UTC(2026, 10, 25),
    setTimer: (callback) => timers.setTimer(callback),
    signal: session.signal,
    isOwnNode: () => false,
  });
}

/** Runs the panel's pending timers and lets its promises and zero-delay tasks settle. */
async function settle() {
  timers.runDue();
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function pageField(): HTMLInputElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const field = document.createElement('input');
  const search = document.createElement('button');
  search.textContent = 'Search';
  dialog.append(field, search);
  document.body.append(dialog);
  for (const type of ['input', 'paste', 'click', 'keydown']) {
    field.addEventListener(type, () => pageHeard.push(type));
    search.addEventListener(type, () => pageHeard.push(type));
  }
  return field;
}

function type(field: HTMLInputElement, text: string) {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function paste(field: HTMLInputElement, text: string) {
  const event = new Event('paste', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  // Ads Manager inserts some pastes itself, so the panel only hears the paste event.
  field.addEventListener('paste', (e) => e.preventDefault(), { once: true });
  field.dispatchEvent(event);
}

function clickSearch(field: HTMLInputElement) {
  field.nextElementSibling?.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true }),
  );
}

function pressEnter(field: HTMLInputElement) {
  field.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
  );
}

const boom = (what: string) => () => {
  throw new Error(`${what} broke`);
};

interface Case {
  name: string;
  arrange: () => Parameters<typeof start>[0];
  act: (field: HTMLInputElement) => void;
  /** What the page heard of the buyer's actions: exactly what it would without the panel. */
  heard: string[];
  says: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: 'reading the codes throws on typing',
    arrange: () => {
      vi.mocked(scanPaste).mockImplementation(boom('The scanner'));
      return {};
    },
    act: (field) => type(field, CODE),
    heard: ['input'],
    says: /The scanner broke/,
  },
  {
    name: 'reading the codes throws on a paste the page handles itself',
    arrange: () => {
      vi.mocked(scanPaste).mockImplementation(boom('The scanner'));
      return {};
    },
    act: (field) => paste(field, CODE),
    heard: ['paste'],
    says: /The scanner broke/,
  },
  {
    name: 'the background throws',
    arrange: () => ({ send: boom('The background') as unknown as CallBackground }),
    act: (field) => type(field, CODE),
    heard: ['input'],
    says: /The background broke/,
  },
  {
    name: 'the background rejects',
    arrange: () => ({
      send: (async () =>
        Promise.reject(
          new Error('Could not establish connection. Receiving end does not exist.'),
        )) as CallBackground,
    }),
    act: (field) => type(field, CODE),
    heard: ['input'],
    says: /Reload this page to use the panel again/,
  },
  {
    name: 'the panel cannot be shown',
    arrange: () => ({ showPanel: boom('Mounting the panel') }),
    act: (field) => type(field, CODE),
    heard: ['input'],
    says: /Mounting the panel broke/,
  },
  {
    name: 'watching for the answer throws after Search',
    arrange: () => {
      vi.mocked(watchForAnswers).mockImplementation(boom('The answer watcher'));
      return {};
    },
    act: (field) => {
      type(field, CODE);
      clickSearch(field);
    },
    heard: ['input', 'click'],
    says: /The answer watcher broke/,
  },
  {
    name: 'watching for the answer throws after Enter',
    arrange: () => {
      vi.mocked(watchForAnswers).mockImplementation(boom('The answer watcher'));
      return {};
    },
    act: (field) => {
      type(field, CODE);
      pressEnter(field);
    },
    heard: ['input', 'keydown'],
    says: /The answer watcher broke/,
  },
];

beforeEach(() => {
  store = createPanelStore();
  session = new AbortController();
  timers = manualTimers();
  pageHeard = [];
  uncaught = [];
  window.addEventListener('error', onWindowError);
});
afterEach(() => {
  // Back to the real implementations for the next case.
  [scanPaste, formatCheck, watchForAnswers].forEach((spy) => vi.mocked(spy).mockReset());
  session.abort();
  window.removeEventListener('error', onWindowError);
  document.body.replaceChildren();
});

describe('every content-script handler is guarded', () => {
  it.each(CASES)('when $name, the panel shows the error and the page carries on', async (c) => {
    start(c.arrange());
    const field = pageField();
    expect(() => c.act(field)).not.toThrow();
    await settle();
    expect(store.getState().error).toMatch(c.says);
    expect(uncaught).toEqual([]);
    expect(pageHeard).toEqual(c.heard);
  });

  it('waits for the background’s verdict when a check in the page throws', async () => {
    vi.mocked(formatCheck).mockImplementation(boom('The format check'));
    const verdict = {
      id: 'format',
      status: 'pass',
      message: 'Looks like a whole Spark code',
      fix: '',
    };
    start({
      send: (async (kind: string) =>
        kind === 'preflight'
          ? {
              items: [{ code: CODE, inInventory: false, endsAt: null, results: [verdict] }],
              summary: '1 ready',
              liveEnabled: false,
            }
          : quietBackground(kind as never, {} as never)) as CallBackground,
    });
    const field = pageField();
    expect(() => type(field, CODE)).not.toThrow();
    expect(store.getState().rows[0]?.checks.find((c) => c.id === 'format')?.status).toBe('pending');
    await settle();
    expect(store.getState().rows[0]?.checks).toEqual([verdict]);
    expect(uncaught).toEqual([]);
    expect(pageHeard).toEqual(['input']);
  });

  it('works normally when nothing throws', async () => {
    start();
    const field = pageField();
    type(field, CODE);
    await settle();
    expect(store.getState().rows.map((r) => r.code)).toEqual([CODE]);
    expect(store.getState().error).toBeUndefined();
  });
});
