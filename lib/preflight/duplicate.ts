import type { CodeRecord } from '../records/schema';
import { combine, result } from './result';
import { dayText, usableZone } from './time';
import type { Check, CheckResult, PreflightContext } from './types';

function repeatedInText(occurrences: number, { t }: PreflightContext): CheckResult | undefined {
  if (occurrences <= 1) return undefined;
  return result(
    'duplicate',
    'warn',
    t('preflight_repeated', occurrences, [occurrences]),
    t('preflight_repeatedFix'),
    { cleanable: true },
  );
}

/**
 * A code already authorized on this account still works: adding it again is only redundant, so
 * it is a warning that says to take it out. On another account it may be intended.
 */
function alreadyApplied(record: CodeRecord, context: PreflightContext): CheckResult {
  const { t } = context;
  const day = record.appliedAt && dayText(record.appliedAt, usableZone(context.timeZone));
  const account = record.adAccountId;
  if (account && account === context.adAccount?.id) {
    return result(
      'duplicate',
      'warn',
      day ? t('preflight_appliedHereOn', [account, day]) : t('preflight_appliedHere', [account]),
      t('preflight_appliedHereFix'),
      { source: 'records' },
    );
  }
  const message = account
    ? day
      ? t('preflight_appliedOnAccountOn', [account, day])
      : t('preflight_appliedOnAccount', [account])
    : day
      ? t('preflight_appliedInAdsManagerOn', [day])
      : t('preflight_appliedInAdsManager');
  return result('duplicate', 'warn', message, t('preflight_appliedElsewhereFix'), {
    source: 'records',
  });
}

function failedBefore(record: CodeRecord, { t }: PreflightContext): CheckResult {
  const why = record.failureReason?.trim();
  return result(
    'duplicate',
    'warn',
    why ? t('preflight_failedBeforeBecause', [why]) : t('preflight_failedBefore'),
    t('preflight_failedBeforeFix'),
    { source: 'records' },
  );
}

export const duplicateCheck: Check = (input, context) => {
  const { t } = context;
  const findings: CheckResult[] = [];
  const record = input.record;
  // What the records say comes first: Clean field cannot fix it, while it does fix repeats.
  if (record?.status === 'applied') findings.push(alreadyApplied(record, context));
  if (record?.status === 'failed') findings.push(failedBefore(record, context));
  const repeated = repeatedInText(input.occurrences, context);
  if (repeated) findings.push(repeated);
  const combined = combine('duplicate', findings);
  if (combined) return combined;
  return record
    ? result('duplicate', 'pass', t('preflight_duplicatePassRecorded'), '', { source: 'records' })
    : result('duplicate', 'pass', t('preflight_duplicatePass'));
};
