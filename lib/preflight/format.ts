import { definitiveFailure, liveView } from './live';
import { result } from './result';
import type { Check } from './types';
import { warningWords } from './reading-words';

/**
 * `#`, then base64 (at least 24 characters, real codes are longer but lengths vary), then at
 * most two `=` of padding.
 */
export const SPARK_CODE_PATTERN = /^#[A-Za-z0-9+/]{24,}={0,2}$/;

export function isWellFormedCode(code: string): boolean {
  return SPARK_CODE_PATTERN.test(code);
}

const TRUNCATION = /truncat|cut off|cut short|may be missing/i;

export const formatCheck: Check = (input, { t }) => {
  const copyAgain = t('preflight_copyAgain');
  const failure = definitiveFailure(liveView(input));
  if (failure?.reason === 'format') {
    return result('format', 'fail', t('preflight_formatMistyped'), copyAgain);
  }
  if (!isWellFormedCode(input.code)) {
    return result('format', 'fail', t('preflight_formatIncomplete'), copyAgain);
  }
  const truncation = input.extractionWarnings?.find((w) => TRUNCATION.test(w));
  if (truncation) {
    const note = warningWords(truncation, t);
    return result('format', 'warn', t('preflight_formatMayBeIncomplete', [note]), copyAgain);
  }
  return result('format', 'pass', t('preflight_formatComplete'));
};
