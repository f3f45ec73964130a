import { describe, expect, it } from 'vitest';
import type { CodeDetails, CodeRecord, CodeStatus } from '../records/schema';
import { computeExpiry } from '../preflight/expiry';
import { alertingCodes, codesNeedingAction, urgencyOf, type Urgency } from './urgency';

const HOUR = 3_600_000;

function record(overrides: Partial<CodeRecord> = {}): CodeRecord {
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

/** A code as the repository stores it for a buyer in `zone`: recorded dates read there. */
function recorded(details: CodeDetails, zone: string, status: CodeStatus): CodeRecord {
  const { endsAt } = computeExpiry(details, undefined, zone);
  return record({ ...details, status, ...(endsAt === null ? {} : { expiresAt: endsAt }) });
}

describe('urgencyOf: the alert window edge for buyers in different time zones', () => {
  // Wed 2026-11-25 20:00 UTC: noon in Los Angeles, Thursday 05:00 in Tokyo.
  const now = Date.UTC(2026, 10, 25, 20);
  type Case = [
    zone: string,
    details: CodeDetails,
    status: CodeStatus,
    window: number,
    expected: Urgency | undefined,
  ];
  const cases: Case[] = [
    // A 3-day window takes codes ending by 2026-11-28T20:00Z.
    ['UTC', { expiresOn: '2026-11-27' }, 'ready', 3, 'expiring'], // ends 11-28T00:00Z
    ['UTC', { expiresOn: '2026-11-28' }, 'ready', 3, undefined], // ends 11-29T00:00Z
    ['Asia/Tokyo', { expiresOn: '2026-11-28' }, 'ready', 3, 'expiring'], // ends 11-28T15:00Z
    ['Pacific/Kiritimati', { expiresOn: '2026-11-28' }, 'new', 3, 'expiring'], // 11-28T10:00Z
    ['America/Los_Angeles', { expiresOn: '2026-11-27' }, 'applied', 3, 'expiring'], // 11-28T08:00Z
    ['America/Los_Angeles', { expiresOn: '2026-11-28' }, 'applied', 3, undefined], // 11-29T08:00Z
    // Received date plus duration is read in the buyer's zone too.
    ['UTC', { receivedOn: '2026-10-30', duration: 30 }, 'ready', 3, undefined],
    ['Asia/Tokyo', { receivedOn: '2026-10-30', duration: 30 }, 'ready', 3, 'expiring'],
    // The last day is today: over already in Tokyo, still running in Los Angeles.
    ['Asia/Tokyo', { expiresOn: '2026-11-25' }, 'applied', 3, 'expired-applied'],
    ['America/Los_Angeles', { expiresOn: '2026-11-25' }, 'applied', 3, 'expiring'],
    ['Asia/Tokyo', { expiresOn: '2026-11-25' }, 'ready', 3, undefined], // unused and over: dead
    // A wider window reaches further.
    // Ends 12-06T00:00Z: 10 days and 4 hours away, which counts as 11 days left.
    ['UTC', { expiresOn: '2026-12-05' }, 'ready', 11, 'expiring'],
    ['UTC', { expiresOn: '2026-12-05' }, 'ready', 10, undefined],
    ['UTC', { duration: 'none' }, 'applied', 60, undefined],
  ];

  it.each(cases)('%s %j %s, window %d → %s', (zone, details, status, window, expected) => {
    const found = urgencyOf(recorded(details, zone, status), { now, windowDays: window });
    expect(found?.urgency).toBe(expected);
  });

  it.each([
    [now + 72 * HOUR, 3, 'expiring'],
    [now + 72 * HOUR + 1, 3, undefined],
    [now + HOUR, 0, undefined], // a zero window warns only once it is over
    [now, 0, 'expired-applied'],
  ] as const)('applied code ending at %d with window %d → %s', (expiresAt, window, expected) => {
    const found = urgencyOf(record({ expiresAt, status: 'applied' }), { now, windowDays: window });
    expect(found?.urgency).toBe(expected);
  });

  it.each(['failed', 'revoked'] as const)('%s codes need action whatever their dates', (status) => {
    const found = urgencyOf(record({ status, expiresAt: now + 900 * HOUR }), {
      now,
      windowDays: 3,
    });
    expect(found?.urgency).toBe(status);
  });

  it('leaves usable codes without a known end alone', () => {
    expect(urgencyOf(record(), { now, windowDays: 3 })).toBeUndefined();
  });
});

describe('alertingCodes', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  const context = { now, windowDays: 3 };

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
