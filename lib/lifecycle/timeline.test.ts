import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../records/schema';
import { NO_ACCOUNT_KEY, OTHER_ACCOUNTS_KEY, expiryTimeline } from './timeline';

let serial = 0;
function record(overrides: Partial<CodeRecord>): CodeRecord {
  serial++;
  return {
    code: `#code${serial}`,
    raw: '',
    extractionWarnings: [],
    status: 'ready',
    addedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const now = Date.UTC(2026, 10, 25, 12);

describe('expiryTimeline', () => {
  it('counts usable codes per last day for 60 days, stacked by ad account', () => {
    const timeline = expiryTimeline(
      [
        record({ expiresAt: Date.UTC(2026, 10, 26), adAccountId: '1' }), // last day today
        record({ expiresAt: Date.UTC(2026, 10, 26, 6), adAccountId: '2' }), // tomorrow
        record({ expiresAt: Date.UTC(2026, 10, 26, 6), adAccountId: '1' }),
        record({ expiresAt: Date.UTC(2026, 10, 26, 6) }),
        record({ expiresAt: Date.UTC(2027, 0, 24), adAccountId: '1' }), // last day 01-23: day 59
        record({ expiresAt: Date.UTC(2027, 0, 25), adAccountId: '1' }), // day 60: outside
        record({ expiresAt: Date.UTC(2026, 10, 25, 6) }), // already ended
        record({ expiresAt: Date.UTC(2026, 10, 27), status: 'revoked' }),
        record({ status: 'ready' }), // no known end
      ],
      { now, timeZone: 'UTC' },
    );
    expect(timeline.days).toHaveLength(60);
    expect(timeline.days[0]).toEqual({ day: '2026-11-25', total: 1, counts: { 'account:1': 1 } });
    expect(timeline.days[1]?.counts).toEqual({
      'account:1': 1,
      'account:2': 1,
      [NO_ACCOUNT_KEY]: 1,
    });
    expect(timeline.days[59]).toMatchObject({ day: '2027-01-23', total: 1 });
    expect(timeline.series.map((s) => [s.key, s.total])).toEqual([
      ['account:1', 3],
      ['account:2', 1],
      [NO_ACCOUNT_KEY, 1],
    ]);
  });

  it('puts the smallest accounts together once there are too many to colour apart', () => {
    const records = Array.from({ length: 10 }, (_, i) =>
      Array.from({ length: 10 - i }, () =>
        record({ expiresAt: Date.UTC(2026, 10, 30), adAccountId: String(i) }),
      ),
    ).flat();
    const timeline = expiryTimeline(records, { now, timeZone: 'UTC' });
    expect(timeline.series).toHaveLength(8);
    expect(timeline.series.at(-1)).toEqual({ key: OTHER_ACCOUNTS_KEY, total: 3 + 2 + 1 });
    expect(timeline.days[4]?.counts[OTHER_ACCOUNTS_KEY]).toBe(6);
    expect(timeline.days[4]?.total).toBe(55);
  });

  it('buckets by the buyer time zone', () => {
    const timeline = expiryTimeline([record({ expiresAt: Date.UTC(2026, 10, 27, 3) })], {
      now,
      timeZone: 'America/Los_Angeles',
    });
    // 2026-11-27T03:00Z is the evening of the 26th in Los Angeles, where today is the 25th.
    expect(timeline.days[1]).toMatchObject({ day: '2026-11-26', total: 1 });
  });
});
