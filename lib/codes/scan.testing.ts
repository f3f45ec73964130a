/**
 * Test oracle only: the scan as it was before it learned to skip prose, reading every character
 * and every code attempt the long way. scan.ts must find exactly what this finds; the property
 * tests in scan-shortcuts.test.ts compare the two. It shares the readers (read.ts, bare.ts,
 * decode.ts) and the recording steps (scan-steps.ts) with scan.ts, so it checks the shortcuts,
 * not how attempts are cleaned or recorded.
 */
import { readBareRun } from './bare';
import { endsAttemptAt } from './clean';
import { isQuotedPrintable } from './decode';
import { REASON } from './messages';
import { MAX_BODY_LENGTH, MIN_BODY_LENGTH, hashGluedBefore, isBase64Code } from './patterns';
import { looksLikeCutOffCodeIn } from './randomness';
import { isEllipsisAt, readCandidate } from './read';
import {
  AMPERSAND,
  FoundCodes,
  HASH,
  PERCENT,
  endOfBase64Run,
  endsAtOnce,
  hashAnchorAt,
  recordBare,
  recordCandidate,
} from './scan-steps';
import type { PasteScan, RejectedFragment } from './types';

export function scanEveryCharacter(text: string): PasteScan {
  const found = new FoundCodes(text);
  const rejected: RejectedFragment[] = [];
  // End of the previous attempt: a `#` right after one starts a new code even though it touches
  // the previous code's last character (`#abc...#def...`).
  let previousEnd = -1;
  // Email source in quoted-printable writes `=` as `=3D` and breaks long lines with `=`.
  const quotedPrintable = isQuotedPrintable(text);
  let i = 0;

  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBase64Code(c)) {
      // Words are base64 runs too; only runs of a code's length are worth a closer look.
      const runEnd = endOfBase64Run(text, i + 1);
      const length = runEnd - i;
      if (length < MIN_BODY_LENGTH || length > MAX_BODY_LENGTH) {
        i = runEnd;
        continue;
      }
      const run = readBareRun(text, i);
      if (run.code) recordBare(run.code, text, found, rejected);
      i = run.next;
      continue;
    }
    const anchor = c === HASH || c === PERCENT || c === AMPERSAND ? hashAnchorAt(text, i, c) : null;
    if (anchor) {
      if (i !== previousEnd && i > 0 && hashGluedBefore(text, i)) {
        // Part of a link (`page#section`) or a word: not a code.
        i = anchor.bodyStart;
        continue;
      }
      if (endsAtOnce(text.charCodeAt(anchor.bodyStart))) {
        // A lone `#` (a heading, `##`, `# 1`): nothing to read.
        previousEnd = anchor.bodyStart;
        i = anchor.bodyStart;
        continue;
      }
      const runEnd = endOfBase64Run(text, anchor.bodyStart);
      if (runEnd - anchor.bodyStart < MIN_BODY_LENGTH && endsAttemptAt(text, runEnd)) {
        // Most attempts are hashtags: a short run of plain base64 that nothing can carry on.
        // Judged where it lies, it reads as a cut-off code or as nothing, as a full read would.
        const ellipsisAfter = isEllipsisAt(text, runEnd);
        if (looksLikeCutOffCodeIn(text, anchor.bodyStart, runEnd, 0, ellipsisAfter)) {
          const raw = text.slice(i, runEnd);
          rejected.push({ raw, start: i, end: runEnd, reason: REASON.tooShort });
        }
        previousEnd = runEnd;
        i = runEnd;
        continue;
      }
      const candidate = readCandidate(text, i, anchor.bodyStart, anchor.encoding, quotedPrintable);
      recordCandidate(candidate, text, found, rejected);
      previousEnd = candidate.end;
      i = candidate.end;
    } else {
      i++;
    }
  }
  return { codes: found.list(), rejected };
}
