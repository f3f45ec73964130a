import { beforeEach, describe, expect, it } from 'vitest';
import { englishMessage } from '../lifecycle/english.testing';
import { checkBackup, exportBackup } from '../transfer/backup';
import { sampleCode } from '../transfer/sample-codes.testing';
import { DATABASE_NAME, openDatabase, type SparkDatabase } from './database';
import { fixedClock } from '../clock';
import { addCodes, historyOf, listCodes, setStatus, updateDetails } from './repository';
import { restoreInventory, type InventoryContents, type RestoreMode } from './restore';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');
const later = fixedClock(clock.now() + 60_000, 'UTC');
const [A, B, X] = [sampleCode(1), sampleCode(2), sampleCode(3)];

let db: SparkDatabase;
beforeEach(() => {
  db = openDatabase(`restore-${Math.random()}`);
});

type BackupJson = {
  data: {
    databaseName: string;
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
};

/** A real backup of `source`, named as the extension's own database is. */
async function backupOf(source: SparkDatabase): Promise<BackupJson> {
  const json = JSON.parse(await (await exportBackup(source)).text()) as BackupJson;
  json.data.databaseName = DATABASE_NAME;
  return json;
}

function checked(json: BackupJson): InventoryContents {
  const check = checkBackup(JSON.stringify(json), db.verno);
  if (!check.ok) throw new Error(englishMessage(check.problem.key, check.problem.values));
  return check.contents;
}

/** Everything a buyer does after a restore writes history; each must still succeed. */
async function inventoryStillWorks(target: SparkDatabase) {
  const fresh = sampleCode(40 + Math.floor(Math.random() * 1000));
  await addCodes(target, [{ code: fresh, raw: fresh }], {}, later);
  await setStatus(target, [fresh], 'applied', later);
  expect((await historyOf(target, fresh)).map((e) => e.type)).toEqual(['added', 'applied']);
}

describe('restoring history ids', () => {
  const HOSTILE_IDS = [2 ** 53, 2 ** 53 + 2 ** 20, Number.MAX_SAFE_INTEGER, 1e300];
  const cases = HOSTILE_IDS.flatMap((id) =>
    (['merge', 'replace'] as RestoreMode[]).map((mode) => [id, mode] as const),
  );

  it.each(cases)(
    'a file with history id %d (%s) leaves every later write working',
    async (id, mode) => {
      const source = openDatabase(`source-${Math.random()}`);
      await addCodes(source, [{ code: A, raw: A }], {}, clock);
      const json = await backupOf(source);
      const events = json.data.data.find((t) => t.tableName === 'events');
      events?.rows.forEach((row) => (row.id = id));

      await restoreInventory(db, checked(json), mode);
      await inventoryStillWorks(db);
      expect((await historyOf(db, A)).map((e) => e.type)).toEqual(['added']);
    },
  );

  it.each(['merge', 'replace'] as RestoreMode[])(
    'ignores ids handed straight to the %s write as well',
    async (mode) => {
      const contents: InventoryContents = {
        codes: [
          { code: A, raw: A, extractionWarnings: [], status: 'new', addedAt: 1, updatedAt: 1 },
        ],
        events: [{ id: 2 ** 53, code: A, type: 'added', at: 1 }],
        trash: [],
      };
      await restoreInventory(db, contents, mode);
      await inventoryStillWorks(db);
    },
  );
});

describe('merge and replace', () => {
  /** This browser: A (older copy) and X; the backup: A (edited later) and B. */
  async function setUp() {
    await addCodes(
      db,
      [
        { code: A, raw: A },
        { code: X, raw: X },
      ],
      { notes: 'here' },
      clock,
    );
    const source = openDatabase(`source-${Math.random()}`);
    await addCodes(
      source,
      [
        { code: A, raw: A },
        { code: B, raw: B },
      ],
      {},
      clock,
    );
    await updateDetails(source, A, { notes: 'from the backup' }, later);
    return checked(await backupOf(source));
  }

  it('merging adds, takes newer copies and keeps the rest; twice changes nothing more', async () => {
    const backup = await setUp();
    expect(await restoreInventory(db, backup, 'merge')).toEqual({
      added: 1,
      updated: 1,
      kept: 0,
      removed: 0,
    });
    const notes = Object.fromEntries(
      (await listCodes(db)).records.map((r) => [r.code, r.notes ?? null]),
    );
    expect(notes).toEqual({ [A]: 'from the backup', [B]: null, [X]: 'here' });
    const history = await db.events.count();

    expect(await restoreInventory(db, backup, 'merge')).toEqual({
      added: 0,
      updated: 0,
      kept: 2,
      removed: 0,
    });
    expect(await db.events.count()).toBe(history);
    await inventoryStillWorks(db);
  });

  it('replacing makes the inventory exactly the backup', async () => {
    const backup = await setUp();
    expect(await restoreInventory(db, backup, 'replace')).toEqual({
      added: 1,
      updated: 1,
      kept: 0,
      removed: 1,
    });
    expect((await listCodes(db)).records.map((r) => r.code).sort()).toEqual([A, B].sort());
    await inventoryStillWorks(db);
  });
});
