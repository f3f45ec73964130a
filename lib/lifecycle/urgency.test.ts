import { describe, expect, it } from 'vitest';
import type { CodeRecord, CodeStatus } from '../db/schema';
import { alertingCodes, codesNeedingAction, urgencyOf, type Urgency } from './urgency';

const HOUR = 3_600_000;

function record(overrides: Partial<CodeRecord> & { code?: string } = {}): CodeRecord {
  return {
    code: '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=',
    raw: 'x',
    extractionWarnings: [],
    status: 'ready',
    addedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('urgencyOf: the alert window edge, in several time zones', () => {
  // now: Wed 2026-11-25 20:00 UTC = 12:00 in Los Angeles = Thu 05:00 in Tokyo.
  const now = Date.UTC(2026, 10, 25, 20);
  type Case = [zone: string, expiresAt: number, status: CodeStatus, window: number, expected: Urgency | undefined];
  const cases: Case[] = [
    // UTC: today is the 25th; a 3-day window covers last days up to the 28th.
    ['UTC', Date.UTC(2026, 10, 29), 'ready', 3, 'expiring'], // last day 28th: inside
    ['UTC', Date.UTC(2026, 10, 29) + 1, 'ready', 3, undefined], // last day 29th: just outside
    ['UTC', Date.UTC(2026, 10, 25, 21), 'new', 0, 'expiring'], // ends later today, window 0
    ['UTC', Date.UTC(2026, 10, 27), 'new', 0, undefined], // ends tomorrow, window 0
    // Los Angeles (UTC-8): still the 25th locally; the 28th ends at 2026-11-29T08:00Z.
    ['America/Los_Angeles', Date.UTC(2026, 10, 29, 8), 'applied', 3, 'expiring'],
    ['America/Los_Angeles', Date.UTC(2026, 10, 29, 8) + 1, 'applied', 3, undefined],
    // Tokyo (UTC+9): already the 26th; a 3-day window reaches the 29th, ending 11-29T15:00Z.
    ['Asia/Tokyo', Date.UTC(2026, 10, 29, 15), 'ready', 3, 'expiring'],
    ['Asia/Tokyo', Date.UTC(2026, 10, 29, 15) + 1, 'ready', 3, undefined],
    // The same instant is inside for Tokyo and outside for Los Angeles.
    ['Asia/Tokyo', Date.UTC(2026, 10, 29, 12), 'ready', 3, 'expiring'],
    ['America/Los_Angeles', Date.UTC(2026, 10, 29, 12), 'ready', 3, undefined],
    // Ended: applied codes alert, unused ones are just dead.
    ['UTC', now, 'applied', 3, 'expired-applied'],
    ['UTC', now - 30 * 24 * HOUR, 'applied', 3, 'expired-applied'],
    ['UTC', now - HOUR, 'ready', 3, undefined],
    ['UTC', now + HOUR, 'expired', 3, undefined],
    // Failed and revoked need action whatever their dates.
    ['UTC', now + 90 * 24 * HOUR, 'failed', 3, 'failed'],
    ['UTC', now + 90 * 24 * HOUR, 'revoked', 3, 'revoked'],
  ];

  it.each(cases)('%s: ends %d, %s, window %d → %s', (zone, expiresAt, status, window, expected) => {
    const found = urgencyOf(record({ expiresAt, status }), { now, timeZone: zone, windowDays: window });
    expect(found?.urgency).toBe(expected);
  });

  it('leaves codes without a known end alone', () => {
    expect(urgencyOf(record(), { now, timeZone: 'UTC', windowDays: 3 })).toBeUndefined();
  });
});

describe('alertingCodes', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  const context = { now, timeZone: 'UTC', windowDays: 3 };

  it('counts expiring and ended-while-applied codes, most urgent first', () => {
    const records = [
      record({ code: '#later', expiresAt: Date.UTC(2026, 10, 28), status: 'ready' }),
      record({ code: '#soon', expiresAt: Date.UTC(2026, 10, 26), status: 'new' }),
      record({ code: '#ended', expiresAt: Date.UTC(2026, 10, 20), status: 'applied' }),
      record({ code: '#failed', status: 'failed' }),
      record({ code: '#far', expiresAt: Date.UTC(2026, 11, 20), status: 'ready' }),
    ];
    expect(alertingCodes(records, context).map((u) => u.record.code)).toEqual([
      '#ended',
      '#soon',
      '#later',
    ]);
    expect(codesNeedingAction(records, context).map((u) => u.urgency)).toEqual([
      'expired-applied',
      'expiring',
      'expiring',
      'failed',
    ]);
  });
});
