import fc from 'fast-check';
import { fixedClock } from '../../../lib/clock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, openDatabase, type SparkDatabase } from '../../../lib/db/database';
import { addCodes, deleteCodes, setStatus } from '../../../lib/db/repository';
import { codeRecordSchema } from '../../../lib/records/schema';
import { englishMessage } from '../../../lib/lifecycle/english.testing';
import { checkBackup, exportBackup } from '../../../lib/transfer/backup';
import { sampleCode } from '../../../lib/transfer/sample-codes.testing';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');

let db: SparkDatabase;
let backup: string;

/** A real backup of a small inventory, named as the extension's own database is. */
beforeEach(async () => {
  db = openDatabase(`backup-robustness-${Math.random()}`);
  const codes = [sampleCode(1), sampleCode(2), sampleCode(3)];
  await addCodes(
    db,
    codes.map((code) => ({ code, raw: `"${code}"` })),
    { creatorHandle: 'maya', expiresOn: '2026-12-31' },
    clock,
  );
  await setStatus(db, [sampleCode(1)], 'applied', clock);
  await deleteCodes(db, [sampleCode(3)], clock);
  const json = JSON.parse(await (await exportBackup(db)).text()) as {
    data: { databaseName: string };
  };
  json.data.databaseName = DATABASE_NAME;
  backup = JSON.stringify(json);
});
afterEach(() => db.close());

function withData(change: (data: Record<string, unknown>) => void): string {
  const json = JSON.parse(backup) as { data: Record<string, unknown> };
  change(json.data);
  return JSON.stringify(json);
}

type Table = { tableName: string; inbound: boolean; rows: unknown[] };

describe('files that are not a usable backup are refused, saying why', () => {
  it.each([
    ['an empty file', () => '', 'backup_refuse_notJson'],
    ['binary junk', () => '\u0000\u00ff\ud800PK\u0003\u0004\uffff', 'backup_refuse_notJson'],
    ['JSON null', () => 'null', 'backup_refuse_notBackup'],
    ['a JSON list', () => '[1,2,3]', 'backup_refuse_notBackup'],
    ['a bare number', () => '42', 'backup_refuse_notBackup'],
    ['a CSV export', () => `Spark code,Status\r\n${sampleCode(1)},new`, 'backup_refuse_notJson'],
    [
      'a Dexie export without its data',
      () => withData((data) => delete data.data),
      'backup_refuse_notBackup',
    ],
    [
      'tables whose rows are kept apart from their keys',
      () =>
        withData((data) => {
          for (const table of data.data as Table[]) table.inbound = false;
        }),
      'backup_refuse_notBackup',
    ],
    [
      'a backup of another extension’s database',
      () => withData((data) => (data.databaseName = 'other-extension')),
      'backup_refuse_foreign',
    ],
    [
      'a backup from a newer version',
      () => withData((data) => (data.databaseVersion = 1000)),
      'backup_refuse_newer',
    ],
  ])('%s', (_name, file, key) => {
    const check = checkBackup(file(), db.verno);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem.key).toBe(key);
    expect(englishMessage(check.problem.key, check.problem.values)).not.toBe('');
  });

  it('lists rows that are not code records instead of restoring them', () => {
    const file = withData((data) => {
      const codes = (data.data as Table[]).find((t) => t.tableName === 'codes');
      codes?.rows.push('a string', null, 42, { code: sampleCode(9), status: 'new' });
    });
    const check = checkBackup(file, db.verno);
    if (!check.ok) throw new Error(check.problem.key);
    expect(check.contents.codes).toHaveLength(2);
    expect(check.rejected.map((r) => [r.row, r.reasons[0]?.key])).toEqual([
      [3, 'backup_reject_invalid'],
      [4, 'backup_reject_invalid'],
      [5, 'backup_reject_invalid'],
      [6, 'backup_reject_invalid'],
    ]);
    expect(check.rejected[3]?.code).toBe(sampleCode(9));
  });

  it('does not let a crafted row change how other objects behave', () => {
    const file = withData((data) => {
      const codes = (data.data as Table[]).find((t) => t.tableName === 'codes');
      const [first] = codes?.rows ?? [];
      codes?.rows.splice(
        0,
        1,
        JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(first).slice(1)}`),
      );
    });
    const check = checkBackup(file, db.verno);
    expect(check.ok).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('damaged and arbitrary files', () => {
  it('never throw, and whatever is accepted fits the schema', () => {
    const damaged = fc.oneof(
      fc.nat().map((at) => backup.slice(0, at % backup.length)),
      fc
        .tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }))
        .map(([at, junk]) => {
          const i = at % backup.length;
          return backup.slice(0, i) + junk + backup.slice(i + junk.length);
        }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    fc.assert(
      fc.property(damaged, (file) => {
        const check = checkBackup(file, db.verno);
        if (!check.ok) {
          expect(englishMessage(check.problem.key, check.problem.values)).not.toBe('');
          return;
        }
        for (const record of check.contents.codes) {
          expect(codeRecordSchema.safeParse(record).success).toBe(true);
        }
        for (const row of check.rejected) expect(row.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
