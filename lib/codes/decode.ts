/**
 * Reads a paste one visible unit at a time, undoing the encodings codes arrive in: URL escapes
 * (`%2B`), HTML entities (`&#43;`, `&plus;`) and `<wbr>` break hints, JSON string escapes (`\/`,
 * `\u002B`, `\n`) and, in email source, quoted-printable (`=3D`, and `=` ending a line to say it
 * goes on). Every unit keeps its end offset in the original text so a cleaned code can always
 * point back at exactly what the buyer pasted.
 */
import { isInvisibleCodePoint, isLineBreakCode, isNoBreakSpaceCodePoint } from './patterns';

/** How a character was written in the paste. */
export type Encoding = 'plain' | 'url' | 'html' | 'json' | 'quotedPrintable';

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
  | { readonly kind: 'lineBreak'; readonly end: number; readonly encoding?: Encoding };

const END: Unit = { kind: 'end' };
const PERCENT = 0x25;
const AMPERSAND = 0x26;
const CR = 0x0d;
const LF = 0x0a;
const BACKSLASH = 0x5c;
const LESS_THAN = 0x3c;
const EQUALS = 0x3d;

export function readUnit(text: string, i: number): Unit {
  if (i >= text.length) return END;
  const c = text.charCodeAt(i);
  if (c === PERCENT) {
    const decoded = decodePercent(text, i);
    if (decoded) return unitFor(decoded.codePoint, decoded.end, 'url');
  } else if (c === AMPERSAND) {
    const decoded = decodeEntity(text, i);
    if (decoded) return unitFor(decoded.codePoint, decoded.end, 'html');
  } else if (c === BACKSLASH) {
    const escaped = readJsonEscape(text, i);
    if (escaped) return escaped;
  } else if (c === LESS_THAN) {
    const end = wordBreakTagEnd(text, i);
    if (end > i) return { kind: 'invisible', end, encoding: 'html' };
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
    // Stryker disable next-line ConditionalExpression,EqualityOperator: -1 and 0 fail the continuation-byte test too
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
  // Stryker disable next-line ConditionalExpression: with a bad first digit, high * 16 + low is negative anyway
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

function hexValue(c: number): number {
  // Stryker disable next-line ConditionalExpression: below "0", c - 0x30 is negative, which callers read as not a digit
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

function utf8ContinuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  // Stryker disable next-line ConditionalExpression: leads below 0xe0 left above, or decode as overlong and are refused
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

const SEMICOLON = 0x3b;
const NUMBER_SIGN = 0x23;
const MAX_DECIMAL_DIGITS = 7;
const MAX_HEX_DIGITS = 6;
const MAX_NAME_LENGTH = 32;

/**
 * The entity at `i`: `&#` and up to seven digits, `&#x` and up to six hex digits, or `&`, a name
 * of two to 32 letters and digits starting with a letter; each ending in `;`. Read by character
 * code, without a regular expression, because every `&` in a code attempt is asked about and a
 * match would allocate its captures.
 */
export function decodeEntity(text: string, i: number): Decoded | null {
  if (text.charCodeAt(i) !== AMPERSAND) return null;
  if (text.charCodeAt(i + 1) === NUMBER_SIGN) {
    const hex = (text.charCodeAt(i + 2) | 0x20) === 0x78; // `x` or `X`
    const digitsStart = hex ? i + 3 : i + 2;
    const radix = hex ? 16 : 10;
    let codePoint = 0;
    let end = digitsStart;
    for (;;) {
      const digit = hex ? hexValue(text.charCodeAt(end)) : decimalValue(text.charCodeAt(end));
      if (digit < 0) break;
      codePoint = codePoint * radix + digit;
      end++;
    }
    const digits = end - digitsStart;
    const maxDigits = hex ? MAX_HEX_DIGITS : MAX_DECIMAL_DIGITS;
    if (digits === 0 || digits > maxDigits || text.charCodeAt(end) !== SEMICOLON) return null;
    return isEncodableCodePoint(codePoint) ? { codePoint, end: end + 1 } : null;
  }
  let end = i + 1;
  // Stryker disable next-line ConditionalExpression: a shortcut; no name in the table starts otherwise
  if (!isAsciiLetter(text.charCodeAt(end))) return null;
  while (isAsciiLetter(text.charCodeAt(end)) || decimalValue(text.charCodeAt(end)) >= 0) end++;
  // Stryker disable next-line ArithmeticOperator: a shortcut, as below
  const length = end - i - 1;
  if (text.charCodeAt(end) !== SEMICOLON) return null;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; no name in the table is shorter or longer
  if (length < 2 || length > MAX_NAME_LENGTH) return null;
  const name = text.slice(i + 1, end);
  const codePoint = Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
  // Stryker disable next-line ConditionalExpression: isEncodableCodePoint refuses undefined too
  if (codePoint === undefined || !isEncodableCodePoint(codePoint)) return null;
  return { codePoint, end: end + 1 };
}

function decimalValue(c: number): number {
  // Stryker disable next-line ConditionalExpression: below "0", c - 0x30 is negative, which callers read as not a digit
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}

function isAsciiLetter(c: number): boolean {
  // Setting the 0x20 bit folds capitals onto lower-case letters and nothing else onto them.
  const folded = c | 0x20;
  return folded >= 0x61 && folded <= 0x7a;
}

function isEncodableCodePoint(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}

/**
 * One escape of a JSON string: `\/`, `\"`, `\\`, `\t`, `\uXXXX` (a surrogate pair as one
 * character) and `\n`, `\r`, `\r\n` as a line break. Anything else after a backslash is not an
 * escape, and the backslash reads as itself.
 */
function readJsonEscape(text: string, i: number): Unit | null {
  const next = text.charAt(i + 1);
  switch (next) {
    case '/':
    case '"':
    case '\\':
      return { kind: 'char', ch: next, end: i + 2, encoding: 'json' };
    case 't':
      return { kind: 'char', ch: '\t', end: i + 2, encoding: 'json' };
    case 'n':
      return { kind: 'lineBreak', end: i + 2, encoding: 'json' };
    case 'r':
      return {
        kind: 'lineBreak',
        end: text.startsWith('\\n', i + 2) ? i + 4 : i + 2,
        encoding: 'json',
      };
    case 'u': {
      const unit = hex4(text, i + 2);
      // `\u0000` is no character anyone pastes into a code.
      if (unit <= 0 || (unit >= 0xdc00 && unit <= 0xdfff)) return null;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // Stryker disable next-line UnaryOperator: any value outside the low surrogates refuses the pair
        const low = text.startsWith('\\u', i + 6) ? hex4(text, i + 8) : -1;
        if (low < 0xdc00 || low > 0xdfff) return null;
        const cp = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        return unitFor(cp, i + 12, 'json');
      }
      return unitFor(unit, i + 6, 'json');
    }
    // Stryker disable next-line ConditionalExpression: without a default, the switch gives undefined, read alike
    default:
      return null;
  }
}

function hex4(text: string, i: number): number {
  let value = 0;
  for (let k = 0; k < 4; k++) {
    const digit = hexValue(text.charCodeAt(i + k));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// `<wbr>` tells a browser where it may wrap a long word; web pages and emails put it inside codes.
const WORD_BREAK_TAG = /<wbr\s*\/?>/iy;

export function wordBreakTagEnd(text: string, i: number): number {
  WORD_BREAK_TAG.lastIndex = i;
  return WORD_BREAK_TAG.test(text) ? WORD_BREAK_TAG.lastIndex : i;
}

/**
 * In quoted-printable email source: `=XX` (upper-case hex) stands for a byte, and an `=` at the
 * end of a line says the line goes on (a soft line break, read as invisible). Null when the `=`
 * at `i` is neither, so it reads as padding.
 */
export function readQuotedPrintable(text: string, i: number): Unit | null {
  if (text.charCodeAt(i) !== EQUALS) return null;
  const next = text.charCodeAt(i + 1);
  if (next === LF) return { kind: 'invisible', end: i + 2, encoding: 'quotedPrintable' };
  if (next === CR) {
    const end = text.charCodeAt(i + 2) === LF ? i + 3 : i + 2;
    return { kind: 'invisible', end, encoding: 'quotedPrintable' };
  }
  const high = upperHexValue(next);
  const low = upperHexValue(text.charCodeAt(i + 2));
  if (high < 0 || low < 0) return null;
  const byte = high * 16 + low;
  // Bytes above ASCII start a UTF-8 sequence; none of them is part of a code.
  return byte < 0x80 ? unitFor(byte, i + 3, 'quotedPrintable') : null;
}

function upperHexValue(c: number): number {
  return c >= 0x61 ? -1 : hexValue(c);
}

/**
 * Whether a paste is email source in quoted-printable, where `=` starts an escape. Such source
 * writes every `=` as `=3D` (in HTML attributes, and in any padded code), which nothing else
 * does; the header saying so is not looked for, as finding it costs as much as a whole scan.
 */
export function isQuotedPrintable(text: string): boolean {
  return text.includes('=3D');
}
