import { isBase64Code } from './patterns';
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
  if (!isBase64Code(stripped.charCodeAt(0))) return null;
  const withHash = singleCode(scanPaste('#' + stripped));
  return withHash === null ? null : validated(withHash);
}

function singleCode({ codes, rejected }: PasteScan): string | null {
  const [onlyCode, ...otherCodes] = codes;
  return onlyCode && otherCodes.length === 0 && rejected.length === 0 ? onlyCode.code : null;
}

function validated(code: string): string | null {
  const parsed = sparkCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : null;
}
