import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerPanelServices } from './register-panel-services';
import { CODE_A, closeTestDatabases, found, testDeps } from './test-deps';

const EXTENSION_ID = 'panel-test-extension';

type RootListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (reply: unknown) => void,
) => boolean;

let listeners: RootListener[];
let stop: () => void;

/** Delivers a message the way Chrome would, and waits for the reply. */
function deliver(type: string, data: unknown, senderId = EXTENSION_ID) {
  return new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
    for (const listener of listeners) {
      listener({ id: 1, type, data, timestamp: Date.now() }, { id: senderId }, (reply) =>
        resolve(reply as never),
      );
    }
  });
}

beforeEach(() => {
  listeners = [];
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: {
        addListener: (listener: RootListener) => listeners.push(listener),
        removeListener: (listener: RootListener) => {
          listeners = listeners.filter((l) => l !== listener);
        },
      },
    },
  });
  stop = registerPanelServices(testDeps(fakeBrowser.storage.local), EXTENSION_ID);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  closeTestDatabases();
});

describe('registerPanelServices', () => {
  it('answers the panel’s messages', async () => {
    const reply = await deliver('preflight', { codes: [found(CODE_A)] });
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ items: [{ code: CODE_A, inInventory: false }] });
    expect((await deliver('getPanelPrefs', { path: '/x' })).res).toEqual({
      side: 'right',
      collapsed: false,
      disabledHere: false,
    });
  });

  it('refuses messages from anyone but this extension', async () => {
    const reply = await deliver(
      'addFromPage',
      { items: [{ code: CODE_A, raw: CODE_A, warnings: [] }] },
      'other',
    );
    expect(reply.err?.message).toMatch(/Refused addFromPage from outside/);
  });

  it('refuses malformed requests before they reach the inventory', async () => {
    const reply = await deliver('recordOutcome', { code: CODE_A, outcome: 'deleted-everything' });
    expect(reply.err?.message).toMatch(/Refused malformed recordOutcome/);
  });

  it('stops answering once stopped', () => {
    stop();
    expect(listeners).toEqual([]);
  });
});
