/**
 * Codes pasted without their `#`. Random base64 also lives in links, tokens and file data, so a
 * bare run is only taken as a code when a label such as "Spark code:" introduces it; otherwise
 * it is reported so the buyer can decide.
 */
import { Base64Blobs } from './blobs';
import { readUnit } from './decode';
import {
  MAX_BODY_LENGTH,
  MAX_PADDING,
  MIN_BODY_LENGTH,
  isBase64Code,
  isEqualsCode,
  opensBareCode,
} from './patterns';
import { looksLikeCode } from './randomness';
import { endsTokenCleanly } from './read';

export interface BareCode {
  start: number;
  end: number;
  core: string;
  padding: number;
  labelled: boolean;
}

export interface BareRun {
  /** Where scanning resumes. */
  next: number;
  code?: BareCode;
}

/** Reads the run of base64 characters starting at `start`; it is a code only if it fits one. */
export function readBareRun(
  text: string,
  start: number,
  blobs: Base64Blobs = new Base64Blobs(text),
): BareRun {
  // Past the end `charCodeAt` is NaN, which is neither base64 nor `=`: both loops stop there.
  let end = start;
  while (isBase64Code(text.charCodeAt(end))) end++;
  const coreLength = end - start;
  if (coreLength < MIN_BODY_LENGTH || coreLength > MAX_BODY_LENGTH) return { next: end };
  if (!startsBareToken(text, start) || isFileData(text, start)) return { next: end };

  let padded = end;
  while (isEqualsCode(text.charCodeAt(padded))) padded++;
  const padding = padded - end;
  if (padding > MAX_PADDING || !endsTokenCleanly(text, readUnit(text, padded))) {
    return { next: padded };
  }
  const core = text.slice(start, end);
  if (!looksLikeCode(core, padding)) return { next: padded };
  const labelled = hasSparkLabelBefore(text, start);
  // An attachment or a signature is not a code that lost its `#`; no hint for it.
  if (!labelled && blobs.contains(start)) return { next: padded };
  return { next: padded, code: { start, end: padded, core, padding, labelled } };
}

function startsBareToken(text: string, start: number): boolean {
  return start === 0 || opensBareCode(text.charAt(start - 1));
}

const COMMA = 0x2c;

// Inline images (`data:image/png;base64,iVBOR...`) are base64 too.
function isFileData(text: string, start: number): boolean {
  // Stryker disable next-line ConditionalExpression: a shortcut; only text ending in a comma reads as `base64,`
  if (text.charCodeAt(start - 1) !== COMMA) return false;
  return text.slice(Math.max(0, start - 7), start).toLowerCase() === 'base64,';
}

const LABEL_LOOKBACK = 60;

// "Code:" alone is a label only at the start of a line (after bullets, quotes or HTML tags), so
// "Discount code: ..." is not taken; "Spark code", "auth code" and "video code" are labels anywhere.
const QUALIFIER = String.raw`(?:spark(?:\s+ads?)?|tiktok|auth(?:ori[sz]ation)?|video)\s+`;
const TAG = String.raw`<[^<>]{1,40}>`;
const LABEL_TAIL = String.raw`codes?\s*[:=\-–—]?\s*(?:${TAG}\s*)*["'“‘\x60(]?$`;
const LINE_START_LABEL = new RegExp(
  String.raw`^(?:${TAG}|[\s"'“‘\x60(*•\-–—])*(?:${QUALIFIER})?${LABEL_TAIL}`,
  'i',
);
const QUALIFIED_LABEL = new RegExp(String.raw`(?:^|[^a-z])${QUALIFIER}${LABEL_TAIL}`, 'i');

export function hasSparkLabelBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - LABEL_LOOKBACK);
  const window = text.slice(from, start);
  const lineBreak = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
  // With no break, lastIndexOf gives -1 and the line is the whole window.
  const line = window.slice(lineBreak + 1);
  const seesLineStart = lineBreak >= 0 || from === 0;
  return (seesLineStart && LINE_START_LABEL.test(line)) || QUALIFIED_LABEL.test(line);
}
