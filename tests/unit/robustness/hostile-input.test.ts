import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../lib/clock';
import { scanPaste } from '../../../lib/codes/scan';
import { isSparkCode } from '../../../lib/codes/schema';
import { openDatabase } from '../../../lib/db/database';
import { addCodes, getCodes, listCodes } from '../../../lib/db/repository';
import { checkBackup } from '../../../lib/transfer/backup';
import type { ColumnMapping } from '../../../lib/transfer/column-guess';
import { readCsvRows } from '../../../lib/transfer/csv-reader';
import { sampleCode } from '../../../lib/transfer/sample-codes.testing';
import { seededRandom } from '../../mock-api/fixtures';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');
const [A, B, C, D] = [sampleCode(11), sampleCode(12), sampleCode(13), sampleCode(14)];

/** Any UTF-16 code units at all: NULs, controls, lone surrogates, private use. */
function binaryJunk(length: number, seed: number): string {
  const random = seededRandom(seed);
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = Math.floor(random() * 0x10000);
  let text = '';
  for (let i = 0; i < length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}

const CHAT_LINES = [
  'Hey! Here are this week’s codes, let me know if any fail 🙏',
  'Budget: $1,500/day — ROAS 3.1x #fyp #SummerSale2026 https://example.com/docs#intro',
  '<div style="color:#333">Creator: @someone &amp; friends&nbsp;— thanks!</div>',
];

/** About `megabytes` of chat with `codes` planted one per paragraph. */
function largeChat(megabytes: number, codes: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  const target = megabytes * 1024 * 1024;
  const perCode = Math.ceil(target / codes.length);
  for (const code of codes) {
    let paragraph = '';
    while (paragraph.length < perCode) {
      paragraph += `${CHAT_LINES[(size + paragraph.length) % CHAT_LINES.length]}\n`;
    }
    parts.push(paragraph, `Spark code: ${code}\r\n`);
    size += paragraph.length;
  }
  return parts.join('');
}

// Declaring the schema sets the version; nothing is opened.
const CURRENT_VERSION = openDatabase('version-probe').verno;

const TEN_MB_CODES = Array.from({ length: 500 }, (_, i) => sampleCode(1000 + i));

interface HostileCase {
  name: string;
  text: () => string;
  /** Codes that must be found in it. */
  planted: readonly string[];
}

const CASES: readonly HostileCase[] = [
  { name: 'an empty paste', text: () => '', planted: [] },
  { name: 'only whitespace', text: () => ' \t\r\n\u00a0\u2028'.repeat(1000), planted: [] },
  {
    name: 'a 10 MB paste',
    text: () => largeChat(10, TEN_MB_CODES),
    planted: TEN_MB_CODES,
  },
  {
    name: 'a megabyte of binary junk around codes',
    text: () => `${binaryJunk(500_000, 1)} ${A} ${binaryJunk(500_000, 2)}\n${B}\n`,
    planted: [A, B],
  },
  {
    name: 'emoji and right-to-left text',
    text: () =>
      [
        `مرحبا 👋🏽 الكود: ${A} شكرا جزيلا`,
        `\u202bשלום ${B}\u202c 🎉🎉🎉`,
        `\u202b${C}\u202c`,
        `👨‍👩‍👧‍👦 ${D}\u200f 🇺🇸🇬🇧`,
      ].join('\n'),
    planted: [A, B, C, D],
  },
  {
    name: 'lone surrogates next to and inside codes',
    text: () =>
      `\ud800${A}\udc00 \udfff\ud83d ${B}\ud83d ${C.slice(0, 30)}\ud800${C.slice(30)} \udc00`,
    planted: [A, B],
  },
  { name: 'a million #', text: () => '#'.repeat(1_000_000), planted: [] },
  { name: 'a million # glued to a code', text: () => `${'#'.repeat(1_000_000)}${A}`, planted: [A] },
  {
    name: 'nested quotes',
    text: () =>
      [`"""${A}"""`, `'"${B}"'`, `“‘${C}’”`, `"He said ""code: ${D}"" and left"`].join('\n'),
    planted: [A, B, C, D],
  },
];

const CODE_COLUMN_ONLY: ColumnMapping = {
  columns: { code: 0 },
  hasHeaderRow: false,
  dayMonthOrder: 'dmy',
};

/** A sheet whose code column holds a good code and whose notes hold the hostile text. */
function sheetAround(text: string): string {
  const quoted = `"${text.replaceAll('"', '""')}"`;
  return ['Spark code,Notes', `${A},${quoted}`, `${quoted},`].join('\r\n');
}

const NOTES_MAPPING: ColumnMapping = {
  columns: { code: 0, notes: 1 },
  hasHeaderRow: true,
  dayMonthOrder: 'dmy',
};

describe.each(CASES)('$name', ({ text: make, planted }) => {
  let text: string;
  beforeAll(() => {
    text = make();
  });

  it('is scanned without throwing, with every planted code found', () => {
    const scan = scanPaste(text);
    expect(scan.codes.map((c) => c.code)).toEqual(expect.arrayContaining([...planted]));
    for (const item of [...scan.codes, ...scan.rejected]) {
      expect(text.slice(item.start, item.end)).toBe(item.raw);
    }
    for (const found of scan.codes) expect(isSparkCode(found.code)).toBe(true);
  }, 60_000);

  it('adds what it holds to the inventory', async () => {
    const db = openDatabase(`hostile-${Math.random()}`);
    try {
      const scan = scanPaste(text);
      const incoming = scan.codes.map((c) => ({ code: c.code, raw: c.raw, warnings: c.warnings }));
      await addCodes(db, incoming, {}, clock);
      const stored = await getCodes(db, planted);
      expect([...stored.keys()].sort()).toEqual([...planted].sort());
      expect((await listCodes(db)).corrupt).toBe(0);
    } finally {
      db.close();
    }
  }, 60_000);

  it('is read as a CSV file without throwing', async () => {
    const read = await readCsvRows(text, { mapping: CODE_COLUMN_ONLY, columnName: () => 'Code' });
    for (const row of read.rows) expect(isSparkCode(row.code)).toBe(true);
    for (const row of read.rejected) expect(row.reasons.length).toBeGreaterThan(0);
  }, 60_000);

  it('is read as a CSV cell: notes kept beside a good code, a code cell judged', async () => {
    const read = await readCsvRows(sheetAround(text), {
      mapping: NOTES_MAPPING,
      columnName: (column) => ['Spark code', 'Notes'][column] ?? '',
    });
    const notesFit = text.trim().length <= 5000;
    if (notesFit) expect(read.rows.find((r) => r.row === 2)?.code).toBe(A);
    else
      expect(read.rejected.find((r) => r.row === 2)?.reasons[0]?.key).toBe('import_reject_tooLong');
    // The hostile text as a code: either it is exactly one code, or the row says why not.
    const asCode = [...read.rows, ...read.rejected].filter((r) => r.row === 3);
    expect(asCode.length).toBe(text.trim() === '' ? 0 : 1);
    for (const refused of read.rejected) expect(refused.reasons.length).toBeGreaterThan(0);
  }, 60_000);

  it('is refused as a backup with a reason', () => {
    const check = checkBackup(text, CURRENT_VERSION);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem.key).toMatch(/^backup_refuse_/);
  });
});
