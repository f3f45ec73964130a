import Dexie from 'dexie';
import { it, vi } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { addCodes, updateDetails } from '../../lib/db/repository';

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
it('layout', async () => {
  const db = openDatabase('scratch');
  await db.open();
  const idb = db.backendDB();
  console.log('native version', idb.version, [...idb.objectStoreNames]);
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
  for (const name of idb.objectStoreNames) {
    const s = tx.objectStore(name);
    console.log(name, JSON.stringify(s.keyPath), s.autoIncrement, [...s.indexNames].map((i) => { const x = s.index(i); return [x.name, x.keyPath, x.unique, x.multiEntry]; }));
  }
  await addCodes(db, [{ code: A, raw: A }], {}, { now: 1 });
  vi.spyOn(db.events, 'add').mockImplementation(() => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); });
  try { await updateDetails(db, A, { notes: 'x' }, { now: 2 }); } catch (e) { const err = e as any; console.log('quota:', err?.constructor?.name, err.name, err.message, err.inner?.name); }
  vi.restoreAllMocks();
  vi.spyOn(db.events, 'add').mockImplementation(() => { Dexie.currentTransaction!.abort(); return Promise.resolve(1); });
  try { await updateDetails(db, A, { notes: 'y' }, { now: 2 }); } catch (e) { const err = e as any; console.log('abort:', err?.constructor?.name, err.name, err.message, err.inner?.name); }
  console.log(await db.codes.get(A));
});
