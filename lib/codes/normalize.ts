import { readUnit } from './decode';
import { isBase64Char } from './patterns';
import { scanPaste } from './scan';
import { sparkCodeSchema } from './schema';
import type { PasteScan } from './types';

// What may sit in front of a code pasted without its `#`: spaces, quotes, invisible characters.
const LEADING_JUNK = /^[\s"'`“”‘’«»\u200b-\u200f\u2060\ufeff]+/u;

/**
 * Cleans one candidate (a form field, a spreadsheet cell) and returns its normalised code, or
 * null when it does not hold exactly one Spark code. Labels, quotes, punctuation, invisible
 * characters and URL or HTML encoding are cleaned; a missing `#` is added.
 */
export function normalizeSparkCode(input: string): string | null {
  const direct = scanPaste(input);
  const found = singleCode(direct);
  if (found !== null) return validated(found);
  if (direct.codes.length > 0) return null;

  // A single candidate is meant to be a code, so one written without its `#` is taken as one.
  const stripped = input.replace(LEADING_JUNK, '');
  // Stryker disable next-line ConditionalExpression: a shortcut; with anything else first, adding a `#` finds no single code either
  if (!startsWithBase64(stripped)) return null;
  return validated(singleCode(scanPaste('#' + stripped)));
}

/** Whether the first visible character, once decoded (`%2B` is `+`), can start a code body. */
function startsWithBase64(text: string): boolean {
  let i = 0;
  for (;;) {
    const unit = readUnit(text, i);
    // Stryker disable next-line ConditionalExpression: as above
    if (unit.kind !== 'invisible') return unit.kind === 'char' && isBase64Char(unit.ch);
    i = unit.end;
  }
}

function singleCode({ codes, rejected }: PasteScan): string | null {
  const [onlyCode, ...otherCodes] = codes;
  return onlyCode && otherCodes.length === 0 && rejected.length === 0 ? onlyCode.code : null;
}

/** The code as the schema reads it, or null when there is none or the schema refuses it. */
function validated(code: string | null): string | null {
  const parsed = sparkCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : null;
}
