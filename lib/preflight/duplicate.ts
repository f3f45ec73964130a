import type { CodeRecord } from '../records/schema';
import { combine, plural, result } from './result';
import { dayText, usableZone } from './time';
import type { Check, CheckResult, PreflightContext } from './types';

function repeatedInText(occurrences: number): CheckResult | undefined {
  if (occurrences <= 1) return undefined;
  return result(
    'duplicate',
    'warn',
    `This code appears ${plural(occurrences, 'time')} in this field`,
    'Remove the extra copies, or use Clean field',
    { cleanable: true },
  );
}

/**
 * A code already authorized on this account still works: adding it again is only redundant, so
 * it is a warning that says to take it out. On another account it may be intended.
 */
function alreadyApplied(record: CodeRecord, context: PreflightContext): CheckResult {
  const on = record.appliedAt
    ? ` on ${dayText(record.appliedAt, usableZone(context.timeZone))}`
    : '';
  const account = record.adAccountId;
  if (account && account === context.adAccount?.id) {
    return result(
      'duplicate',
      'warn',
      `Already authorized on this ad account (${account})${on}, so adding it again is redundant`,
      'Take it out of the field: it is already under Spark Ads posts for this account',
      { source: 'records' },
    );
  }
  const where = account ? `on ad account ${account}` : 'in Ads Manager';
  return result(
    'duplicate',
    'warn',
    `Already authorized ${where}${on}`,
    'Make sure you mean to use it again here',
    { source: 'records' },
  );
}

function failedBefore(record: CodeRecord): CheckResult {
  const why = record.failureReason?.trim();
  return result(
    'duplicate',
    'warn',
    why ? `Failed when you last tried it: ${why}` : 'Failed when you last tried it',
    'Sort out what went wrong before trying again, or ask the creator for a new code',
    { source: 'records' },
  );
}

export const duplicateCheck: Check = (input, context) => {
  const findings: CheckResult[] = [];
  const record = input.record;
  // What the records say comes first: Clean field cannot fix it, while it does fix repeats.
  if (record?.status === 'applied') findings.push(alreadyApplied(record, context));
  if (record?.status === 'failed') findings.push(failedBefore(record));
  const repeated = repeatedInText(input.occurrences);
  if (repeated) findings.push(repeated);
  const combined = combine('duplicate', findings);
  if (combined) return combined;
  return record
    ? result(
        'duplicate',
        'pass',
        'Appears once and has not been authorized from your inventory',
        '',
        { source: 'records' },
      )
    : result('duplicate', 'pass', 'Appears once in this field');
};
