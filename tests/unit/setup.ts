// fake-indexeddb must be installed before Dexie opens anything.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { englishMessage } from '../../lib/lifecycle/english.testing';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n; answer from the shipped English messages like Chrome would.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage);
});

afterEach(async () => {
  // Each test gets an empty database.
  const dbs = await indexedDB.databases();
  await Promise.all(
    dbs.map(
      (d) =>
        new Promise<void>((resolve) => {
          if (!d.name) return resolve();
          const req = indexedDB.deleteDatabase(d.name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
});
