import { explain, type Explanation } from '../translate';

/**
 * The encodings a sheet saved by a spreadsheet arrives in: UTF-8 (with or without a byte-order
 * mark), Excel's "Unicode text" (UTF-16, usually little-endian) and the Windows code page older
 * Excel and many CRMs write. Browsers read ISO-8859-1 as Windows-1252, so that covers Latin-1.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type EncodingGuess =
  { ok: true; encoding: TextEncodingName } | { ok: false; problem: Explanation };

/** Files that are not text, by their first bytes. Spreadsheets get their own advice. */
const SIGNATURES: {
  bytes: number[];
  problem: 'import_refuse_spreadsheet' | 'import_refuse_binary';
}[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], problem: 'import_refuse_spreadsheet' }, // .xlsx, .ods (zip)
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], problem: 'import_refuse_spreadsheet' }, // .xls
  { bytes: [0x25, 0x50, 0x44, 0x46], problem: 'import_refuse_binary' }, // PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47], problem: 'import_refuse_binary' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], problem: 'import_refuse_binary' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], problem: 'import_refuse_binary' }, // GIF
  { bytes: [0x1f, 0x8b], problem: 'import_refuse_binary' }, // gzip
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

function byteOrderMark(bytes: Uint8Array): TextEncodingName | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a mark: text in a Latin script has a zero in every other byte, on the high
 * side of each pair. Looks at the first few kilobytes only.
 */
function unmarkedUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Control characters a sheet does not hold: C0 below space except tab, line feed, CR, form feed
 * and vertical tab (FileMaker's line break in a cell), and the C1 block Windows-1252 leaves
 * undefined.
 */
function controlShare(text: string): number {
  let controls = 0;
  const length = Math.min(text.length, 65_536);
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x80 && c <= 0x9f)) controls++;
  }
  return length === 0 ? 0 : controls / length;
}

/**
 * Above this share of control characters a file is taken for binary, not a sheet with a few
 * odd cells: random or compressed bytes give about 13%, text close to none.
 */
const BINARY_SHARE = 0.05;

function isValidUtf8Start(head: Uint8Array): boolean {
  try {
    // `stream` lets a character cut in half at the end of the slice wait for the rest.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks the encoding of a CSV from its first bytes (a byte-order mark, the pattern of UTF-16,
 * or whether it is valid UTF-8), and refuses files that are not text at all.
 */
export function guessEncoding(head: Uint8Array): EncodingGuess {
  const signature = SIGNATURES.find((s) => startsWith(head, s.bytes));
  if (signature) return { ok: false, problem: explain(signature.problem) };
  const encoding =
    byteOrderMark(head) ??
    unmarkedUtf16(head) ??
    (isValidUtf8Start(head) ? 'utf-8' : 'windows-1252');
  const sample = new TextDecoder(encoding).decode(head, { stream: true });
  if (controlShare(sample) > BINARY_SHARE) {
    return { ok: false, problem: explain('import_refuse_binary') };
  }
  return { ok: true, encoding };
}

/**
 * Decodes a whole file in the guessed encoding, without its byte-order mark. A file that starts
 * as valid UTF-8 but is not, further on, is read as Windows-1252 instead, and says so.
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: TextEncodingName,
): { text: string; encoding: TextEncodingName } {
  if (encoding === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
    } catch {
      const bom = byteOrderMark(bytes) === 'utf-8' ? 3 : 0;
      return decodeText(bytes.subarray(bom), 'windows-1252');
    }
  }
  // TextDecoder drops a byte-order mark that matches its encoding.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
