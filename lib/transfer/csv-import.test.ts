import { readableHead } from './csv-head.testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../clock';
import { applyImport } from '../db/bulk';
import { openDatabase, type SparkDatabase } from '../db/database';
import { addCodes, historyOf, listCodes, setStatus } from '../db/repository';
import type { CodeRecord } from '../records/schema';
import { englishMessage } from '../lifecycle/english.testing';
import { guessMapping } from './column-guess';
import { inventoryToCsv } from './csv-export';
import { readCsvRows } from './csv-reader';
import { previewImport } from './import-preview';
import { sampleCode } from './sample-codes.testing';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'Europe/Berlin');

async function readCsv(csv: string) {
  const head = await readableHead(csv);
  const mapping = guessMapping(head.firstRow, head.samples, 'dmy');
  return readCsvRows(csv, {
    mapping,
    columnName: (column) => head.firstRow[column] ?? `Column ${column + 1}`,
  });
}

async function importCsv(db: SparkDatabase, csv: string) {
  const { rows, rejected } = await readCsv(csv);
  const preview = await previewImport(db, rows, clock);
  const counts = await applyImport(db, rows, clock);
  return { rows, rejected, preview, counts };
}

/** The inventory as a buyer would compare it: codes, their details and status. */
function comparable(records: readonly CodeRecord[]) {
  return [...records]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({
      code: r.code,
      status: r.status,
      creatorHandle: r.creatorHandle,
      expectedPost: r.expectedPost,
      creatorRegion: r.creatorRegion,
      adAccountId: r.adAccountId,
      receivedOn: r.receivedOn,
      duration: r.duration,
      expiresOn: r.expiresOn,
      campaignEndsOn: r.campaignEndsOn,
      notes: r.notes,
      expiresAt: r.expiresAt,
    }));
}

let db: SparkDatabase;
beforeEach(() => {
  db = openDatabase(`import-${Math.random()}`);
});

describe('CSV import: bad rows', () => {
  it('lists each rejected row with its spreadsheet row number and reasons in plain words', async () => {
    const [a, b, c, d] = [sampleCode(1), sampleCode(2), sampleCode(3), sampleCode(4)];
    const csv = [
      'Spark code,Creator,Region,Ad account,Duration,Expires on,Status',
      `${a},@maya,US,7000000000000000001,30,2026-12-31,new`, // row 2: fine
      ',@nocode,US,,,,', // row 3
      `${b},@leo,United States,,,31/02/2026,`, // row 4
      `"${c} ${d}",@two,GB,,,,`, // row 5
      `${a},@again,US,,,,`, // row 6
      `${c},@sheet,US,7.00E+18,thirty,,done`, // row 7
      '#abc,@short,US,,,,', // row 8
      '', // row 9: blank lines are skipped, not rejected
      `'${d},@quoted,FR,,7,,`, // row 10: fine, leading quote dropped
    ].join('\n');
    const { rows, rejected } = await readCsv(csv);
    expect(rows.map((r) => [r.row, r.code])).toEqual([
      [2, a],
      [10, d],
    ]);
    const said = rejected.map((r) => [
      r.row,
      r.reasons.map((reason) => englishMessage(reason.key, reason.values)),
    ]);
    expect(said).toEqual([
      [3, ['The “Spark code” cell is empty']],
      [
        4,
        [
          '“United States” in “Region” is not a two-letter country code such as US or GB',
          '“31/02/2026” in “Expires on” is not a date we can read; write it like 2026-12-31',
        ],
      ],
      [5, ['The “Spark code” cell holds 2 different codes; put one code per row']],
      [6, ['Same code as row 2']],
      [
        7,
        [
          '“7.00E+18” in “Ad account” was shortened by a spreadsheet; format the column as text and export again',
          '“thirty” in “Duration” is not a number of days (7, 30, 60, 365) or “none”',
          '“done” in “Status” is not a status: use new, ready, applied, failed, expired or revoked',
        ],
      ],
      [8, ['“#abc” in “Spark code” is not a Spark code']],
    ]);
    expect(rejected.find((r) => r.row === 6)?.code).toBe(a);
  });

  it('names a row a spreadsheet cannot parse', async () => {
    const csv = `Spark code,Notes\n${sampleCode(1)},"never closed\n${sampleCode(2)},fine`;
    const { rows, rejected } = await readCsv(csv);
    expect(rows).toHaveLength(0);
    expect(rejected.map((r) => [r.row, r.reasons[0]?.key])).toEqual([
      [2, 'import_reject_unclosedQuote'],
    ]);
  });
});

describe('CSV import: writing', () => {
  it('previews and applies adds, updates and unchanged rows the same way', async () => {
    const [a, b, c] = [sampleCode(1), sampleCode(2), sampleCode(3)];
    await addCodes(db, [{ code: a, raw: a }], { creatorHandle: 'maya', notes: 'keep me' }, clock);
    await addCodes(db, [{ code: b, raw: b }], { creatorHandle: 'leo' }, clock);
    const csv = ['Spark code,Creator,Notes', `${a},maya_new,`, `${b},leo,`, `${c},zoe,hi`].join(
      '\n',
    );
    const { preview, counts } = await importCsv(db, csv);
    expect(preview.added.map((e) => e.row.code)).toEqual([c]);
    expect(preview.updated.map((e) => [e.row.code, e.changed])).toEqual([[a, ['creatorHandle']]]);
    expect(preview.unchanged.map((e) => e.row.code)).toEqual([b]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const { records } = await listCodes(db);
    const stored = new Map(records.map((r) => [r.code, r]));
    // A blank cell keeps what the buyer had.
    expect(stored.get(a)).toMatchObject({ creatorHandle: 'maya_new', notes: 'keep me' });
    expect(stored.get(c)).toMatchObject({ creatorHandle: 'zoe', notes: 'hi', status: 'new' });
  });

  it('keeps nothing of an import that fails part-way', async () => {
    await addCodes(db, [{ code: sampleCode(0), raw: sampleCode(0) }], {}, clock);
    const lines = ['Spark code'];
    for (let i = 1; i <= 5000; i++) lines.push(sampleCode(i));
    const { rows } = await readCsv(lines.join('\n'));
    let writes = 0;
    const original = db.codes.bulkAdd.bind(db.codes);
    vi.spyOn(db.codes, 'bulkAdd').mockImplementation(((...args: Parameters<typeof original>) => {
      if (++writes === 2) throw new Error('disk full');
      return original(...args);
    }) as typeof original);
    await expect(applyImport(db, rows, clock)).rejects.toThrow('disk full');
    expect(await db.codes.count()).toBe(1);
  });

  it('gives back the same inventory after export and import', async () => {
    const codes = Array.from({ length: 6 }, (_, i) => sampleCode(100 + i));
    const incoming = (i: number) => [{ code: codes[i] ?? '', raw: codes[i] ?? '' }];
    await addCodes(
      db,
      incoming(0),
      {
        creatorHandle: 'maya',
        expectedPost: 'https://www.tiktok.com/@maya/video/7300000000000000001',
        creatorRegion: 'US',
        adAccountId: '7000000000000000001',
        receivedOn: '2026-11-20',
        duration: 30,
      },
      clock,
    );
    await addCodes(
      db,
      incoming(1),
      {
        creatorHandle: 'léa_ü',
        expiresOn: '2026-12-31',
        campaignEndsOn: '2027-01-15',
        notes: '=HYPERLINK("x")',
      },
      clock,
    );
    await addCodes(
      db,
      incoming(2),
      { duration: 'none', notes: '\'quoted, "really"\nsecond line' },
      clock,
    );
    await addCodes(db, incoming(3), { notes: '-5', creatorRegion: 'GB' }, clock);
    await addCodes(
      db,
      incoming(4),
      { notes: '@mention', receivedOn: '2026-02-28', duration: 7 },
      clock,
    );
    await addCodes(db, incoming(5), {}, clock);
    await setStatus(db, [codes[0] ?? ''], 'applied', clock);
    await setStatus(db, [codes[3] ?? ''], 'revoked', clock);
    const before = (await listCodes(db)).records;

    const csv = inventoryToCsv(before);
    const fresh = openDatabase(`import-copy-${Math.random()}`);
    const { rejected, counts } = await importCsv(fresh, csv);
    expect(rejected).toEqual([]);
    expect(counts.added).toBe(6);
    expect(comparable((await listCodes(fresh)).records)).toEqual(comparable(before));
  });
});

describe('CSV import at scale', () => {
  it('imports 100,000 rows in one go', { timeout: 600_000 }, async () => {
    const lines = ['Spark code,Creator,Ad account,Expires on'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `${sampleCode(i)},creator${i % 500},70000000000000000${i % 7},2027-01-${String((i % 28) + 1).padStart(2, '0')}`,
      );
    }
    const shares: number[] = [];
    const head = await readableHead(lines.join('\n'));
    const mapping = guessMapping(head.firstRow, head.samples, 'dmy');
    const { rows, rejected } = await readCsvRows(lines.join('\n'), {
      mapping,
      columnName: (column) => head.firstRow[column] ?? '',
      onProgress: (share) => shares.push(share),
    });
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(100_000);
    expect(shares.length).toBeGreaterThan(2);
    expect(shares.at(-1)).toBe(1);

    const saved: number[] = [];
    const counts = await applyImport(db, rows, clock, (done) => saved.push(done));
    expect(counts).toEqual({ added: 100_000, updated: 0, unchanged: 0 });
    expect(saved.at(-1)).toBe(100_000);
    expect(await db.codes.count()).toBe(100_000);
    // One run event holds the history of every code the file added.
    expect(await db.events.count()).toBe(1);
    expect((await historyOf(db, sampleCode(99_999))).map((e) => e.type)).toEqual(['added']);
    const sample = await db.codes.get(sampleCode(99_999));
    expect(sample).toMatchObject({ creatorHandle: 'creator499', expiresOn: '2027-01-12' });
  });
});
