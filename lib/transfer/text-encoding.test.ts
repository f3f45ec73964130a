import { describe, expect, it } from 'vitest';
import { readableHead } from './csv-head.testing';
import { readCsvHead, readCsvText } from './csv-reader';
import { sampleCode } from './sample-codes.testing';
import { decodeText, guessEncoding } from './text-encoding';

const CODE = sampleCode(1);
const SHEET = `Spark code\tCreator\tNotes\r\n${CODE}\t@zoë\tDéjà vu – 5 €\r\n`;

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
/** Windows-1252 by hand: Latin-1 for most letters, 0x80 for the euro sign, 0x96 for the en dash. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('reading a CSV in the encoding it was saved in', () => {
  it.each([
    ['UTF-8', utf8(SHEET), 'utf-8'],
    ['UTF-8 with a byte-order mark', join([0xef, 0xbb, 0xbf], utf8(SHEET)), 'utf-8'],
    [
      'UTF-16 LE with a mark (Excel “Unicode text”)',
      join([0xff, 0xfe], utf16(SHEET, true)),
      'utf-16le',
    ],
    ['UTF-16 BE with a mark', join([0xfe, 0xff], utf16(SHEET, false)), 'utf-16be'],
    ['UTF-16 LE without a mark', utf16(SHEET, true), 'utf-16le'],
    ['UTF-16 BE without a mark', utf16(SHEET, false), 'utf-16be'],
    ['Windows-1252', cp1252(SHEET), 'windows-1252'],
  ] as const)('%s', async (_name, bytes, encoding) => {
    const guess = guessEncoding(bytes);
    expect(guess).toEqual({ ok: true, encoding });
    expect(decodeText(bytes, encoding)).toEqual({ text: SHEET, encoding });

    const head = await readableHead(bytes);
    expect(head.encoding).toBe(encoding);
    expect(head.firstRow).toEqual(['Spark code', 'Creator', 'Notes']);
    expect(head.samples).toEqual([[CODE, '@zoë', 'Déjà vu – 5 €']]);
  });

  it('reads a file as Windows-1252 when it stops being UTF-8 after the part first looked at', async () => {
    const goodStart = utf8(`Spark code,Notes\n${`${CODE},fine\n`.repeat(6000)}`);
    expect(goodStart.length).toBeGreaterThan(256 * 1024);
    const bytes = join(goodStart, cp1252(`${sampleCode(2)},Zoë\n`));
    const head = await readableHead(bytes);
    expect(head.encoding).toBe('utf-8');
    const { text, encoding } = await readCsvText(new Blob([bytes]), head.encoding);
    expect(encoding).toBe('windows-1252');
    expect(text.endsWith(`${sampleCode(2)},Zoë\n`)).toBe(true);
  });

  it('reads a sheet with a stray control character in a cell as text', () => {
    const bytes = utf8(`${SHEET}${CODE}\t@ann\tline one\u000bline two\u0001\r\n`);
    expect(guessEncoding(bytes)).toEqual({ ok: true, encoding: 'utf-8' });
  });

  it('keeps a letter cut in two by the end of the part first looked at', () => {
    const bytes = utf8(`Notes\n${'é'.repeat(10)}`);
    // The slice ends in the middle of the last é: still UTF-8, not a reason to switch.
    expect(guessEncoding(bytes.subarray(0, bytes.length - 1))).toEqual({
      ok: true,
      encoding: 'utf-8',
    });
  });
});

describe('files that are not text are refused, saying why', () => {
  const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
  it.each([
    ['an .xlsx workbook', join([0x50, 0x4b, 0x03, 0x04], noise), 'import_refuse_spreadsheet'],
    [
      'an old .xls workbook',
      join([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], noise),
      'import_refuse_spreadsheet',
    ],
    ['a PNG image', join([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], noise), 'import_refuse_binary'],
    ['a PDF', join(utf8('%PDF-1.7\n'), noise), 'import_refuse_binary'],
    ['bytes with no signature', noise, 'import_refuse_binary'],
    [
      'text padded with NULs, as in a database file',
      utf8(`${CODE}${'\u0000'.repeat(20)}`.repeat(50)),
      'import_refuse_binary',
    ],
  ] as const)('%s', async (_name, bytes, key) => {
    expect(guessEncoding(bytes)).toEqual({ ok: false, problem: { key, values: [] } });
    const read = await readCsvHead(new Blob([bytes]));
    expect(read.ok ? 'read' : read.problem.key).toBe(key);
  });

  it('refuses a file far wider than a sheet of codes', async () => {
    const read = await readCsvHead(new Blob([`${'a,'.repeat(2000)}a\n`]));
    expect(read.ok ? 'read' : read.problem).toEqual({
      key: 'import_refuse_tooWide',
      values: ['2001', '500'],
    });
  });
});
