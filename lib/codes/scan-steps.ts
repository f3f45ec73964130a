/**
 * The steps both scans take (scan.ts, and the oracle in scan.testing.ts that reads every
 * character the long way): finding a `#` in any of its encodings, how far a base64 run goes, and
 * recording what an attempt turned out to be.
 */
import type { BareCode } from './bare';
import { readUnit, type Encoding } from './decode';
import { judgeAttempt } from './judge';
import { REASON } from './messages';
import { isBase64Code, isInnerGlue } from './patterns';
import type { Candidate } from './read';
import type { FoundCode, RejectedFragment } from './types';
import { warningsFor } from './warnings';

export const HASH = 0x23;
export const PERCENT = 0x25;
export const AMPERSAND = 0x26;
const EQUALS = 0x3d;
const LESS_THAN = 0x3c;

export function endOfBase64Run(text: string, from: number): number {
  let end = from;
  while (isBase64Code(text.charCodeAt(end))) end++;
  return end;
}

/** Whether an attempt whose first character is `c` is over before it starts. */
// Stryker disable next-line BlockStatement: an attempt not ended here goes the full read, which finds nothing in it either
export function endsAtOnce(c: number): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: as above; past the end, NaN is no glue either
  if (Number.isNaN(c)) return true;
  // `<` may open a `<wbr>`, which a code carries on across, right after its `#` too.
  // Stryker disable next-line EqualityOperator: U+0080 starts no code either way
  if (c >= 0x80 || isBase64Code(c) || c === EQUALS || c === AMPERSAND || c === LESS_THAN) {
    return false;
  }
  return !isInnerGlue(String.fromCharCode(c));
}

export interface HashAnchor {
  bodyStart: number;
  encoding: Encoding;
}

/** A `#`, or `%23` / `&#35;` / `&num;` standing for one. */
export function hashAnchorAt(text: string, i: number, c: number): HashAnchor | null {
  if (c === HASH) {
    // Stryker disable next-line StringLiteral: the reader treats an unnamed encoding as plain
    return isInsideEntity(text, i) ? null : { bodyStart: i + 1, encoding: 'plain' };
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; any other character reads as itself, not as a #
  if (c !== PERCENT && c !== AMPERSAND) return null;
  const unit = readUnit(text, i);
  // Stryker disable next-line ConditionalExpression,StringLiteral: only a char unit can be a #, and a # read from % or & is never plain
  if (unit.kind !== 'char' || unit.ch !== '#' || unit.encoding === 'plain') return null;
  return { bodyStart: unit.end, encoding: unit.encoding };
}

// The `#` of `&#43;` belongs to the entity, which stands for a single character.
// Stryker disable all: read as an anchor, such a `#` starts an attempt of the entity's digits and
// `;`, which no rule takes for a code or reports, so both readings find the same
function isInsideEntity(text: string, i: number): boolean {
  if (i === 0 || text.charCodeAt(i - 1) !== AMPERSAND) return false;
  const unit = readUnit(text, i - 1);
  return unit.kind === 'char' && unit.end > i;
}
// Stryker restore all

export function recordCandidate(
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

export function recordBare(
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
export class FoundCodes {
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
