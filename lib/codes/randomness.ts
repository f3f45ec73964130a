/**
 * Telling a random base64 code from a hashtag made of words.
 *
 * Both can be long and mix upper case, lower case and digits (`#TikTokMadeMeBuyItChallenge2026`).
 * What differs is rhythm: a hashtag is a few word-shaped pieces (`Tik`, `Tok`, `Made`, `2026`)
 * averaging three or more characters with the digits in one or two groups, while random base64
 * breaks into pieces averaging under two characters with digits scattered all over. Measured on
 * random strings, fewer than 1 in 10,000 real 64-character codes read as words.
 */

/** What {@link rhythmOf} measures; the pieces are those of `/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g`. */
export interface Rhythm {
  hasUpper: boolean;
  hasLower: boolean;
  hasDigit: boolean;
  /** Average length of the word-shaped pieces. */
  averagePiece: number;
  digitGroups: number;
  /** A `+` or `/` appears. */
  hasSymbol: boolean;
}

// Character classes for measuring rhythm.
const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const SYMBOL = 4;
const CLASS_COUNT = 5;

const RHYTHM_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x41 && c <= 0x5a) RHYTHM_CLASS[c] = UPPER;
  else if (c >= 0x61 && c <= 0x7a) RHYTHM_CLASS[c] = LOWER;
  else if (c >= 0x30 && c <= 0x39) RHYTHM_CLASS[c] = DIGIT;
  else if (c === 0x2b || c === 0x2f) RHYTHM_CLASS[c] = SYMBOL;
}

function classOf(c: number): number {
  // Stryker disable next-line EqualityOperator: only base64 is measured, and U+0080 never is
  return c < 128 ? (RHYTHM_CLASS[c] as number) : OTHER;
}

const STARTS_PIECE = 1;
const STARTS_DIGIT_GROUP = 2;

// What a character of one class starts, given the classes before and after it: a piece, and a
// group of digits. A capital starts a piece unless it continues a run of capitals, and the last
// capital of a run opens the word after it (`ABCNews` is `ABC`, `News`); a lower-case letter
// continues any letters before it (`Tok`). Looked up rather than branched on, because random
// base64 changes class at almost every character, which no branch predictor follows.
const STARTS = new Uint8Array(CLASS_COUNT ** 3);
for (let before = 0; before < CLASS_COUNT; before++) {
  for (let at = 0; at < CLASS_COUNT; at++) {
    for (let after = 0; after < CLASS_COUNT; after++) {
      let starts = 0;
      if (at === LOWER && before !== UPPER && before !== LOWER) starts = STARTS_PIECE;
      if (at === UPPER && (before !== UPPER || after === LOWER)) starts = STARTS_PIECE;
      if (at === DIGIT && before !== DIGIT) starts = STARTS_PIECE | STARTS_DIGIT_GROUP;
      STARTS[(before * CLASS_COUNT + at) * CLASS_COUNT + after] = starts;
    }
  }
}

// Every `#` in a paste is judged, most of them hashtags, so measuring must not allocate: one
// record is reused, and callers read it before measuring again.
const scratch: Rhythm = {
  hasUpper: false,
  hasLower: false,
  hasDigit: false,
  averagePiece: 0,
  digitGroups: 0,
  hasSymbol: false,
};

/**
 * The rhythm of `text` from `from` to `to`. The result is shared and valid only until the next
 * call.
 */
export function rhythmOf(text: string, from = 0, to = text.length): Readonly<Rhythm> {
  let pieces = 0;
  // Every letter and digit belongs to exactly one piece.
  let piecesLength = 0;
  let digitGroups = 0;
  let seen = 0;
  let before = OTHER;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: over an empty range the loop never reads the first class
  let at = from < to ? classOf(text.charCodeAt(from)) : OTHER;
  // Stryker disable next-line EqualityOperator: one step more meets only the `OTHER` after the end, which starts nothing
  for (let i = from; i < to; i++) {
    const after = i + 1 < to ? classOf(text.charCodeAt(i + 1)) : OTHER;
    const starts = STARTS[(before * CLASS_COUNT + at) * CLASS_COUNT + after] as number;
    pieces += starts & STARTS_PIECE;
    digitGroups += starts >> 1;
    if (at !== OTHER && at !== SYMBOL) piecesLength++;
    seen |= 1 << at;
    before = at;
    at = after;
  }
  scratch.hasUpper = (seen & (1 << UPPER)) !== 0;
  scratch.hasLower = (seen & (1 << LOWER)) !== 0;
  scratch.hasDigit = digitGroups > 0;
  scratch.averagePiece = pieces === 0 ? 0 : piecesLength / pieces;
  scratch.digitGroups = digitGroups;
  scratch.hasSymbol = (seen & (1 << SYMBOL)) !== 0;
  return scratch;
}

/** Whether a `+` or `/` appears in `text` from `from` to `to`. */
// Stryker disable all: a shortcut for looksLikeCutOffCodeIn, whose rules below decide these short
// fragments the same; the character at `to` is never base64 there
function hasSymbolIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (classOf(text.charCodeAt(i)) === SYMBOL) return true;
  }
  return false;
}
// Stryker restore all

const BOTH_CASES = (1 << UPPER) | (1 << LOWER);

/** Whether `text` from `from` to `to` has both a capital and a lower-case letter. */
function hasBothCases(text: string, from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to; i++) {
    seen |= 1 << classOf(text.charCodeAt(i));
    // Random base64 has both within a few characters; the rest need not be read.
    if ((seen & BOTH_CASES) === BOTH_CASES) return true;
  }
  return false;
}

function readsAsWords(r: Readonly<Rhythm>): boolean {
  return r.averagePiece >= 3 && r.digitGroups <= 2;
}

function characterClasses(r: Readonly<Rhythm>): number {
  return Number(r.hasUpper) + Number(r.hasLower) + Number(r.hasDigit) + Number(r.hasSymbol);
}

/**
 * Whether base64 characters (padding removed) look like a Spark code rather than words.
 * Padding settles it: a hashtag never ends in `=`.
 */
export function looksLikeCode(core: string, padding: number): boolean {
  return looksLikeCodeIn(core, 0, core.length, padding);
}

/** {@link looksLikeCode} for `text` from `from` to `to`, without cutting it out. */
export function looksLikeCodeIn(text: string, from: number, to: number, padding: number): boolean {
  if (padding > 0) return hasBothCases(text, from, to);
  // Random base64 shows both cases and a third group of digits within a few dozen characters,
  // which settles it: such text never reads as words. Only the rest are measured in full.
  // Stryker disable next-line ConditionalExpression: a shortcut; the rhythm below decides the same
  if (hasBothCasesAndDigitGroups(text, from, to)) return true;
  const r = rhythmOf(text, from, to);
  return r.hasUpper && r.hasLower && !readsAsWords(r);
}

/**
 * Whether `text` from `from` to `to` has a capital, a lower-case letter and more than two groups of
 * digits, read only as far as it takes to find them.
 */
// Stryker disable all: a shortcut for looksLikeCodeIn, whose full rhythm says the same of any text
// this says yes to, and decides the rest; its callers' `to` is the end or a character that is no
// digit
function hasBothCasesAndDigitGroups(text: string, from: number, to: number): boolean {
  let seen = 0;
  let digitGroups = 0;
  let before = OTHER;
  for (let i = from; i < to; i++) {
    const at = classOf(text.charCodeAt(i));
    if (at === DIGIT && before !== DIGIT) digitGroups++;
    seen |= 1 << at;
    if (digitGroups > 2 && (seen & BOTH_CASES) === BOTH_CASES) return true;
    before = at;
  }
  return false;
}
// Stryker restore all

/**
 * Whether a fragment too short to be a code still looks like the start of one, so the buyer is
 * told about it instead of it vanishing. Short hashtags and colours (`#fyp`, `#A1B2C3`,
 * `#iPhone15ProMax`) must not qualify, so plain letters and digits need strong evidence.
 */
export function looksLikeCutOffCode(
  core: string,
  padding: number,
  ellipsisAfter: boolean,
): boolean {
  return looksLikeCutOffCodeIn(core, 0, core.length, padding, ellipsisAfter);
}

/** {@link looksLikeCutOffCode} for `text` from `from` to `to`, without cutting it out. */
export function looksLikeCutOffCodeIn(
  text: string,
  from: number,
  to: number,
  padding: number,
  ellipsisAfter: boolean,
): boolean {
  const length = to - from;
  if (length < 4) return false;
  // The shortest fragment any rule below accepts: most hashtags end here, unmeasured.
  // Stryker disable next-line ConditionalExpression: a shortcut; every rule below without padding asks for six characters or more
  if (padding === 0 && length < 6) return false;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; without padding, an ellipsis or a `+` or `/`, the last rule below asks for twelve characters or more
  if (padding === 0 && !ellipsisAfter && length < 12 && !hasSymbolIn(text, from, to)) return false;
  const r = rhythmOf(text, from, to);
  if (padding > 0) return characterClasses(r) >= 2;
  const mixedCase = r.hasUpper && r.hasLower;
  if (r.hasSymbol) {
    // Stryker disable next-line ConditionalExpression: fewer than six without padding has returned above
    return length >= 6 && characterClasses(r) >= 3 && !readsAsWords(r);
  }
  // Stryker disable next-line ConditionalExpression: fewer than six without padding has returned above
  if (ellipsisAfter) return length >= 6 && mixedCase && !readsAsWords(r);
  // Stryker disable next-line ConditionalExpression: fewer than twelve with no padding, ellipsis or symbol has returned above
  return length >= 12 && mixedCase && r.hasDigit && r.digitGroups >= 2 && r.averagePiece < 2.5;
}

// Short words people write on the line after a code ("ok", "thx"): never the tail of a code.
const SHORT_MESSAGE_WORDS = new Set(
  'a i ok so and the for to is it in on at by of or my me we you pls plz thx ty hi hey yes no via fyi lmk btw'.split(
    ' ',
  ),
);

/**
 * Whether a line's first token reads as an ordinary word (`Thanks`, `and`, `2026`) rather than
 * the wrapped tail of a code.
 */
export function isPlainWord(token: string): boolean {
  if (SHORT_MESSAGE_WORDS.has(token.toLowerCase())) return true;
  // Stryker disable next-line Regex: the pattern below checks the whole token again
  if (token.length < 4 && !/^[0-9]{2,}$/.test(token)) return false;
  return /^(?:[A-Z]?[a-z]+|[A-Z]+|[0-9]+)$/.test(token);
}

/** A word of up to three letters, such as one that opens a sentence ("Let", "Can", "A"). */
export function isShortWord(token: string): boolean {
  return /^(?:[A-Z]?[a-z]{1,3}|[A-Z])$/.test(token);
}
