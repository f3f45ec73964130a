import { definitiveFailure, liveView } from './live';
import { result } from './result';
import type { Check } from './types';

/**
 * `#`, then base64 (at least 24 characters, real codes are longer but lengths vary), then at
 * most two `=` of padding.
 */
export const SPARK_CODE_PATTERN = /^#[A-Za-z0-9+/]{24,}={0,2}$/;

export function isWellFormedCode(code: string): boolean {
  return SPARK_CODE_PATTERN.test(code);
}

const COPY_AGAIN = 'Copy the whole code again, including the # at the start and any = at the end';
const TRUNCATION = /truncat|cut off|cut short|may be missing/i;

export const formatCheck: Check = (input) => {
  const failure = definitiveFailure(liveView(input));
  if (failure?.reason === 'format') {
    return result('format', 'fail', 'TikTok says this code is mistyped or cut short', COPY_AGAIN);
  }
  if (!isWellFormedCode(input.code)) {
    return result('format', 'fail', 'This is not a complete Spark code', COPY_AGAIN);
  }
  const truncation = input.extractionWarnings?.find((w) => TRUNCATION.test(w));
  if (truncation) {
    return result('format', 'warn', `The code may be incomplete: ${truncation}`, COPY_AGAIN);
  }
  return result('format', 'pass', 'Looks like a complete Spark code');
};
