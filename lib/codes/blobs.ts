/**
 * Base64 that is file data, not a code: email attachments, DKIM and ARC signatures, PEM keys and
 * data URIs. Their lines are long random base64 runs that would otherwise read as codes pasted
 * without their `#`, one hint per line. A run is blob data when it sits in a block of lines
 * holding nothing but base64, and that block is introduced as data (a `Content-Transfer-Encoding:
 * base64` part, a signature header, `-----BEGIN`, `base64,`, a `b=` tag) or is wrapped at the
 * fixed width encoders use (76 for MIME, 64 for PEM).
 */

// A line of a blob: optional indent, an optional `tag=` (DKIM's `b=`, Autocrypt's `keydata=`),
// base64 with its padding, an optional `;`.
const BLOB_LINE = /^[ \t]*(?:[a-z]{1,12}=)?[A-Za-z0-9+/]{4,}={0,2};?[ \t]*$/;
const TAGGED_LINE = /^[ \t]*[a-z]{1,12}=/;
const SIGNATURE_HEADER =
  /^(?:DKIM-Signature|ARC-Seal|ARC-Message-Signature|X-Google-DKIM-Signature|Autocrypt)[ \t]*:/i;
const BASE64_PART_HEADER = /^content-transfer-encoding:[ \t]*base64[ \t]*$/im;
const ENCODER_WIDTHS = new Set([64, 76]);
// A data URI whose base64 goes on over the next lines.
const DATA_URI_LINE_END = /;base64,[A-Za-z0-9+/]*$/;
/** How far up a blob's start and its introduction are looked for. */
const MAX_LINES_UP = 60;

interface Block {
  start: number;
  end: number;
  isBlob: boolean;
}

/** Answers for one paste, remembering the last block so a long blob is read once. */
export class Base64Blobs {
  private last: Block | undefined;

  constructor(private readonly text: string) {}

  /** Whether the run starting at `start` is part of blob data. */
  contains(start: number): boolean {
    const last = this.last;
    if (last && start < last.end) {
      // The scan only moves forward, so a run is never before the block it last asked about; a
      // block read again gives the same answer.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: as above
      if (start >= last.start) return last.isBlob;
    }
    const block = this.blockAt(start);
    this.last = block;
    return block.isBlob;
  }

  private blockAt(position: number): Block {
    const text = this.text;
    const here = lineAround(text, position);
    // Stryker disable next-line ObjectLiteral: a block with no bounds is not remembered, so it is only read again
    if (!BLOB_LINE.test(here.line)) return { start: here.start, end: here.end, isBlob: false };
    // Up to the first line of the block, and the line that introduces it.
    let first = here;
    let intro: Line | undefined;
    // The scan meets a block at its first line of a code's length, and from there the walk up is
    // short: the bound only keeps a pathological paste from being walked over again and again.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UpdateOperator: as above
    for (let k = 0; k < MAX_LINES_UP && !TAGGED_LINE.test(first.line); k++) {
      const above = lineBefore(text, first);
      if (!above) break;
      if (!BLOB_LINE.test(above.line)) {
        intro = above;
        break;
      }
      first = above;
    }
    const lines = [first];
    for (let line = first; ;) {
      const below = lineAfter(text, line);
      if (!below || !BLOB_LINE.test(below.line) || TAGGED_LINE.test(below.line)) break;
      lines.push(below);
      line = below;
    }
    const isBlob =
      TAGGED_LINE.test(first.line) ||
      wrappedAtEncoderWidth(lines) ||
      (intro !== undefined && introducesData(text, intro));
    const last = lines[lines.length - 1] as Line;
    return { start: first.start, end: last.end, isBlob };
  }
}

/**
 * Whether a block reads as an encoder's output: it opens with at least three unpadded lines of
 * the same standard width.
 */
function wrappedAtEncoderWidth(lines: readonly Line[]): boolean {
  const width = lines[0]?.line.trim().length ?? 0;
  if (!ENCODER_WIDTHS.has(width)) return false;
  let leading = 0;
  for (const line of lines) {
    const trimmed = line.line.trim();
    if (trimmed.length !== width || trimmed.includes('=')) break;
    leading++;
  }
  return leading >= 3;
}

function introducesData(text: string, line: Line): boolean {
  const trimmed = line.line.trim();
  if (DATA_URI_LINE_END.test(trimmed) || trimmed.startsWith('-----BEGIN ')) return true;
  if (trimmed === '') return partHeaderAbove(text, line);
  return signatureHeaderAt(text, line);
}

/** A blank line ends a MIME part's headers; one of them may say the body is base64. */
function partHeaderAbove(text: string, blank: Line): boolean {
  let line: Line | undefined = blank;
  // Stryker disable next-line EqualityOperator,UpdateOperator: a bound for pathological pastes; no header block is sixty lines long
  for (let k = 0; k < MAX_LINES_UP; k++) {
    line = line && lineBefore(text, line);
    if (!line || line.line.trim() === '') return false;
    if (BASE64_PART_HEADER.test(line.line)) return true;
  }
  // Stryker disable next-line BooleanLiteral: as above
  return false;
}

/** The line, or the header it continues (folded lines start with a space or tab). */
function signatureHeaderAt(text: string, start: Line): boolean {
  let line: Line | undefined = start;
  for (let k = 0; k < MAX_LINES_UP && line; k++) {
    if (SIGNATURE_HEADER.test(line.line)) return true;
    if (!/^[ \t]/.test(line.line)) return false;
    line = lineBefore(text, line);
  }
  // Stryker disable next-line BooleanLiteral: a bound for pathological pastes; no header is folded over sixty lines
  return false;
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line break ending it, or the text's length. */
  end: number;
  line: string;
}

const isBreak = (c: number) => c === 0x0a || c === 0x0d;

function lineAround(text: string, position: number): Line {
  let start = position;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  return lineFrom(text, start);
}

function lineFrom(text: string, start: number): Line {
  let end = start;
  // Stryker disable next-line EqualityOperator: past the end, NaN is no line break, and slicing stops at the end anyway
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return { start, end, line: text.slice(start, end) };
}

function lineBefore(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  // Step over the break before the line: `\n`, `\r` or `\r\n`.
  let breakStart = line.start - 1;
  if (text.charCodeAt(breakStart) === 0x0a && text.charCodeAt(breakStart - 1) === 0x0d)
    breakStart--;
  return lineAround(text, breakStart);
}

function lineAfter(text: string, line: Line): Line | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end there is only an empty line, which ends a block too
  if (line.end >= text.length) return undefined;
  const next =
    text.charCodeAt(line.end) === 0x0d && text.charCodeAt(line.end + 1) === 0x0a
      ? line.end + 2
      : line.end + 1;
  return lineFrom(text, next);
}
