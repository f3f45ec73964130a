/**
 * Finds every Spark code in a paste, and every fragment that tries to be one but cannot be used.
 *
 * One forward pass: each character is looked at a bounded number of times (a code attempt reads
 * ahead only over characters it then consumes), so multi-megabyte pastes and inputs such as a
 * million `#` in a row stay linear. No regular expression runs over unbounded input.
 */
import { readBareRun } from './bare';
import { Base64Blobs } from './blobs';
import { cleanCodeEnd, endsAttemptAt } from './clean';
import { isQuotedPrintable } from './decode';
import { Landmarks } from './landmarks';
import { REASON } from './messages';
import { MAX_BODY_LENGTH, MIN_BODY_LENGTH, hashGluedBefore, isBase64Code } from './patterns';
import { looksLikeCodeIn, looksLikeCutOffCodeIn } from './randomness';
import { isEllipsisAt, readCandidate } from './read';
import {
  AMPERSAND,
  FoundCodes,
  HASH,
  PERCENT,
  endOfBase64Run,
  endsAtOnce,
  hashAnchorAt,
  isPlainHashAt,
  recordBare,
  recordCandidate,
} from './scan-steps';
import type { PasteScan, RejectedFragment } from './types';
import { warningsFor } from './warnings';

export function scanPaste(text: string): PasteScan {
  const found = new FoundCodes(text);
  const rejected: RejectedFragment[] = [];
  // Between landmarks there is only prose the loop would step over one character at a time.
  const landmarks = new Landmarks(text);
  // End of the previous attempt: a `#` right after one starts a new code even though it touches
  // the previous code's last character (`#abc...#def...`).
  let previousEnd = -1;
  // Made on first use: most pastes hold no base64 run of a code's length.
  let blobs: Base64Blobs | undefined;
  // Email source in quoted-printable writes `=` as `=3D` and breaks long lines with `=`.
  const quotedPrintable = isQuotedPrintable(text);
  let i = landmarks.next(0);

  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBase64Code(c)) {
      // Words are base64 runs too; only runs of a code's length are worth a closer look.
      const runEnd = endOfBase64Run(text, i + 1);
      const length = runEnd - i;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: a shortcut; readBareRun turns these lengths away too
      if (length < MIN_BODY_LENGTH || length > MAX_BODY_LENGTH) {
        i = landmarks.next(runEnd);
        continue;
      }
      // Stryker disable next-line AssignmentOperator: readBareRun makes its own when given none
      blobs ??= new Base64Blobs(text);
      const run = readBareRun(text, i, blobs);
      if (run.code) recordBare(run.code, text, found, rejected);
      i = run.next;
      continue;
    }
    // A plain `#` is by far the most common anchor: known without reading it as a unit.
    const plain = c === HASH && isPlainHashAt(text, i);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; hashAnchorAt finds no anchor at other characters, and at a plain # the plain anchor
    const encoded = !plain && (c === PERCENT || c === AMPERSAND) ? hashAnchorAt(text, i, c) : null;
    if (!plain && !encoded) {
      i = landmarks.next(i + 1);
      continue;
    }
    const bodyStart = encoded ? encoded.bodyStart : i + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: nothing is before the start, so nothing glues there either
    if (i !== previousEnd && i > 0 && hashGluedBefore(text, i)) {
      // Part of a link (`page#section`) or a word: not a code.
      i = bodyStart;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; the full read finds nothing there either
    if (endsAtOnce(text.charCodeAt(bodyStart))) {
      // A lone `#` (a heading, `##`, `# 1`): nothing to read.
      previousEnd = bodyStart;
      i = bodyStart;
      continue;
    }
    const runEnd = endOfBase64Run(text, bodyStart);
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator,BlockStatement: a shortcut; the full read judges these the same (scan.test.ts)
    if (runEnd - bodyStart < MIN_BODY_LENGTH && endsAttemptAt(text, runEnd)) {
      // Most attempts are hashtags: a short run of plain base64 that nothing can carry on.
      // Judged where it lies, it reads as a cut-off code or as nothing, as a full read would.
      const ellipsisAfter = isEllipsisAt(text, runEnd);
      if (looksLikeCutOffCodeIn(text, bodyStart, runEnd, 0, ellipsisAfter)) {
        const raw = text.slice(i, runEnd);
        rejected.push({ raw, start: i, end: runEnd, reason: REASON.tooShort });
      }
      previousEnd = runEnd;
      i = runEnd;
      continue;
    }
    // Stryker disable next-line ConditionalExpression: a shortcut; the full read finds the same clean code
    const cleanEnd = plain ? cleanCodeEnd(text, bodyStart, runEnd, quotedPrintable) : -1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut; the full read finds the same clean code
    if (cleanEnd >= 0) {
      recordClean(text, i, runEnd, cleanEnd, found);
      previousEnd = cleanEnd;
      i = cleanEnd;
      continue;
    }
    // Stryker disable next-line StringLiteral: the reader treats an unnamed encoding as plain
    const encoding = encoded ? encoded.encoding : 'plain';
    const candidate = readCandidate(text, i, bodyStart, encoding, quotedPrintable, runEnd);
    recordCandidate(candidate, text, found, rejected);
    previousEnd = candidate.end;
    i = candidate.end;
  }
  return { codes: found.list(), rejected };
}

/** A clean code from its `#` at `start`, its base64 up to `runEnd` and its padding up to `end`. */
function recordClean(
  text: string,
  start: number,
  runEnd: number,
  end: number,
  found: FoundCodes,
): void {
  const padding = end - runEnd;
  if (!looksLikeCodeIn(text, start + 1, runEnd, padding)) return;
  const warnings = warningsFor({
    coreLength: runEnd - start - 1,
    padding,
    cleaned: 0,
    ellipsisAfter: padding === 0 && isEllipsisAt(text, end),
    missingHash: false,
  });
  // Nothing was cleaned, so the code is exactly what was pasted.
  found.addPasted(start, end, warnings);
}
