/**
 * The common case, read without the general machinery: a plain `#`, base64, at most two `=`,
 * then a character that ends the code whatever follows it (a space, a quote, a full stop). Such
 * an attempt reads the same as {@link readCandidate} would read it, with nothing cleaned, so the
 * scan can judge it straight from the text. Anything else (an encoded character, an invisible
 * one, a line break, glue, a letter outside ASCII, too much padding) goes the long way.
 */
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

/**
 * End of a clean code whose base64 starts at `bodyStart` and runs to `runEnd`, padding
 * included; -1 when the attempt needs the full read.
 */
export function cleanCodeEnd(text: string, bodyStart: number, runEnd: number): number {
  const length = runEnd - bodyStart;
  if (length < MIN_BODY_LENGTH || length > MAX_BODY_LENGTH) return -1;
  let end = runEnd;
  while (isEqualsCode(text.charCodeAt(end))) end++;
  if (end - runEnd > MAX_PADDING) return -1;
  const after = text.charCodeAt(end);
  if (end > runEnd && isBase64Code(after)) return -1;
  if (endsPlainAttempt(after) || CLOSING_NON_ASCII.has(after)) return end;
  // A code at the end of a line: padded, it cannot go on; unpadded, it could only go on if the
  // next line starts with something that reads as its rest.
  if (after === LF || after === CR)
    return end > runEnd || nextLineStartsPlainly(text, end) ? end : -1;
  return -1;
}

const LF = 0x0a;
const CR = 0x0d;
const PERCENT = 0x25;
const AMPERSAND = 0x26;

/** Whether the line after the break at `at` starts with nothing a code could go on with. */
function nextLineStartsPlainly(text: string, at: number): boolean {
  const next = at + (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);
  const c = text.charCodeAt(next);
  if (Number.isNaN(c)) return true;
  return c < 0x80 && !isBase64Code(c) && !isEqualsCode(c) && c !== PERCENT && c !== AMPERSAND;
}
