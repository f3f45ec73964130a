import Dexie from 'dexie';
import { fixedClock } from '../clock';
import { beforeEach, describe, expect, it } from 'vitest';
import { replaceInventory } from '../db/bulk';
import { DATABASE_NAME, openDatabase, type SparkDatabase } from '../db/database';
import { addCodes, deleteCodes, historyOf, listCodes, setStatus } from '../db/repository';
import { englishMessage } from '../lifecycle/english.testing';
import { checkBackup, exportBackup, previewRestore } from './backup';
import { sampleCode } from './sample-codes.testing';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');
const [A, B, C] = [sampleCode(1), sampleCode(2), sampleCode(3)];

let db: SparkDatabase;
beforeEach(() => {
  db = openDatabase(`backup-${Math.random()}`);
});

/** Backups name the database they came from; the test databases carry random names. */
async function backupText(source: SparkDatabase): Promise<string> {
  const json = JSON.parse(await (await exportBackup(source)).text()) as {
    data: { databaseName: string };
  };
  json.data.databaseName = DATABASE_NAME;
  return JSON.stringify(json);
}

async function fill(target: SparkDatabase) {
  await addCodes(
    target,
    [{ code: A, raw: `"${A}"`, warnings: ['Removed quotes'] }],
    { creatorHandle: 'maya', expiresOn: '2026-12-31' },
    clock,
  );
  await addCodes(target, [{ code: B, raw: B }], { notes: 'n' }, clock);
  await addCodes(target, [{ code: C, raw: C }], {}, clock);
  await setStatus(target, [A], 'applied', clock);
  await deleteCodes(target, [C], clock);
}

describe('JSON backup', () => {
  it('restores exactly what was exported: codes, history and trash', async () => {
    await fill(db);
    const check = checkBackup(await backupText(db), db.verno);
    if (!check.ok) throw new Error(englishMessage(check.problem.key, check.problem.values));
    expect(check.rejected).toEqual([]);

    const target = openDatabase(`restore-${Math.random()}`);
    await addCodes(target, [{ code: sampleCode(9), raw: sampleCode(9) }], {}, clock);
    await addCodes(target, [{ code: B, raw: B }], { notes: 'other' }, clock);
    const preview = await previewRestore(target, check.contents.codes);
    expect(preview.added.map((r) => r.code)).toEqual([A]);
    expect(preview.replaced.map((r) => r.code)).toEqual([B]);
    expect(preview.removed).toEqual([sampleCode(9)]);

    await replaceInventory(target, check.contents);
    expect((await listCodes(target)).records).toEqual((await listCodes(db)).records);
    expect(await target.events.toArray()).toEqual(await db.events.toArray());
    expect(await target.trash.toArray()).toEqual(await db.trash.toArray());
    expect((await historyOf(target, A)).map((e) => e.type)).toEqual(['added', 'applied']);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length - 40), 'backup_refuse_notJson'],
    ['not JSON at all', () => 'Spark code,Creator\n#abc,maya', 'backup_refuse_notJson'],
    ['some other JSON', () => JSON.stringify({ codes: [] }), 'backup_refuse_notBackup'],
    [
      'from another database',
      (text: string) => text.replace(`"databaseName":"${DATABASE_NAME}"`, '"databaseName":"crm"'),
      'backup_refuse_foreign',
    ],
    [
      'from a newer version',
      (text: string) => text.replace(/"databaseVersion":\d+/, '"databaseVersion":99'),
      'backup_refuse_newer',
    ],
    [
      'without the code table',
      (text: string) => text.replace('"tableName":"codes"', '"tableName":"kodes"'),
      'backup_refuse_noCodes',
    ],
  ])('refuses a backup %s, saying why', async (_, damage, key) => {
    await fill(db);
    const check = checkBackup(damage(await backupText(db)), db.verno);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem.key).toBe(key);
    expect(englishMessage(check.problem.key, check.problem.values)).not.toBe('');
  });

  it('refuses the backup of another Dexie database by name', async () => {
    const other = new Dexie(`crm-${Math.random()}`);
    other.version(1).stores({ contacts: '++id' });
    await other.table('contacts').add({ name: 'x' });
    const text = await (await exportBackup(other as SparkDatabase)).text();
    const check = checkBackup(text, db.verno);
    expect(check.ok ? '' : englishMessage(check.problem.key, check.problem.values)).toMatch(
      /^This backup is of another database \(“crm-/,
    );
  });

  it('lists code rows that no longer fit, by position, and keeps the rest', async () => {
    await fill(db);
    const json = JSON.parse(await backupText(db)) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
    };
    const codes = json.data.data.find((t) => t.tableName === 'codes');
    codes?.rows.push({ code: '#broken', status: 'lost' }, { ...codes.rows[0] });
    const check = checkBackup(JSON.stringify(json), db.verno);
    if (!check.ok) throw new Error('refused');
    expect(check.contents.codes).toHaveLength(2);
    expect(check.rejected.map((r) => [r.row, r.code, r.reasons[0]?.key])).toEqual([
      [3, '#broken', 'backup_reject_invalid'],
      [4, codes?.rows[0]?.code, 'backup_reject_duplicate'],
    ]);
  });
});
