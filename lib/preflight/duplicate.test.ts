import { describe, it } from 'vitest';
import { duplicateCheck } from './duplicate';
import { type CheckCase, DAY, expectCheck, makeRecord, NOW } from './test-fixtures';

const APPLIED_AT = Date.UTC(2026, 5, 3, 9);

describe('duplicateCheck', () => {
  const cases: CheckCase[] = [
    {
      name: 'once, not in the inventory',
      input: {},
      status: 'pass',
      message: 'Appears once in this field',
      fix: '',
    },
    {
      name: 'once, new in the inventory',
      input: { record: makeRecord({ status: 'new' }) },
      status: 'pass',
      message: 'Appears once and has not been authorized from your inventory',
      fix: '',
    },
    {
      name: 'once, ready in the inventory',
      input: { record: makeRecord({ status: 'ready' }) },
      status: 'pass',
      message: 'Appears once and has not been authorized from your inventory',
      fix: '',
    },
    {
      name: 'twice in the field',
      input: { occurrences: 2 },
      status: 'warn',
      message: 'This code appears 2 times in this field',
      fix: /Remove the extra copies, or use Clean field/,
    },
    {
      name: 'three times in the field',
      input: { occurrences: 3 },
      status: 'warn',
      message: 'This code appears 3 times in this field',
      fix: /Clean field/,
    },
    {
      name: 'applied on the account being used now',
      input: {
        record: makeRecord({ status: 'applied', adAccountId: '111', appliedAt: APPLIED_AT }),
      },
      context: { adAccount: { id: '111' } },
      status: 'warn',
      message:
        'Already authorized on this ad account (111) on Jun 3, 2026, so adding it again is redundant',
      fix: /^Take it out of the field: it is already under Spark Ads posts/,
    },
    {
      name: 'applied on another account',
      input: {
        record: makeRecord({ status: 'applied', adAccountId: '222', appliedAt: APPLIED_AT }),
      },
      context: { adAccount: { id: '111' } },
      status: 'warn',
      message: 'Already authorized on ad account 222 on Jun 3, 2026',
      fix: /mean to use it again/,
    },
    {
      name: 'applied, current account unknown',
      input: {
        record: makeRecord({ status: 'applied', adAccountId: '222', appliedAt: APPLIED_AT }),
      },
      status: 'warn',
      message: 'Already authorized on ad account 222 on Jun 3, 2026',
      fix: /mean to use it again/,
    },
    {
      name: 'applied, no account or date recorded',
      input: { record: makeRecord({ status: 'applied' }) },
      status: 'warn',
      message: 'Already authorized in Ads Manager',
      fix: /mean to use it again/,
    },
    {
      name: 'applied date shown in the buyer zone',
      input: { record: makeRecord({ status: 'applied', appliedAt: Date.UTC(2026, 5, 3, 23) }) },
      context: { timeZone: 'Asia/Tokyo' },
      status: 'warn',
      message: 'Already authorized in Ads Manager on Jun 4, 2026',
      fix: /mean to use it again/,
    },
    {
      name: 'failed before, with the reason',
      input: { record: makeRecord({ status: 'failed', failureReason: 'Region not supported' }) },
      status: 'warn',
      message: 'Failed when you last tried it: Region not supported',
      fix: /before trying again/,
    },
    {
      name: 'failed before, reason recorded with spaces around it',
      input: { record: makeRecord({ status: 'failed', failureReason: '  Region not supported ' }) },
      status: 'warn',
      message: 'Failed when you last tried it: Region not supported',
      fix: /before trying again/,
    },
    {
      name: 'failed before, a blank reason',
      input: { record: makeRecord({ status: 'failed', failureReason: '   ' }) },
      status: 'warn',
      message: 'Failed when you last tried it',
      fix: /before trying again/,
    },
    {
      name: 'failed before, no reason recorded',
      input: { record: makeRecord({ status: 'failed' }) },
      status: 'warn',
      message: 'Failed when you last tried it',
      fix: /before trying again/,
    },
    {
      name: 'pasted twice and applied here: both told, the record first',
      input: {
        occurrences: 2,
        record: makeRecord({ status: 'applied', adAccountId: '111', appliedAt: APPLIED_AT }),
      },
      context: { adAccount: { id: '111' } },
      status: 'warn',
      message:
        'Already authorized on this ad account (111) on Jun 3, 2026, so adding it again is redundant. This code appears 2 times in this field',
      fix: /already under Spark Ads posts.*Clean field/,
    },
    {
      name: 'expired or revoked records are left to their own checks',
      input: { record: makeRecord({ status: 'revoked', updatedAt: NOW - DAY }) },
      status: 'pass',
      message: 'Appears once and has not been authorized from your inventory',
      fix: '',
    },
  ];

  it.each(cases)('$name → $status', (row) => expectCheck(duplicateCheck, 'duplicate', row));
});
