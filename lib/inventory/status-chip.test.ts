import { describe, expect, it } from 'vitest';
import { EXPIRED_UNUSED_DAYS, codesNeedingAction } from '../lifecycle/urgency';
import { VERDICT_TONE, type Tone } from '../preflight/vocabulary';
import type { CodeRecord } from '../records/schema';
import { chipKinds, chipTones, deriveStatusChip, type ChipKind } from './status-chip';
import { NOW, record } from './test-records';

/** The instant a code ends when its last day is `day - 1` November 2026 (UTC). NOW is Nov 25, noon. */
const endsAsDayBegins = (day: number) => Date.UTC(2026, 10, day);

describe('deriveStatusChip', () => {
  const cases: {
    name: string;
    input: Parameters<typeof record>[0];
    kind: ChipKind;
    daysLeft: number | null;
  }[] = [
    // Last day Dec 14: Nov 25 through Dec 14 is 20 days.
    {
      name: 'far expiry is ready',
      input: { expiresAt: Date.UTC(2026, 11, 15) },
      kind: 'ready',
      daysLeft: 20,
    },
    {
      name: 'no expiry chosen is ready',
      input: { duration: 'none' },
      kind: 'ready',
      daysLeft: null,
    },
    {
      name: 'last day Nov 27 is 3 days, inside the window',
      input: { expiresAt: endsAsDayBegins(28) },
      kind: 'expiring',
      daysLeft: 3,
    },
    {
      name: 'ending later today is 1 day',
      input: { expiresAt: NOW + 3_600_000 },
      kind: 'expiring',
      daysLeft: 1,
    },
    {
      name: 'past end is expired even if the status has not caught up',
      input: { status: 'ready', expiresAt: endsAsDayBegins(24) },
      kind: 'expired',
      daysLeft: -1,
    },
    {
      name: 'ending exactly now is expired',
      input: { expiresAt: NOW },
      kind: 'expired',
      daysLeft: 0,
    },
    {
      name: 'expired status without a date',
      input: { status: 'expired' },
      kind: 'expired',
      daysLeft: null,
    },
    {
      name: 'revoked wins over a future date',
      input: { status: 'revoked', expiresAt: endsAsDayBegins(30) },
      kind: 'revoked',
      daysLeft: 5,
    },
    {
      name: 'failed',
      input: { status: 'failed', failureReason: 'Post deleted' },
      kind: 'failed',
      daysLeft: null,
    },
    {
      name: 'no date and no duration is unknown, never ready',
      input: {},
      kind: 'unknown',
      daysLeft: null,
    },
    // Ads using an applied code stop when it ends: the chip says so instead of a calm "Applied".
    {
      name: 'applied, far from its end',
      input: { status: 'applied', expiresAt: endsAsDayBegins(30) },
      kind: 'applied',
      daysLeft: 5,
    },
    {
      name: 'applied without an end',
      input: { status: 'applied', duration: 'none' },
      kind: 'applied',
      daysLeft: null,
    },
    {
      name: 'applied, last day Nov 27',
      input: { status: 'applied', expiresAt: endsAsDayBegins(28) },
      kind: 'applied-expiring',
      daysLeft: 3,
    },
    {
      name: 'applied, ending now',
      input: { status: 'applied', expiresAt: NOW },
      kind: 'applied-expired',
      daysLeft: 0,
    },
    {
      name: 'applied, ended yesterday',
      input: { status: 'applied', expiresAt: endsAsDayBegins(24) },
      kind: 'applied-expired',
      daysLeft: -1,
    },
  ];

  it.each(cases)('$name', ({ input, kind, daysLeft }) => {
    expect(deriveStatusChip(record(input), NOW, 3, 'UTC')).toEqual({ kind, daysLeft });
  });

  it.each<[number, number, ChipKind]>([
    // The last day inside the window is still amber; one more day is ready.
    [3, 3, 'expiring'],
    [4, 3, 'ready'],
    [1, 0, 'ready'],
    [1, 1, 'expiring'],
  ])('%i days left with a %i-day window → %s', (days, window, kind) => {
    const chip = deriveStatusChip(
      record({ expiresAt: endsAsDayBegins(25 + days) }),
      NOW,
      window,
      'UTC',
    );
    expect(chip).toEqual({ kind, daysLeft: days });
  });

  it('counts days in the buyer’s zone', () => {
    // Nov 25 noon UTC is Nov 26 in Kiritimati (UTC+14): a code ending at UTC midnight on Nov 27
    // has its last day there on Nov 27, two days away counting today.
    const r = record({ expiresAt: endsAsDayBegins(27) });
    expect(deriveStatusChip(r, NOW, 0, 'UTC').daysLeft).toBe(2);
    expect(deriveStatusChip(r, NOW, 0, 'Pacific/Kiritimati').daysLeft).toBe(2);
    expect(deriveStatusChip(r, NOW, 0, 'America/Los_Angeles').daysLeft).toBe(2);
    expect(
      deriveStatusChip(
        record({ expiresAt: Date.UTC(2026, 10, 26, 10) }),
        NOW,
        0,
        'Pacific/Kiritimati',
      ).daysLeft,
    ).toBe(1);
  });

  it('a wider alert window turns more codes amber', () => {
    const r = record({ expiresAt: endsAsDayBegins(30) });
    expect(deriveStatusChip(r, NOW, 3).kind).toBe('ready');
    expect(deriveStatusChip(r, NOW, 7).kind).toBe('expiring');
  });

  it('warns on exactly the codes the badge and dashboard count as needing action', () => {
    const statuses: CodeRecord['status'][] = ['new', 'ready', 'applied', 'failed', 'revoked'];
    const ends = [
      undefined,
      NOW - 31 * 24 * 60 * 60 * 1000,
      NOW,
      endsAsDayBegins(24),
      endsAsDayBegins(27),
      endsAsDayBegins(28),
      endsAsDayBegins(29),
      endsAsDayBegins(40),
    ];
    const records = statuses.flatMap((status) =>
      ends.map((expiresAt) => record({ status, expiresAt, duration: 30 })),
    );
    const needing = new Set(
      codesNeedingAction(records, { now: NOW, timeZone: 'UTC', windowDays: 3 }).map(
        (u) => u.record.code,
      ),
    );
    // Unused codes that ended over a month ago are dead rather than to-do: blocked, not counted.
    const deadUnused = (r: CodeRecord) =>
      (r.status === 'new' || r.status === 'ready') &&
      r.expiresAt !== undefined &&
      r.expiresAt <= NOW - EXPIRED_UNUSED_DAYS * 24 * 60 * 60 * 1000;
    const warns = records.filter((r) => {
      const tone = chipTones[deriveStatusChip(r, NOW, 3, 'UTC').kind];
      return tone === 'attention' || (tone === 'blocked' && !deadUnused(r));
    });
    expect(new Set(warns.map((r) => r.code))).toEqual(needing);
  });
});

describe('chip tones: the look the page panel shares', () => {
  it.each<[ChipKind, Tone]>([
    ['ready', VERDICT_TONE.ready],
    ['expiring', 'attention'],
    ['expired', VERDICT_TONE.blocked],
    ['revoked', VERDICT_TONE.blocked],
    ['failed', VERDICT_TONE.blocked],
    ['unknown', VERDICT_TONE['not-checked']],
    ['applied', 'done'],
    ['applied-expiring', 'attention'],
    ['applied-expired', VERDICT_TONE.blocked],
  ])('%s is drawn as %s', (kind, tone) => {
    expect(chipTones[kind]).toBe(tone);
  });

  it('has a tone for every kind', () => {
    expect(Object.keys(chipTones).sort()).toEqual([...chipKinds].sort());
  });
});
