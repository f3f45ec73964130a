import { describe, expect, it } from 'vitest';
import type { CodeDetails, CodeRecord, CodeStatus } from '../records/schema';
import { computeExpiry } from '../preflight/expiry';
import { sampleCode } from '../transfer/sample-codes.testing';
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

describe('urgencyOf: codes that ran out before anyone used them', () => {
  const now = Date.UTC(2026, 10, 25, 20);
  const DAY = 24 * HOUR;
  const context = { now, timeZone: 'UTC', windowDays: 3 };
  it.each<[string, Partial<CodeRecord>, Urgency | undefined]>([
    [
      'marked expired, never applied',
      { status: 'expired', updatedAt: now - DAY },
      'expired-unused',
    ],
    ['marked expired a month ago', { status: 'expired', updatedAt: now - 30 * DAY }, undefined],
    [
      'marked expired after it ran in ads',
      { status: 'expired', updatedAt: now - DAY, appliedAt: now - 9 * DAY },
      undefined,
    ],
    [
      'marked expired, its end known',
      { status: 'expired', updatedAt: now, expiresAt: now - 2 * DAY },
      'expired-unused',
    ],
    ['revoked', { status: 'revoked' }, 'revoked'],
  ])('%s → %s', (_, overrides, expected) => {
    expect(urgencyOf(record(overrides), context)?.urgency).toBe(expected);
  });

  it('is listed after codes still running out and is not alerted', () => {
    const records = [
      record({ code: sampleCode(1), status: 'expired', updatedAt: now - DAY }),
      record({ code: sampleCode(2), status: 'ready', expiresAt: now + DAY }),
    ];
    expect(codesNeedingAction(records, context).map((u) => u.urgency)).toEqual([
      'expiring',
      'expired-unused',
    ]);
    expect(alertingCodes(records, context).map((u) => u.record.code)).toEqual([sampleCode(2)]);
  });
});

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
    // A 3-day window takes codes whose last day is at most two days after today, in the
    // buyer's zone: today counts as the first of the three days.
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
    // Unused and over: the creator is asked for a new code, for a month after the end.
    ['Asia/Tokyo', { expiresOn: '2026-11-25' }, 'ready', 3, 'expired-unused'],
    ['UTC', { expiresOn: '2026-10-27' }, 'new', 3, 'expired-unused'], // ended 10-28T00:00Z
    ['UTC', { expiresOn: '2026-10-25' }, 'new', 3, undefined], // ended 10-26T00:00Z: over a month
    // A wider window reaches further.
    // Last day Dec 5: Nov 25 through Dec 5 is 11 days, today included.
    ['UTC', { expiresOn: '2026-12-05' }, 'ready', 11, 'expiring'],
    ['UTC', { expiresOn: '2026-12-05' }, 'ready', 10, undefined],
    ['UTC', { duration: 'none' }, 'applied', 60, undefined],
  ];

  it.each(cases)('%s %j %s, window %d → %s', (zone, details, status, window, expected) => {
    const found = urgencyOf(recorded(details, zone, status), {
      now,
      timeZone: zone,
      windowDays: window,
    });
    expect(found?.urgency).toBe(expected);
  });

  it.each([
    // Ends as Nov 28 begins: last day Nov 27, the third day counting today (UTC).
    [Date.UTC(2026, 10, 28), 3, 'expiring'],
    [Date.UTC(2026, 10, 28) + 1, 3, undefined],
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

  const CODES = {
    later: sampleCode(1),
    soon: sampleCode(2),
    ended: sampleCode(3),
    failed: sampleCode(4),
    far: sampleCode(5),
  };

  it('counts expiring and ended-while-applied codes, most urgent first', () => {
    const records = [
      record({ code: CODES.later, expiresAt: Date.UTC(2026, 10, 28), status: 'ready' }),
      record({ code: CODES.soon, expiresAt: Date.UTC(2026, 10, 26), status: 'new' }),
      record({ code: CODES.ended, expiresAt: Date.UTC(2026, 10, 20), status: 'applied' }),
      record({ code: CODES.failed, status: 'failed' }),
      record({ code: CODES.far, expiresAt: Date.UTC(2026, 11, 20), status: 'ready' }),
    ];
    expect(alertingCodes(records, context).map((u) => u.record.code)).toEqual([
      CODES.ended,
      CODES.soon,
      CODES.later,
    ]);
    expect(codesNeedingAction(records, context).map((u) => u.urgency)).toEqual([
      'expired-applied',
      'expiring',
      'expiring',
      'failed',
    ]);
  });
});

describe('urgencyOf: only codes that can still be used are running out', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  const endsSoon = { expiresAt: now + 36 * HOUR };

  it.each([
    ['a whole code', record(endsSoon), 'expiring'],
    [
      'a half-typed fragment',
      record({ ...endsSoon, code: '#s63DdePaj9HjSv2BPcSrDfTxU' }),
      undefined,
    ],
    [
      'a code TikTok says was revoked',
      record({
        ...endsSoon,
        live: {
          kind: 'failure',
          failure: { fetchedAt: now, reason: 'revoked', definitive: true, message: 'm', fix: 'f' },
        },
      }),
      undefined,
    ],
    [
      'an applied fragment, still in use',
      record({ ...endsSoon, code: '#s63DdePaj9HjSv2BPcSrDfTxU', status: 'applied' }),
      'expiring',
    ],
  ])('%s → %s', (_label, rec, expected) => {
    expect(urgencyOf(rec, { now, windowDays: 3, timeZone: 'UTC' })?.urgency).toBe(expected);
  });
});
