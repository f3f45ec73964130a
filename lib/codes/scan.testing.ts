/**
 * Test oracle only: the scan as it was before it learned to skip prose, reading every character
 * and every code attempt the long way. scan.ts must find exactly what this finds; the property
 * tests in scan-shortcuts.test.ts compare the two. It shares the readers (read.ts, bare.ts,
 * decode.ts) with scan.ts, so it checks the shortcuts, not how attempts are cleaned.
 */
import { readBareRun, type BareCode } from './bare';
import { endsAttemptAt } from './clean';
import { isQuotedPrintable, readUnit, type Encoding } from './decode';
import { judgeAttempt } from './judge';
import { REASON } from './messages';
import {
  MAX_BODY_LENGTH,
  MIN_BODY_LENGTH,
  hashGluedBefore,
  isBase64Code,
  isInnerGlue,
} from './patterns';
import { looksLikeCutOffCodeIn } from './randomness';
import { isEllipsisAt, readCandidate, type Candidate } from './read';
import type { FoundCode, PasteScan, RejectedFragment } from './types';
import { warningsFor } from './warnings';

const HASH = 0x23;
const PERCENT = 0x25;
const AMPERSAND = 0x26;
const EQUALS = 0x3d;

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

function endOfBase64Run(text: string, from: number): number {
  let end = from;
  while (isBase64Code(text.charCodeAt(end))) end++;
  return end;
}

/** Whether an attempt whose first character is `c` is over before it starts. */
function endsAtOnce(c: number): boolean {
  if (Number.isNaN(c)) return true;
  if (c >= 0x80 || isBase64Code(c) || c === EQUALS || c === AMPERSAND) return false;
  return !isInnerGlue(String.fromCharCode(c));
}

interface HashAnchor {
  bodyStart: number;
  encoding: Encoding;
}

/** A `#`, or `%23` / `&#35;` / `&num;` standing for one. */
function hashAnchorAt(text: string, i: number, c: number): HashAnchor | null {
  if (c === HASH) {
    return isInsideEntity(text, i) ? null : { bodyStart: i + 1, encoding: 'plain' };
  }
  if (c !== PERCENT && c !== AMPERSAND) return null;
  const unit = readUnit(text, i);
  if (unit.kind !== 'char' || unit.ch !== '#' || unit.encoding === 'plain') return null;
  return { bodyStart: unit.end, encoding: unit.encoding };
}

// The `#` of `&#43;` belongs to the entity, which stands for a single character.
function isInsideEntity(text: string, i: number): boolean {
  if (i === 0 || text.charCodeAt(i - 1) !== AMPERSAND) return false;
  const unit = readUnit(text, i - 1);
  return unit.kind === 'char' && unit.end > i;
}

function recordCandidate(
  candidate: Candidate,
  text: string,
  found: FoundCodes,
  rejected: RejectedFragment[],
): void {
  const verdict = judgeAttempt(candidate);
  const { start, end } = candidate;
  if (verdict.kind === 'reject') {
    rejected.push({ raw: text.slice(start, end), start, end, reason: verdict.reason });
  } else if (verdict.kind === 'code') {
    const warnings = warningsFor({
      core: verdict.core,
      padding: verdict.padding,
      cleaned: candidate.cleaned,
      ellipsisAfter: candidate.ellipsisAfter,
      missingHash: false,
    });
    found.add('#' + candidate.body, start, end, warnings);
  }
}

function recordBare(
  bare: BareCode,
  text: string,
  found: FoundCodes,
  rejected: RejectedFragment[],
): void {
  const code = '#' + text.slice(bare.start, bare.end);
  if (bare.labelled) {
    const warnings = warningsFor({
      core: bare.core,
      padding: bare.padding,
      cleaned: 0,
      ellipsisAfter: false,
      missingHash: true,
    });
    found.add(code, bare.start, bare.end, warnings);
  } else {
    const raw = text.slice(bare.start, bare.end);
    rejected.push({
      raw,
      start: bare.start,
      end: bare.end,
      reason: REASON.noHash,
      suggestion: code,
    });
  }
}

/** Distinct codes in order of first appearance, counting repeats. */
class FoundCodes {
  private readonly byCode = new Map<string, FoundCode>();

  constructor(private readonly text: string) {}

  add(code: string, start: number, end: number, warnings: readonly string[]): void {
    const existing = this.byCode.get(code);
    if (!existing) {
      const raw = this.text.slice(start, end);
      this.byCode.set(code, { code, raw, start, end, warnings: [...warnings], occurrences: 1 });
      return;
    }
    existing.occurrences++;
    // A repeat may have been cleaned differently; the buyer should still hear about it.
    for (const warning of warnings) {
      if (!existing.warnings.includes(warning)) existing.warnings.push(warning);
    }
  }

  list(): FoundCode[] {
    return [...this.byCode.values()];
  }
}
