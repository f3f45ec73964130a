/**
 * Runs inside an extension page (bundled and injected by tests/bench/page-script.ts), so both imports hit
 * the real Chromium IndexedDB of the extension's origin, through the same Dexie and repository
 * code the extension ships.
 */
// Must stay the first import; see the module.
import './zod-jitless';
import Dexie from 'dexie';
import { SparkDatabase, openDatabase } from '../../../lib/db/database';
import { systemClock } from '../../../lib/clock';
import { addCodes, type IncomingCode } from '../../../lib/db/repository';
import type { CodeRecord } from '../../../lib/records/schema';
import { createDraftStore } from '../../../lib/settings/add-draft';
import type { StorageAreaLike } from '../../../lib/settings/store';
import { generateValidCodes } from '../../mock-api/fixtures';
import { DB_BENCH_GLOBAL, type DbBenchApi } from './api';

let incoming: IncomingCode[] = [];

async function openFresh(name: string): Promise<SparkDatabase> {
  await Dexie.delete(name);
  const db = new SparkDatabase(name);
  await db.open();
  return db;
}

async function storedCount(db: SparkDatabase): Promise<number> {
  return db.codes.count();
}

function checkStored(stored: number): void {
  if (stored !== incoming.length) {
    throw new Error(`Stored ${stored} codes, expected ${incoming.length}`);
  }
}

const api: DbBenchApi = {
  prepare(count, seed) {
    incoming = generateValidCodes(count, seed).map((code) => ({ code, raw: code }));
    return incoming.length;
  },

  async importWithRepository(name) {
    const db = await openFresh(name);
    const start = performance.now();
    await addCodes(db, incoming, {}, systemClock);
    const ms = performance.now() - start;
    checkStored(await storedCount(db));
    db.close();
    return ms;
  },

  async importWithRawPuts(name) {
    const db = await openFresh(name);
    // Same object store, key path and indexes as the repository writes to.
    const idb = db.backendDB();
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('codes', 'readwrite');
      const store = tx.objectStore('codes');
      const now = Date.now();
      for (const { code, raw } of incoming) {
        const record: CodeRecord = {
          code,
          raw,
          extractionWarnings: [],
          status: 'new',
          addedAt: now,
          updatedAt: now,
        };
        store.put(record);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const ms = performance.now() - start;
    checkStored(await storedCount(db));
    db.close();
    return ms;
  },

  async deleteDatabase(name) {
    await Dexie.delete(name);
  },

  async seedInventory() {
    const db = openDatabase();
    const { added } = await addCodes(db, incoming, {}, systemClock);
    db.close();
    return added.length;
  },

  async clearDraft() {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: StorageAreaLike } } };
    await createDraftStore(chrome.storage.local).clear();
  },
};

Object.assign(globalThis, { [DB_BENCH_GLOBAL]: api });
