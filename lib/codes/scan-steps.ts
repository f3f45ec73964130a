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
  // Stryker disable next-line EqualityOperator,ConditionalExpression: U+0080 starts no code either way; an attempt not ended here goes the full read
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
    return isPlainHashAt(text, i) ? { bodyStart: i + 1, encoding: 'plain' } : null;
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; any other character reads as itself, not as a #
  if (c !== PERCENT && c !== AMPERSAND) return null;
  const unit = readUnit(text, i);
  // Stryker disable next-line ConditionalExpression,StringLiteral: only a char unit can be a #, and a # read from % or & is never plain
  if (unit.kind !== 'char' || unit.ch !== '#' || unit.encoding === 'plain') return null;
  return { bodyStart: unit.end, encoding: unit.encoding };
}

/**
 * Whether the `#` at `i` stands for itself: the `#` of `&#43;` belongs to the entity, which
 * stands for a single character.
 */
// Stryker disable all: read as an anchor, such a `#` starts an attempt of the entity's digits and
// `;`, which no rule takes for a code or reports, so both readings find the same
export function isPlainHashAt(text: string, i: number): boolean {
  if (i === 0 || text.charCodeAt(i - 1) !== AMPERSAND) return true;
  const unit = readUnit(text, i - 1);
  return !(unit.kind === 'char' && unit.end > i);
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
      coreLength: verdict.core.length,
      padding: verdict.padding,
      cleaned: candidate.cleaned,
      ellipsisAfter: candidate.ellipsisAfter,
      missingHash: false,
    });
    found.add(candidate.body, start, end, warnings);
  }
}

export function recordBare(
  bare: BareCode,
  text: string,
  found: FoundCodes,
  rejected: RejectedFragment[],
): void {
  // What was pasted is the code without its `#`.
  const pasted = text.slice(bare.start, bare.end);
  if (bare.labelled) {
    const warnings = warningsFor({
      coreLength: bare.core.length,
      padding: bare.padding,
      cleaned: 0,
      ellipsisAfter: false,
      missingHash: true,
    });
    found.add(pasted, bare.start, bare.end, warnings);
  } else {
    rejected.push({
      raw: pasted,
      start: bare.start,
      end: bare.end,
      reason: REASON.noHash,
      suggestion: '#' + pasted,
    });
  }
}

/**
 * Distinct codes in order of first appearance, counting repeats.
 *
 * A paste may hold tens of thousands of codes, and at that size a `Map` costs more than the rest
 * of the scan (measured in Node and Chromium): keyed by the codes, it hashes each fresh string
 * the slow way, and even keyed by numbers it regrows slowly once large. Codes are found again
 * through an open-addressing table of their indexes instead, keyed by a hash of their
 * characters; two codes are the same only when the strings are equal, so the hash decides
 * speed, never the result.
 */
export class FoundCodes {
  private readonly codes: FoundCode[] = [];
  private readonly hashes: number[] = [];
  // Index + 1 of a code in `codes`, 0 for a free slot; kept at most half full. A plain array:
  // a typed one lives outside the engine's heap, and growing it often makes the engine collect.
  private slots: number[];

  constructor(private readonly text: string) {
    this.slots = new Array<number>(initialSlots(text.length)).fill(0);
  }

  /**
   * One occurrence of the code `#` + `body`, pasted from `start` to `end`. `warnings` is kept,
   * not copied: pass an array no one else holds.
   */
  add(body: string, start: number, end: number, warnings: string[]): void {
    // The body is hashed as it is: `#` joined to it is a new string the hash would first copy.
    const hash = hashOf(HASH, body, 0, body.length);
    this.addWithRaw('#' + body, hash, start, end, warnings, undefined);
  }

  /** A code that is exactly what was pasted from `start` to `end`, cut out only once. */
  addPasted(start: number, end: number, warnings: string[]): void {
    // Hashed where it lies: the same characters give the same hash as the code cut out.
    const text = this.text;
    const hash = hashOf(text.charCodeAt(start), text, start + 1, end);
    const code = text.slice(start, end);
    this.addWithRaw(code, hash, start, end, warnings, code);
  }

  list(): FoundCode[] {
    return this.codes;
  }

  private addWithRaw(
    code: string,
    hash: number,
    start: number,
    end: number,
    warnings: string[],
    raw: string | undefined,
  ): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let taken = slots[slot] as number; taken !== 0; taken = slots[slot] as number) {
      const existing = this.codes[taken - 1] as FoundCode;
      if (this.hashes[taken - 1] === hash && existing.code === code) {
        existing.occurrences++;
        // A repeat may have been cleaned differently; the buyer should still hear about it.
        for (const warning of warnings) {
          if (!existing.warnings.includes(warning)) existing.warnings.push(warning);
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
    const pasted = raw ?? this.text.slice(start, end);
    this.codes.push({ code, raw: pasted, start, end, warnings, occurrences: 1 });
    this.hashes.push(hash);
    slots[slot] = this.codes.length;
    // Stryker disable next-line EqualityOperator: growing one code sooner only costs memory
    if (this.codes.length * 2 > slots.length) this.grow();
  }

  private grow(): void {
    const slots = new Array<number>(this.slots.length * 2).fill(0);
    const mask = slots.length - 1;
    const hashes = this.hashes;
    for (let index = 0; index < hashes.length; index++) {
      let slot = (hashes[index] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

const MIN_SLOTS = 1024;
// A long paste of codes holds one every few hundred characters (chat lines, sheet rows around
// each). Sized for that from the start, the table never regrows and re-places every code on the
// way; a denser paste still grows it.
const CHARACTERS_PER_SLOT = 256;

/** The smallest power of two (the table's mask needs one) that fits the paste's likely codes. */
// Stryker disable all: the table's first size decides how often it grows, never what it finds
function initialSlots(textLength: number): number {
  let slots = MIN_SLOTS;
  while (slots * CHARACTERS_PER_SLOT < textLength) slots *= 2;
  return slots;
}
// Stryker restore all

/**
 * FNV-1a over the UTF-16 unit `first` followed by `text` from `from` to `to`, two units to a step
 * (each fits in 16 bits, so a pair is one 32-bit word and nothing is lost), with a final mix.
 * Every code is hashed as its `#` and then the rest, so equal codes hash alike wherever they
 * come from.
 */
// Stryker disable all: the hash decides speed, never the result: codes are told apart by their
// characters (scan-steps.test.ts keeps two codes of the same hash apart)
function hashOf(first: number, text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  let pending = first;
  let i = from;
  for (; i + 1 < to; i += 2) {
    hash = Math.imul(hash ^ (pending | (text.charCodeAt(i) << 16)), 0x01000193);
    pending = text.charCodeAt(i + 1);
  }
  if (i < to) {
    hash = Math.imul(hash ^ (pending | (text.charCodeAt(i) << 16)), 0x01000193);
  } else {
    hash = Math.imul(hash ^ pending, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  // Thirty bits: a small integer, which engines store in an array without boxing it.
  return (hash ^ (hash >>> 13)) & 0x3fffffff;
}
// Stryker restore all
