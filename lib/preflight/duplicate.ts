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
  );
}

/**
 * Authorizing a post again on the account that already has it only adds noise, so that is a
 * fail. On another account it may be intended, so it is only a warning.
 */
function alreadyApplied(record: CodeRecord, context: PreflightContext): CheckResult {
  const on = record.appliedAt
    ? ` on ${dayText(record.appliedAt, usableZone(context.timeZone))}`
    : '';
  const account = record.adAccountId;
  if (account && account === context.adAccount?.id) {
    return result(
      'duplicate',
      'fail',
      `Already authorized on this ad account (${account})${on}`,
      'No need to add it again: it is already under Spark Ads posts for this account',
    );
  }
  const where = account ? `on ad account ${account}` : 'in Ads Manager';
  return result(
    'duplicate',
    'warn',
    `Already authorized ${where}${on}`,
    'Make sure you mean to use it again here',
  );
}

function failedBefore(record: CodeRecord): CheckResult {
  const why = record.failureReason?.trim();
  return result(
    'duplicate',
    'warn',
    why ? `Failed when you last tried it: ${why}` : 'Failed when you last tried it',
    'Sort out what went wrong before trying again, or ask the creator for a new code',
  );
}

export const duplicateCheck: Check = (input, context) => {
  const findings: CheckResult[] = [];
  const repeated = repeatedInText(input.occurrences);
  if (repeated) findings.push(repeated);
  const record = input.record;
  if (record?.status === 'applied') findings.push(alreadyApplied(record, context));
  if (record?.status === 'failed') findings.push(failedBefore(record));
  const once = record
    ? 'Appears once and has not been authorized from your inventory'
    : 'Appears once in this field';
  return combine('duplicate', findings) ?? result('duplicate', 'pass', once);
};
