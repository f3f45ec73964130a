/**
 * Reads a paste one visible unit at a time, undoing the encodings codes arrive in: URL escapes
 * (`%2B`) and HTML entities (`&#43;`, `&plus;`). Every unit keeps its end offset in the original
 * text so a cleaned code can always point back at exactly what the buyer pasted.
 */
import { isInvisibleCodePoint, isLineBreakCode, isNoBreakSpaceCodePoint } from './patterns';

/** How a character was written in the paste. */
export type Encoding = 'plain' | 'url' | 'html';

export type Unit =
  | { readonly kind: 'end' }
  | {
      readonly kind: 'char';
      readonly ch: string;
      readonly end: number;
      readonly encoding: Encoding;
    }
  | { readonly kind: 'invisible'; readonly end: number; readonly encoding: Encoding }
  | { readonly kind: 'noBreakSpace'; readonly end: number; readonly encoding: Encoding }
  | { readonly kind: 'lineBreak'; readonly end: number };

const END: Unit = { kind: 'end' };
const PERCENT = 0x25;
const AMPERSAND = 0x26;
const CR = 0x0d;
const LF = 0x0a;

export function readUnit(text: string, i: number): Unit {
  if (i >= text.length) return END;
  const c = text.charCodeAt(i);
  if (c === PERCENT) {
    const decoded = decodePercent(text, i);
    if (decoded) return unitFor(decoded.codePoint, decoded.end, 'url');
  } else if (c === AMPERSAND) {
    const decoded = decodeEntity(text, i);
    if (decoded) return unitFor(decoded.codePoint, decoded.end, 'html');
  } else if (isLineBreakCode(c)) {
    const end = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    return { kind: 'lineBreak', end };
  }
  const cp = text.codePointAt(i) ?? c;
  return unitFor(cp, i + (cp > 0xffff ? 2 : 1), 'plain');
}

function unitFor(cp: number, end: number, encoding: Encoding): Unit {
  if (isInvisibleCodePoint(cp)) return { kind: 'invisible', end, encoding };
  if (isNoBreakSpaceCodePoint(cp)) return { kind: 'noBreakSpace', end, encoding };
  return { kind: 'char', ch: String.fromCodePoint(cp), end, encoding };
}

interface Decoded {
  codePoint: number;
  end: number;
}

/** One `%XX` escape, or a whole UTF-8 sequence of them (`%C2%A0`). */
export function decodePercent(text: string, i: number): Decoded | null {
  const lead = percentByte(text, i);
  if (lead < 0) return null;
  if (lead < 0x80) return { codePoint: lead, end: i + 3 };
  const extra = utf8ContinuationCount(lead);
  if (extra === 0) return null;
  let codePoint = lead & (0x3f >> extra);
  let end = i + 3;
  for (let k = 0; k < extra; k++) {
    const byte = percentByte(text, end);
    if (byte < 0 || (byte & 0xc0) !== 0x80) return null;
    codePoint = (codePoint << 6) | (byte & 0x3f);
    end += 3;
  }
  return isWellFormedUtf8(codePoint, extra) ? { codePoint, end } : null;
}

function percentByte(text: string, i: number): number {
  if (text.charCodeAt(i) !== PERCENT) return -1;
  const high = hexValue(text.charCodeAt(i + 1));
  const low = hexValue(text.charCodeAt(i + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

function utf8ContinuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

function isWellFormedUtf8(codePoint: number, extra: number): boolean {
  const smallest = [0, 0x80, 0x800, 0x10000][extra] ?? 0;
  const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  return codePoint >= smallest && codePoint <= 0x10ffff && !isSurrogate;
}

// Named entities an email or web page may put in or around a code. Unknown names are left as
// they are: the `&` then reads as an ordinary character.
const NAMED_ENTITIES: Readonly<Record<string, number>> = {
  amp: 0x26,
  lt: 0x3c,
  gt: 0x3e,
  quot: 0x22,
  apos: 0x27,
  nbsp: 0xa0,
  plus: 0x2b,
  sol: 0x2f,
  equals: 0x3d,
  num: 0x23,
  colon: 0x3a,
  comma: 0x2c,
  period: 0x2e,
  semi: 0x3b,
  excl: 0x21,
  quest: 0x3f,
  lpar: 0x28,
  rpar: 0x29,
  lowbar: 0x5f,
  hyphen: 0x2010,
  dash: 0x2010,
  ndash: 0x2013,
  mdash: 0x2014,
  hellip: 0x2026,
  lsquo: 0x2018,
  rsquo: 0x2019,
  ldquo: 0x201c,
  rdquo: 0x201d,
  laquo: 0xab,
  raquo: 0xbb,
  shy: 0xad,
  zwsp: 0x200b,
  ZeroWidthSpace: 0x200b,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  NoBreak: 0x2060,
  NonBreakingSpace: 0xa0,
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

export function decodeEntity(text: string, i: number): Decoded | null {
  ENTITY.lastIndex = i;
  const match = ENTITY.exec(text);
  if (!match) return null;
  const [whole, decimal, hex, name] = match;
  const codePoint =
    decimal !== undefined
      ? Number.parseInt(decimal, 10)
      : hex !== undefined
        ? Number.parseInt(hex, 16)
        : name !== undefined && Object.hasOwn(NAMED_ENTITIES, name)
          ? NAMED_ENTITIES[name]
          : undefined;
  if (codePoint === undefined || !isEncodableCodePoint(codePoint)) return null;
  return { codePoint, end: i + whole.length };
}

function isEncodableCodePoint(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}
