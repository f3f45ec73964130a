/** Plain-English notes and reasons shown to the buyer. */
import { MIN_BODY_LENGTH } from './patterns';

export const WARNING = {
  invisible: 'Removed invisible characters',
  lineBreak: 'Joined a line break inside the code',
  noBreakSpace: 'Removed a non-breaking space inside the code',
  url: 'Decoded a URL-encoded code',
  html: 'Decoded HTML characters (such as &#43; for +)',
  json: 'Decoded JSON escapes (such as \\/ for /)',
  quotedPrintable: 'Decoded email quoted-printable text (such as =3D for =)',
  missingHash: 'Added the missing # at the start',
  ellipsis: 'Looked truncated: it is followed by "…", so the end may be missing',
  paddingMisfit:
    'Looked truncated: its length does not fit the = at the end, so characters may be missing',
} as const;

export function shorterThanUsualWarning(bodyLength: number): string {
  return `Looked truncated: only ${bodyLength} characters after the #, fewer than Spark codes usually have`;
}

export const REASON = {
  tooShort: 'Too short to be a Spark code — it may be cut off',
  tooLong: 'Too long to be a Spark code — two codes may be stuck together',
  misplacedPadding: 'Has an = in the middle — a Spark code only has = at the end',
  tooMuchPadding: 'Ends with too many = — a Spark code has at most two',
  noHash: 'Looks like a Spark code but has no # at the start — add the # if it is one',
  splitAcrossLines:
    'Breaks off at the end of a line and the next line may hold the rest — paste the code on one line',
} as const;

export function foreignCharactersReason(characters: readonly string[]): string {
  return `Has characters a Spark code never contains: ${characters.map(showCharacter).join(', ')}`;
}

function showCharacter(ch: string): string {
  // Stryker disable next-line Regex: a foreign character is one code point, so the anchors change nothing
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)) return `"${ch}"`;
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const SCHEMA_MESSAGE = {
  shape: `A Spark code is # followed by at least ${MIN_BODY_LENGTH} base64 characters (A-Z, a-z, 0-9, + and /), sometimes ending in =`,
  words: 'Reads like a hashtag, not a Spark code',
} as const;
