import { describe, expect, it } from 'vitest';
import { bucketOf, summarize, type SummaryBucket, type SummaryItem } from './summary';
import { checkIds, type CheckId, type CheckStatus } from './types';

/** A code whose checks all pass except the ones named. */
function item(
  overrides: Partial<Record<CheckId, CheckStatus>> = {},
  daysLeft: number | null = 30,
): SummaryItem {
  return {
    results: checkIds.map((id) => ({ id, status: overrides[id] ?? 'pass', message: '', fix: '' })),
    daysLeft,
  };
}
const times = (n: number, make: () => SummaryItem) => Array.from({ length: n }, make);

describe('bucketOf', () => {
  it.each<[string, SummaryItem, SummaryBucket]>([
    ['all pass', item(), 'ready'],
    ['all pass, no expiry', item({}, null), 'ready'],
    ['one unknown', item({ region: 'unknown' }), 'unverified'],
    ['a warning', item({ duplicate: 'warn' }), 'attention'],
    ['expiry warns far from the end (campaign)', item({ expiry: 'warn' }, 20), 'attention'],
    ['within the window', item({ expiry: 'warn' }, 2), 'expiring'],
    [
      'within the window beats other warnings',
      item({ duplicate: 'warn', expiry: 'warn' }, 1),
      'expiring',
    ],
    ['within the window beats unknowns', item({ region: 'unknown' }, 3), 'expiring'],
    ['expiry fails', item({ expiry: 'fail' }, null), 'expired'],
    ['no days left', item({}, 0), 'expired'],
    ['expired beats other failures', item({ expiry: 'fail', revocation: 'fail' }, -2), 'expired'],
    ['another failure', item({ revocation: 'fail' }), 'blocked'],
    ['a failure while expiring soon', item({ 'wrong-post': 'fail' }, 1), 'blocked'],
    ['no results at all', { results: [] }, 'unverified'],
  ])('%s → %s', (_name, entry, bucket) => {
    expect(bucketOf(entry)).toBe(bucket);
  });

  it('uses the alert window it is given', () => {
    expect(bucketOf(item({ expiry: 'warn' }, 6), { alertWindowDays: 7 })).toBe('expiring');
    expect(bucketOf(item({ expiry: 'warn' }, 6))).toBe('attention');
  });
});

describe('summarize', () => {
  it.each<[string, SummaryItem[], string]>([
    ['nothing', [], 'No codes'],
    ['one ready', [item()], '1 ready'],
    [
      'the usual day',
      [...times(18, () => item()), item({ expiry: 'warn' }, 2), item({ expiry: 'fail' }, -1)],
      '18 ready · 1 expires in 2 days · 1 expired',
    ],
    ['one expiring tomorrow', [item({ expiry: 'warn' }, 1)], '1 expires in 1 day'],
    [
      'two expiring the same day',
      times(2, () => item({ expiry: 'warn' }, 2)),
      '2 expire in 2 days',
    ],
    [
      'expiring on different days',
      [item({ expiry: 'warn' }, 1), item({ expiry: 'warn' }, 3)],
      '2 expire within 3 days',
    ],
    ['one unverified', [item({ revocation: 'unknown' })], '1 not fully checked'],
    ['one needs a look', [item({ duplicate: 'warn' })], '1 needs a look'],
    ['two need a look', times(2, () => item({ duplicate: 'warn' })), '2 need a look'],
    ['one needs fixing', [item({ format: 'fail' })], '1 needs fixing'],
    ['three need fixing', times(3, () => item({ region: 'fail' })), '3 need fixing'],
    [
      'every bucket, in order',
      [
        item({ revocation: 'fail' }),
        item({ expiry: 'fail' }),
        item({ duplicate: 'warn' }),
        item({ expiry: 'warn' }, 2),
        item({ region: 'unknown' }),
        item(),
        item(),
      ],
      '2 ready · 1 not fully checked · 1 expires in 2 days · 1 needs a look · 1 expired · 1 needs fixing',
    ],
  ])('%s → "%s"', (_name, items, expected) => {
    expect(summarize(items)).toBe(expected);
  });

  it('passes the alert window to the buckets', () => {
    expect(summarize([item({ expiry: 'warn' }, 6)], { alertWindowDays: 7 })).toBe(
      '1 expires in 6 days',
    );
  });
});
