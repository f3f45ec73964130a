/**
 * Shape limits and character classes for Spark codes.
 *
 * A Spark code is `#` followed by base64 characters (`A-Z a-z 0-9 + /`) and up to two `=` of
 * padding. TikTok does not publish a length; the codes seen so far carry about 40 to 100
 * characters after the `#`, so the limits below are generous on both sides.
 */

/** Fewest base64 characters after the `#` (padding not counted) that can be a whole code. */
export const MIN_BODY_LENGTH = 24;

/** Codes seen in the wild carry at least this many; fewer is accepted but flagged. */
export const USUAL_MIN_BODY_LENGTH = 40;

/** Most base64 characters after the `#`; a longer run is more likely two codes stuck together. */
export const MAX_BODY_LENGTH = 200;

/** Base64 never pads with more than two `=`. */
export const MAX_PADDING = 2;

/**
 * Invisible characters may pad a code's raw text, but not without limit: the raw text travels in
 * messages that cap its size.
 */
export const MAX_RAW_LENGTH = 2000;

const EQUALS = 0x3d;

// Classes of ASCII characters, looked up rather than compared because the scan asks about every
// character of a paste.
const BASE64_CLASS = 1;
const ENDS_PLAIN_ATTEMPT_CLASS = 2;

const ASCII_CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const base64 =
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b ||
    c === 0x2f;
  if (base64) ASCII_CLASSES[c] = BASE64_CLASS;
  // Padding, encoded characters, joinable line breaks and glue may all carry a code on.
  else if (!'=%&\n\r-_@$\\^*~'.includes(String.fromCharCode(c))) {
    ASCII_CLASSES[c] = ENDS_PLAIN_ATTEMPT_CLASS;
  }
}

export function isBase64Code(c: number): boolean {
  return (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the table every entry reads as no class
    c < 128 && (ASCII_CLASSES[c] as number) === BASE64_CLASS
  );
}

/**
 * Whether an attempt that reached this character (or the end, `NaN`) after plain base64 ends
 * right there, whatever follows: it can neither continue the code nor be read as part of it.
 */
export function endsPlainAttempt(c: number): boolean {
  return (
    Number.isNaN(c) ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the table every entry reads as no class
    (c < 128 && (ASCII_CLASSES[c] as number) === ENDS_PLAIN_ATTEMPT_CLASS)
  );
}

export function isBase64Char(ch: string): boolean {
  // Stryker disable next-line ConditionalExpression: callers pass one character, and a surrogate pair starts outside ASCII
  return ch.length === 1 && isBase64Code(ch.charCodeAt(0));
}

export function isEqualsCode(c: number): boolean {
  return c === EQUALS;
}

/** Zero-width, bidi and soft-hyphen characters: editors and chat apps slip them into long strings. */
export function isInvisibleCodePoint(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

export function isNoBreakSpaceCodePoint(cp: number): boolean {
  return cp === 0x00a0 || cp === 0x2007 || cp === 0x202f;
}

export function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const NON_ASCII_WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Letters, digits and marks outside ASCII: a code never contains them, a word does. */
export function isNonAsciiWordChar(ch: string): boolean {
  return NON_ASCII_WORD_CHAR.test(ch);
}

// A `#` touching one of these on its left is part of a link (`page#top`, `/#/route`) or a word.
// A table rather than a set: it is asked about the character before every `#` in a paste.
const GLUES_BEFORE_HASH = new Uint8Array(128);
for (const ch of '/_&%@+\\$') GLUES_BEFORE_HASH[ch.charCodeAt(0)] = 1;

const UNDERSCORE = 0x5f;
const ASTERISK = 0x2a;

/** Whether the `#` at `i` touches a link or a word on its left, so it cannot start a code. */
export function hashGluedBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c === UNDERSCORE) return !opensEmphasis(text, i - 1);
  return gluesBeforeHash(c);
}

function gluesBeforeHash(c: number): boolean {
  // Stryker disable next-line EqualityOperator: U+0080 is neither a word character nor glue either way
  if (c < 0x80) return isBase64Code(c) || GLUES_BEFORE_HASH[c] === 1;
  // Emoji are dressed with variation selectors and keycaps, which are marks but not words.
  if (isEmojiComponent(c)) return false;
  return isNonAsciiWordChar(String.fromCharCode(c));
}

/**
 * Markdown emphasis (`_#code_`, `*_#code_*`) opens with `_` or `*` after a space or the start; in
 * a word or a link (`snake_#tag`, `/_#/route`) the `_` glues.
 */
function opensEmphasis(text: string, at: number): boolean {
  let k = at;
  while (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: before the start charCodeAt is NaN, which ends the walk too
    k > 0 &&
    (text.charCodeAt(k - 1) === UNDERSCORE || text.charCodeAt(k - 1) === ASTERISK)
  ) {
    k--;
  }
  // Stryker disable next-line ConditionalExpression: at the start charCodeAt is NaN, which never glues either
  return k === 0 || !gluesBeforeHash(text.charCodeAt(k - 1));
}

/** Variation selectors, zero-width joiner and the keycap mark: parts of an emoji, not of a word. */
export function isEmojiComponent(c: number): boolean {
  return (
    (c >= 0xfe00 && c <= 0xfe0f) ||
    // Stryker disable next-line ConditionalExpression: the joiner is no word character either, so it never glues a # anyway
    c === 0x200d ||
    c === 0x20e3
  );
}

// Characters that, between two code characters, mean the buyer's token is one broken code
// (`abc_def`, `abc-def`) rather than a code followed by punctuation.
const INNER_GLUE = new Set('-_@$\\^*~%'.split('').map((ch) => ch.charCodeAt(0)));

export function isInnerGlue(ch: string): boolean {
  // Stryker disable next-line ConditionalExpression: callers pass one character, and a surrogate pair starts outside ASCII
  return ch.length === 1 && INNER_GLUE.has(ch.charCodeAt(0));
}

const CLOSING_PUNCTUATION = new Set('.,;!?)]}"\'`*\u201d\u2019\u00bb\u2026'.split(''));

/** Punctuation that may end a sentence or a cell right after a code. */
export function isClosingPunctuation(ch: string): boolean {
  return CLOSING_PUNCTUATION.has(ch);
}

const BARE_OPENERS = new Set('"\'`,;:(<[{>|*\u201c\u201d\u2018\u2019\u00ab'.split(''));

/** Whether a code written without its `#` may start right after this character. */
export function opensBareCode(ch: string): boolean {
  // Stryker disable next-line Regex: callers pass one character, so either anchor alone does
  return /^\s$/u.test(ch) || BARE_OPENERS.has(ch) || isInvisibleCodePoint(ch.charCodeAt(0));
}

export function isWhitespace(ch: string): boolean {
  // Stryker disable next-line Regex: callers pass one character, so either anchor alone does
  return /^\s$/u.test(ch);
}
