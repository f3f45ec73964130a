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

const PLUS = 0x2b;
const SLASH = 0x2f;

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

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
  let piecesLength = 0;
  let digitGroups = 0;
  let hasUpper = false;
  let hasLower = false;
  let hasSymbol = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const pieceStart = i;
    if (isLower(c)) {
      i++;
      while (i < to && isLower(text.charCodeAt(i))) i++;
      hasLower = true;
    } else if (isUpper(c)) {
      i++;
      while (i < to && isUpper(text.charCodeAt(i))) i++;
      hasUpper = true;
      if (i < to && isLower(text.charCodeAt(i))) {
        if (i - pieceStart === 1) {
          // One capital opens a word (`Tok`).
          i++;
          while (i < to && isLower(text.charCodeAt(i))) i++;
          hasLower = true;
          // Stryker disable next-line BlockStatement: where a run of capitals splits changes neither the count nor the total length of pieces
        } else {
          // The last capital of a run opens the next word (`ABCNews` is `ABC`, `News`).
          i--;
        }
      }
    } else if (isDigit(c)) {
      i++;
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      digitGroups++;
    } else {
      if (c === PLUS || c === SLASH) hasSymbol = true;
      i++;
      continue;
    }
    pieces++;
    piecesLength += i - pieceStart;
  }
  scratch.hasUpper = hasUpper;
  scratch.hasLower = hasLower;
  scratch.hasDigit = digitGroups > 0;
  scratch.averagePiece = pieces === 0 ? 0 : piecesLength / pieces;
  scratch.digitGroups = digitGroups;
  scratch.hasSymbol = hasSymbol;
  return scratch;
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
  const r = rhythmOf(text, from, to);
  return r.hasUpper && r.hasLower && (padding > 0 || !readsAsWords(r));
}

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
  const r = rhythmOf(text, from, to);
  if (padding > 0) return characterClasses(r) >= 2;
  const mixedCase = r.hasUpper && r.hasLower;
  if (r.hasSymbol) {
    // Stryker disable next-line ConditionalExpression: fewer than six without padding has returned above
    return length >= 6 && characterClasses(r) >= 3 && !readsAsWords(r);
  }
  // Stryker disable next-line ConditionalExpression: fewer than six without padding has returned above
  if (ellipsisAfter) return length >= 6 && mixedCase && !readsAsWords(r);
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
