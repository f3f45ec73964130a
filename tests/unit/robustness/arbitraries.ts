/**
 * Generated input for the robustness properties: junk text of every kind, valid codes dressed
 * the way real pastes dress them, and fragments that must be reported. Each planted item is
 * separated from the junk by whitespace, so whatever the junk holds, the item's verdict cannot
 * depend on it: that is the property under test.
 */
import fc from 'fast-check';
import { scanPaste } from '../../../lib/codes/scan';
import { isSparkCode } from '../../../lib/codes/schema';
import { BASE64_ALPHABET } from '../../../lib/codes/test-support';

export const validCode = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET), minLength: 40, maxLength: 100 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([core, padding]) => `#${core}${'='.repeat(padding)}`)
  .filter(isSparkCode);

/** Every kind of text, including lone surrogates, control characters, emoji and RTL marks. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);

// Pieces that exercise every path of the scanner when strung together at random.
const CODEISH_PIECES = [
  '#',
  '##',
  '%23',
  '&#35;',
  '&num;',
  '&#43;',
  '&amp;',
  '%2B',
  '%',
  '&',
  '=',
  '===',
  'Ab',
  'x9',
  '+/',
  's63DdePaj9HjSv2BPcSr',
  'Spark code: ',
  'Code:',
  'base64,',
  'Thanks',
  ' ',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u200f',
  '\u202e',
  '-',
  '_',
  '…',
  '...',
  '"',
  '“',
  'é',
  'שלום',
  'مرحبا',
  '\ud800',
  '\udc00',
  '😀',
  '👍🏽',
  '\u0000',
];

export const codeishText = fc
  .array(fc.constantFrom(...CODEISH_PIECES), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

export const junk = fc.oneof(anyText, codeishText);

/** A planted item: the exact text put in the paste and what the scanner must say about it. */
export type Planted =
  { kind: 'code'; text: string; code: string } | { kind: 'fragment'; text: string; reason: string };

/** How buyers' pastes dress a code; each still reads as that one code. */
const dressedCode: fc.Arbitrary<Planted> = fc.oneof(
  validCode.map((code) => ({ kind: 'code' as const, text: code, code })),
  validCode.map((code) => ({ kind: 'code' as const, text: encodeURIComponent(code), code })),
  validCode.map((code) => ({
    kind: 'code' as const,
    text: code.replaceAll('+', '&#43;').replaceAll('/', '&#x2F;').replace('#', '&#35;'),
    code,
  })),
  fc
    .tuple(validCode, fc.nat(), fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff', '\u200f'))
    .map(([code, at, invisible]) => {
      const cut = 1 + (at % (code.length - 1));
      return {
        kind: 'code' as const,
        text: code.slice(0, cut) + invisible + code.slice(cut),
        code,
      };
    }),
);

const FOREIGN_CHARACTERS = ['_', '-', 'é', 'Ж', '\u0301', 'Ａ', 'ש'];

/** Ways a code gets broken; which reason the scanner gives is read from the fragment alone. */
const brokenWithHash = fc.oneof(
  // Cut off.
  fc
    .tuple(validCode, fc.integer({ min: 12, max: 23 }))
    .map(([code, length]) => code.slice(0, 1 + length)),
  // An = in the middle.
  fc.tuple(validCode, fc.integer({ min: 8, max: 30 })).map(([code, at]) => {
    const core = code.replace(/=+$/, '');
    return `${core.slice(0, at)}=${core.slice(at)}=`;
  }),
  // Too much padding.
  validCode.map((code) => `${code.replace(/=+$/, '')}===`),
  // A character no code contains.
  fc
    .tuple(validCode, fc.integer({ min: 8, max: 30 }), fc.constantFrom(...FOREIGN_CHARACTERS))
    .map(([code, at, ch]) => `${code.slice(0, at)}${ch}${code.slice(at)}`),
  // Codes run together.
  validCode.map((code) => `#${code.slice(1).replace(/=+$/, '').repeat(5)}`),
);

// Without its `#` and with no label before it, a code in a paste is reported, not taken.
const brokenCode = fc.oneof(
  brokenWithHash,
  validCode.map((code) => code.slice(1)),
);

/** Read on its own between spaces, as it will stand in the paste. */
function aloneVerdict(fragment: string): string | undefined {
  const scan = scanPaste(` ${fragment} `);
  const [only, ...more] = scan.rejected;
  if (scan.codes.length > 0 || !only || more.length > 0) return undefined;
  return only.raw === fragment ? only.reason : undefined;
}

function reported(fragments: fc.Arbitrary<string>) {
  return fragments
    .map((text) => ({ text, reason: aloneVerdict(text) }))
    .filter((f): f is { text: string; reason: string } => f.reason !== undefined)
    .map(({ text, reason }) => ({ kind: 'fragment' as const, text, reason }));
}

const reportedFragment: fc.Arbitrary<Planted> = reported(brokenCode);

/**
 * A broken code that is still broken when it stands alone in a cell (a cell missing only its
 * `#` is taken as the code, so that kind is left out).
 */
export const brokenCell = reported(brokenWithHash);

export const planted = fc.oneof(dressedCode, reportedFragment);

// Punctuation before an item keeps junk such as "Spark code:" from labelling a code written
// without its `#`; no line break right after an item, where a wrapped code would be joined.
const before = fc.constantFrom('. ', '\n. ', ' ( ', '\n" ', ' ;\t');
const after = fc.constantFrom(' ', ' .\n', '\t', ', ', ') ', '! ');

export interface PlantedPaste {
  text: string;
  /** Each planted item with where it starts in `text`. */
  items: (Planted & { start: number })[];
}

/** Junk with planted codes and fragments, each standing apart from the junk around it. */
export const plantedPaste: fc.Arbitrary<PlantedPaste> = fc
  .tuple(junk, fc.array(fc.tuple(before, planted, after, junk), { minLength: 1, maxLength: 6 }))
  .map(([head, parts]) => {
    let text = head;
    const items: PlantedPaste['items'] = [];
    for (const [open, item, close, tail] of parts) {
      text += open;
      items.push({ ...item, start: text.length });
      text += item.text + close + tail;
    }
    return { text, items };
  })
  .filter(({ items }) => {
    // The same code planted twice is one code, found at its first place.
    const codes = items.flatMap((i) => (i.kind === 'code' ? [i.code] : []));
    return new Set(codes).size === codes.length;
  });

/** One data row of a generated sheet: the code cell as written, and what reading it must give. */
export type SheetRow = (
  | { kind: 'good'; codeCell: string; code: string }
  | { kind: 'bad'; codeCell: string; reason?: string }
) & { notes: string; quoted: [code: boolean, notes: boolean] };

/** Ways a spreadsheet or a buyer writes a code in its cell. */
const goodCodeCell = validCode.chain((code) =>
  fc
    .constantFrom(
      code,
      `  ${code}  `,
      `'${code}`,
      `"${code}"`,
      `“${code}”`,
      code.slice(1),
      encodeURIComponent(code),
      `\u200b${code}\u200b`,
    )
    .map((codeCell) => ({ kind: 'good' as const, codeCell, code })),
);

/** Too few base64 characters to hold a code, however they are arranged. */
const notACode = anyText.filter(
  (text) => text.trim() !== '' && (text.match(/[A-Za-z0-9+/]/g) ?? []).length < 24,
);

const badCodeCell = fc.oneof(
  brokenCell.map((f) => ({ kind: 'bad' as const, codeCell: f.text, reason: f.reason })),
  notACode.map((codeCell) => ({ kind: 'bad' as const, codeCell })),
);

const notes = fc.oneof(
  anyText,
  fc.constantFrom('', '"quoted"', 'a, b, c', 'line one\nline two', '=1+1', '\'"\'"', ' '),
);

export const sheetRows: fc.Arbitrary<SheetRow[]> = fc
  .array(
    fc
      .tuple(fc.oneof(goodCodeCell, badCodeCell), notes, fc.boolean(), fc.boolean())
      .map(([cell, text, quoteCode, quoteNotes]): SheetRow => ({
        ...cell,
        notes: text,
        quoted: [quoteCode, quoteNotes],
      })),
    { minLength: 20, maxLength: 40 },
  )
  .filter((rows) => {
    // One code, one row: repeats are rejected by design and tested elsewhere.
    const codes = rows.flatMap((r) => (r.kind === 'good' ? [r.code] : []));
    return new Set(codes).size === codes.length;
  });

/** RFC 4180 cell: quoted when it must be, and sometimes when it need not be. */
function csvCell(value: string, quoteAnyway: boolean): string {
  return quoteAnyway || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const sheet = fc.tuple(sheetRows, fc.constantFrom('\n', '\r\n')).map(([rows, newline]) => {
  const lines = rows.map(
    (r) => `${csvCell(r.codeCell, r.quoted[0])},${csvCell(r.notes, r.quoted[1])}`,
  );
  return { rows, csv: ['Spark code,Notes', ...lines].join(newline) };
});
