import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../records/schema';
import { adsAtRisk } from './at-risk';

function record(code: string, overrides: Partial<CodeRecord>): CodeRecord {
  return {
    code,
    raw: code,
    extractionWarnings: [],
    status: 'applied',
    addedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('adsAtRisk', () => {
  it('lists applied codes that end before their campaign, with the days short', () => {
    const found = adsAtRisk(
      [
        record('#short', { expiresAt: Date.UTC(2026, 11, 1), campaignEndsOn: '2026-12-05' }),
        record('#sameDay', { expiresAt: Date.UTC(2026, 11, 5, 10), campaignEndsOn: '2026-12-05' }),
        record('#covers', { expiresAt: Date.UTC(2026, 11, 6), campaignEndsOn: '2026-12-05' }),
        record('#notApplied', {
          status: 'ready',
          expiresAt: Date.UTC(2026, 11, 1),
          campaignEndsOn: '2026-12-05',
        }),
        record('#noCampaign', { expiresAt: Date.UTC(2026, 11, 1) }),
        record('#noEnd', { campaignEndsOn: '2026-12-05' }),
      ],
      'UTC',
    );
    expect(found.map((r) => [r.record.code, r.daysShort])).toEqual([
      ['#short', 5],
      ['#sameDay', 0],
    ]);
  });

  it('reads the campaign end date in the buyer time zone', () => {
    const code = record('#a', {
      expiresAt: Date.UTC(2026, 11, 6, 3),
      campaignEndsOn: '2026-12-05',
    });
    // In UTC the campaign is over at 12-06T00:00Z, before the code ends; in New York it runs
    // until 12-06T05:00Z, after.
    expect(adsAtRisk([code], 'UTC')).toHaveLength(0);
    expect(adsAtRisk([code], 'America/New_York')).toHaveLength(1);
  });
});
