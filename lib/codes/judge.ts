/**
 * Decides what a read attempt is: a code, a fragment the buyer must hear about, or nothing
 * (a hashtag, a colour, a word).
 */
import { REASON, foreignCharactersReason } from './messages';
import { MAX_BODY_LENGTH, MAX_PADDING, MIN_BODY_LENGTH } from './patterns';
import { looksLikeCode, looksLikeCutOffCode } from './randomness';

export type Verdict =
  | { kind: 'code'; core: string; padding: number }
  | { kind: 'reject'; reason: string }
  | { kind: 'none' };

export interface Attempt {
  body: string;
  foreign: readonly string[];
  misplacedPadding: boolean;
  ellipsisAfter: boolean;
  /** The attempt may be the first half of a code split across two lines. */
  splitAtLineBreak?: boolean;
}

const NONE: Verdict = { kind: 'none' };

export function judgeAttempt(attempt: Attempt): Verdict {
  const core = withoutPadding(attempt.body);
  const padding = attempt.body.length - core.length;
  const { ellipsisAfter } = attempt;
  if (attempt.foreign.length > 0) {
    return reject(foreignCharactersReason(attempt.foreign), core, padding, ellipsisAfter);
  }
  if (attempt.misplacedPadding) {
    return reject(REASON.misplacedPadding, core, padding, ellipsisAfter);
  }
  if (padding > MAX_PADDING) {
    return reject(REASON.tooMuchPadding, core, padding, ellipsisAfter);
  }
  if (core.length < MIN_BODY_LENGTH) {
    return looksLikeCutOffCode(core, padding, ellipsisAfter)
      ? { kind: 'reject', reason: REASON.tooShort }
      : NONE;
  }
  if (core.length > MAX_BODY_LENGTH) {
    // The start of an overlong run says enough about its rhythm; reading all of it would not.
    const sample = core.slice(0, 2 * MAX_BODY_LENGTH);
    return looksLikeCode(sample, padding) ? { kind: 'reject', reason: REASON.tooLong } : NONE;
  }
  if (!looksLikeCode(core, padding)) return NONE;
  // Half a code must never be offered as one: the buyer would try it and fail.
  return attempt.splitAtLineBreak
    ? { kind: 'reject', reason: REASON.splitAcrossLines }
    : { kind: 'code', core, padding };
}

/** The body with every `=` left out; usually they are all at its end, and a slice will do. */
function withoutPadding(body: string): string {
  let end = body.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,UpdateOperator: a shortcut; wherever it stops, an `=` left before that sends the body to the line after next, which gives the same
  while (end > 0 && body.charCodeAt(end - 1) === EQUALS) end--;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,StringLiteral: a shortcut; with no `=` left inside, the line below gives the same
  if (body.lastIndexOf('=', end - 1) < 0) return body.slice(0, end);
  return body.replaceAll('=', '');
}

const EQUALS = 0x3d;

/** A broken attempt, reported for `reason` if it resembles a code at all. */
function reject(reason: string, core: string, padding: number, ellipsisAfter: boolean): Verdict {
  return resemblesCode(core, padding, ellipsisAfter) ? { kind: 'reject', reason } : NONE;
}

/** Whether a broken attempt is worth telling the buyer about rather than a hashtag or a word. */
function resemblesCode(core: string, padding: number, ellipsisAfter: boolean): boolean {
  if (core.length >= MIN_BODY_LENGTH)
    return looksLikeCode(core.slice(0, 2 * MAX_BODY_LENGTH), padding);
  return looksLikeCutOffCode(core, padding, ellipsisAfter);
}
