/**
 * The common case, read without the general machinery: a plain `#`, base64, at most two `=`,
 * then a character that ends the code whatever follows it (a space, a quote, a full stop). Such
 * an attempt reads the same as {@link readCandidate} would read it, with nothing cleaned, so the
 * scan can judge it straight from the text. Anything else (an encoded character, an invisible
 * one, a line break the code may go on across, glue, a letter outside ASCII, too much padding)
 * goes the long way.
 */
import { wordBreakTagEnd } from './decode';
import {
  MAX_BODY_LENGTH,
  MAX_PADDING,
  MIN_BODY_LENGTH,
  endsPlainAttempt,
  isBase64Code,
  isEqualsCode,
} from './patterns';

// Closing punctuation outside ASCII that chat apps and word processors put after a code; none
// of them can be read as part of one.
const CLOSING_NON_ASCII = new Set([0x201d, 0x2019, 0x00bb, 0x2026]);

const LF = 0x0a;
const CR = 0x0d;
const PERCENT = 0x25;
const AMPERSAND = 0x26;
const BACKSLASH = 0x5c;
const LESS_THAN = 0x3c;

/**
 * End of a clean code whose base64 starts at `bodyStart` and runs to `runEnd`, padding
 * included; -1 when the attempt needs the full read.
 */
export function cleanCodeEnd(
  text: string,
  bodyStart: number,
  runEnd: number,
  quotedPrintable: boolean,
): number {
  const length = runEnd - bodyStart;
  if (length < MIN_BODY_LENGTH || length > MAX_BODY_LENGTH) return -1;
  let end = runEnd;
  while (isEqualsCode(text.charCodeAt(end))) end++;
  const padded = end > runEnd;
  // In quoted-printable, an `=` may be an escape.
  if (padded && quotedPrintable) return -1;
  if (end - runEnd > MAX_PADDING) return -1;
  const after = text.charCodeAt(end);
  if (padded && isBase64Code(after)) return -1;
  if (endsAttemptAt(text, end) || CLOSING_NON_ASCII.has(after)) return end;
  // A code at the end of a line goes on when the next line starts with what reads as its rest,
  // and may be cut in two when its length is not whole base64 blocks: either needs the full read.
  if (after === LF || after === CR) {
    const wholeBlocks = (end - bodyStart) % 4 === 0;
    return (padded && wholeBlocks) || nextLineStartsPlainly(text, end) ? end : -1;
  }
  return -1;
}

/**
 * Whether a plain attempt that reached `i` ends there whatever follows, as
 * {@link endsPlainAttempt} says, except before a `<wbr>`, which a code may carry on across.
 */
export function endsAttemptAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return endsPlainAttempt(c) && !(c === LESS_THAN && wordBreakTagEnd(text, i) > i);
}

/** Whether the line after the break at `at` starts with nothing a code could go on with. */
function nextLineStartsPlainly(text: string, at: number): boolean {
  const next = at + (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);
  const c = text.charCodeAt(next);
  if (Number.isNaN(c)) return true;
  return (
    c < 0x80 &&
    !isBase64Code(c) &&
    !isEqualsCode(c) &&
    c !== PERCENT &&
    c !== AMPERSAND &&
    c !== BACKSLASH &&
    c !== LESS_THAN
  );
}
