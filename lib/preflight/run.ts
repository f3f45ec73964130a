import { duplicateCheck } from './duplicate';
import { expiryCheck } from './expiry';
import { formatCheck } from './format';
import { originalPostCheck } from './original-post';
import { regionCheck } from './region';
import { worse, result } from './result';
import { revocationCheck } from './revocation';
import { shopReadyCheck } from './shop-ready';
import {
  checkIds,
  type Check,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type PreflightContext,
  type PreflightInput,
} from './types';
import { wrongPostCheck } from './wrong-post';

export type CheckRegistry = Readonly<Record<CheckId, Check>>;

export const allChecks: CheckRegistry = {
  format: formatCheck,
  duplicate: duplicateCheck,
  expiry: expiryCheck,
  revocation: revocationCheck,
  'wrong-post': wrongPostCheck,
  region: regionCheck,
  'original-post': originalPostCheck,
  'shop-ready': shopReadyCheck,
};

function runOne(id: CheckId, check: Check, input: PreflightInput, context: PreflightContext) {
  try {
    return { ...check(input, context), id };
  } catch {
    // One broken check must not hide what the others found; its own answer is simply unknown.
    return result(
      id,
      'unknown',
      context.t('preflight_checkFailed'),
      context.t('preflight_checkFailedFix'),
    );
  }
}

/** Every check, always in `checkIds` order so lists line up from one run to the next. */
export function runPreflight(
  input: PreflightInput,
  context: PreflightContext,
  checks: CheckRegistry = allChecks,
): CheckResult[] {
  return checkIds.map((id) => runOne(id, checks[id], input, context));
}

/**
 * One word for a set of results: fail > warn > unknown > pass. Nothing checked is unknown, since
 * a code is never called fine on missing information.
 */
export function verdictOf(results: readonly CheckResult[]): CheckStatus {
  if (results.length === 0) return 'unknown';
  return results.map((r) => r.status).reduce(worse, 'pass');
}
