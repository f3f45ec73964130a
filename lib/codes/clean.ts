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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: declining only sends the attempt the long way, which reads it the same
  if (length < MIN_BODY_LENGTH || length > MAX_BODY_LENGTH) return -1;
  let end = runEnd;
  // Stryker disable next-line ConditionalExpression,UpdateOperator: as above; without its `=` counted, the attempt ends at no clean character
  while (isEqualsCode(text.charCodeAt(end))) end++;
  const padded = end > runEnd;
  // In quoted-printable, an `=` may be an escape.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as above
  if (padded && quotedPrintable) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: as above
  if (end - runEnd > MAX_PADDING) return -1;
  const after = text.charCodeAt(end);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as above; a base64 character after `=` ends no clean code either
  if (padded && isBase64Code(after)) return -1;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as above
  if (endsAttemptAt(text, end) || CLOSING_NON_ASCII.has(after)) return end;
  // A code at the end of a line goes on when the next line starts with what reads as its rest,
  // and may be cut in two when its length is not whole base64 blocks: either needs the full read.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: declining only sends the attempt the long way, which reads it the same
  if (after === LF || after === CR) {
    const withPadding = end - bodyStart;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: as above
    const wholeBlocks = withPadding % 4 === 0;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: as above
    return (padded && wholeBlocks) || nextLineStartsPlainly(text, end) ? end : -1;
  }
  return -1;
}

/**
 * Whether a plain attempt that reached `i` ends there whatever follows, as
 * {@link endsPlainAttempt} says, except before a `<wbr>`, which a code may carry on across.
 */
// Stryker disable next-line BlockStatement: a plain attempt judged not to end here goes the long way, which reads it the same
export function endsAttemptAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: as above
  return endsPlainAttempt(c) && !(c === LESS_THAN && wordBreakTagEnd(text, i) > i);
}

/** Whether the line after the break at `at` starts with nothing a code could go on with. */
// Stryker disable next-line BlockStatement: declining only sends the attempt the long way, which reads it the same
function nextLineStartsPlainly(text: string, at: number): boolean {
  // Stryker disable next-line ArithmeticOperator: as above; before the break is the code's own last character
  const next = at + (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);
  const c = text.charCodeAt(next);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: declining only sends the attempt the long way, which reads it the same
  if (Number.isNaN(c)) return true;
  return (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above; the long way carries no code on across a character outside ASCII at a line's start
    c < 0x80 &&
    !isBase64Code(c) &&
    !isEqualsCode(c) &&
    c !== PERCENT &&
    c !== AMPERSAND &&
    c !== BACKSLASH &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above; nor across a `<` there
    c !== LESS_THAN
  );
}
