import Dexie from 'dexie';
import { fixedClock } from '../../../lib/clock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImport, replaceInventory } from '../../../lib/db/bulk';
import { openDatabase, type SparkDatabase } from '../../../lib/db/database';
import {
  addCodes,
  deleteCodes,
  emptyTrash,
  markCopied,
  recordCheck,
  restoreStatuses,
  setStatus,
  undoDelete,
  updateDetails,
} from '../../../lib/db/repository';
import { InventoryWriteError } from '../../../lib/db/write-failure';
import { sampleCode } from '../../../lib/transfer/sample-codes.testing';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');
const later = fixedClock(clock.now() + 60_000);
const [A, B, C, TRASHED, NEW] = [1, 2, 3, 4, 5].map(sampleCode) as [
  string,
  string,
  string,
  string,
  string,
];

let db: SparkDatabase;

/** An inventory with details, statuses, history and trash: something to lose. */
beforeEach(async () => {
  db = openDatabase(`failed-writes-${Math.random()}`);
  await addCodes(
    db,
    [A, B, C, TRASHED].map((code) => ({ code, raw: code })),
    { creatorHandle: 'maya', expiresOn: '2026-12-31' },
    clock,
  );
  await setStatus(db, [A], 'applied', clock);
  await markCopied(db, [B], 'batch-1', clock);
  await deleteCodes(db, [TRASHED], clock);
});
afterEach(() => db.close());

async function everything(target: SparkDatabase) {
  return {
    codes: await target.codes.toArray(),
    events: await target.events.toArray(),
    trash: await target.trash.toArray(),
  };
}

type Method = (...args: unknown[]) => unknown;

interface Write {
  name: string;
  run: () => Promise<unknown>;
  /**
   * The object and method of the transaction's last write, so everything before it has to be
   * rolled back.
   */
  failing: () => [object, string];
}

const on = (table: 'codes' | 'events' | 'trash', method: string) => (): [object, string] => [
  db[table],
  method,
];

const WRITES: readonly Write[] = [
  {
    name: 'adding codes',
    run: () =>
      addCodes(
        db,
        [NEW, A].map((code) => ({ code, raw: code })),
        { notes: 'n' },
        later,
      ),
    failing: on('events', 'bulkAdd'),
  },
  {
    name: 'editing details',
    run: () => updateDetails(db, A, { notes: 'edited', expiresOn: '' }, later),
    failing: on('events', 'add'),
  },
  {
    name: 'changing status',
    run: () => setStatus(db, [A, B, C], 'failed', later, 'Ads Manager: expired'),
    failing: on('events', 'bulkAdd'),
  },
  {
    name: 'undoing a status change',
    run: () => restoreStatuses(db, [{ code: A, status: 'new' }], later),
    failing: on('events', 'add'),
  },
  {
    name: 'marking a batch copied',
    run: () => markCopied(db, [A, C], 'batch-2', later),
    failing: on('events', 'bulkAdd'),
  },
  {
    name: 'recording a check',
    run: () =>
      recordCheck(
        db,
        C,
        [{ id: 'expiry', status: 'fail', message: '', fix: '' }],
        undefined,
        later,
      ),
    failing: on('events', 'add'),
  },
  {
    name: 'deleting codes',
    run: () => deleteCodes(db, [A, B], later),
    failing: on('events', 'bulkAdd'),
  },
  {
    name: 'undoing a delete',
    run: () => undoDelete(db, [TRASHED], later),
    failing: on('events', 'bulkAdd'),
  },
  {
    name: 'emptying the trash',
    run: () => emptyTrash(db, later.now()),
    // Old trash goes through a query, not a table method.
    failing: () => [db.Collection.prototype, 'delete'],
  },
  {
    name: 'importing a file',
    run: () =>
      applyImport(
        db,
        [
          { row: 2, code: NEW, raw: NEW, warnings: [], details: {} },
          { row: 3, code: A, raw: A, warnings: [], details: { notes: 'from the sheet' } },
        ],
        later,
      ),
    failing: on('events', 'bulkAdd'),
  },
  {
    name: 'restoring a backup',
    run: async () => {
      const backup = {
        codes: await db.codes.toArray(),
        events: [],
        trash: await db.trash.toArray(),
      };
      return replaceInventory(db, backup);
    },
    failing: on('trash', 'bulkPut'),
  },
];

/** How the browser refuses a write, and what the buyer must be told. */
const FAILURES = [
  {
    name: 'the disk is full',
    fail: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    says: /no storage space left.*nothing was saved/s,
  },
  {
    name: 'the transaction aborts over quota',
    fail: () => {
      throw new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
    },
    says: /no storage space left.*nothing was saved/s,
  },
  {
    name: 'the transaction is aborted mid-way',
    fail: (original: () => unknown) => {
      Dexie.currentTransaction?.abort();
      return original();
    },
    says: /could not write to the inventory \(\w+\), so nothing was saved/,
  },
] as const;

/** Makes one write fail inside the transaction, as the browser would. */
function failOn(failing: Write['failing'], fail: (original: () => unknown) => unknown) {
  const [owner, method] = failing();
  const target = owner as Record<string, Method>;
  const original = target[method] as Method;
  vi.spyOn(target, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
    return fail(() => original.apply(this, args));
  });
}

describe.each(FAILURES)('when $name', ({ fail, says }) => {
  it.each(WRITES)('$name rejects, says why, and changes nothing', async (write) => {
    const before = await everything(db);
    failOn(write.failing, fail);
    const error = await write.run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InventoryWriteError);
    expect((error as Error).message).toMatch(says);
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
  });
});

describe('errors that are not the browser’s', () => {
  it('pass through unchanged', async () => {
    await expect(updateDetails(db, NEW, { notes: 'x' }, later)).rejects.toThrow(
      'That code is no longer in your inventory.',
    );
  });
});
