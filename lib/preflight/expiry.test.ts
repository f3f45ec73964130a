import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeExpiry, daysLeft, expiryCheck, type Expiry, type ExpiryRecord } from './expiry';
import { DAY, NOW, facts, failure, makeContext, makeInput, makeRecord } from './test-fixtures';
import type { LiveFacts } from '../tiktok/facts';
import type { CheckStatus, PreflightContext, PreflightInput } from './types';

const utc = (iso: string) => Date.parse(iso);

describe('computeExpiry', () => {
  const cases: {
    name: string;
    record: ExpiryRecord;
    live?: Partial<LiveFacts>;
    zone?: string;
    expected: Expiry;
  }[] = [
    {
      name: 'live end time wins over everything recorded',
      record: { expiresOn: '2026-12-31', duration: 'none' },
      live: { authEnd: utc('2026-07-01T08:30:00Z') },
      expected: { endsAt: utc('2026-07-01T08:30:00Z'), source: 'live' },
    },
    {
      name: 'live facts without an end time fall back to the record',
      record: { expiresOn: '2026-03-10' },
      live: { authStatus: 'AUTHORIZED' },
      expected: { endsAt: utc('2026-03-11T00:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry date, UTC by default: usable through that day',
      record: { expiresOn: '2026-03-10' },
      expected: { endsAt: utc('2026-03-11T00:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry date in Tokyo',
      record: { expiresOn: '2026-03-10' },
      zone: 'Asia/Tokyo',
      expected: { endsAt: utc('2026-03-10T15:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry date in Kiritimati (UTC+14)',
      record: { expiresOn: '2026-01-01' },
      zone: 'Pacific/Kiritimati',
      expected: { endsAt: utc('2026-01-01T10:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry date in London summer time',
      record: { expiresOn: '2026-07-01' },
      zone: 'Europe/London',
      expected: { endsAt: utc('2026-07-01T23:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry the day before New York springs forward ends at EST midnight',
      record: { expiresOn: '2026-03-07' },
      zone: 'America/New_York',
      expected: { endsAt: utc('2026-03-08T05:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry on the spring-forward day ends at EDT midnight',
      record: { expiresOn: '2026-03-08' },
      zone: 'America/New_York',
      expected: { endsAt: utc('2026-03-09T04:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'expiry date wins over received date and duration',
      record: { expiresOn: '2026-03-10', receivedOn: '2026-03-01', duration: 30 },
      expected: { endsAt: utc('2026-03-11T00:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'received + 30 days across New York spring-forward stays on midnight',
      record: { receivedOn: '2026-03-01', duration: 30 },
      zone: 'America/New_York',
      expected: { endsAt: utc('2026-03-31T04:00:00Z'), source: 'received-plus-duration' },
    },
    {
      name: 'received + 7 days across Berlin fall-back stays on midnight',
      record: { receivedOn: '2026-10-20', duration: 7 },
      zone: 'Europe/Berlin',
      expected: { endsAt: utc('2026-10-26T23:00:00Z'), source: 'received-plus-duration' },
    },
    {
      name: 'received + 365 days over a leap day',
      record: { receivedOn: '2027-06-01', duration: 365 },
      expected: { endsAt: utc('2028-05-31T00:00:00Z'), source: 'received-plus-duration' },
    },
    {
      name: 'no received date: the calendar day it was added, in the buyer zone',
      record: { addedAt: utc('2026-06-15T02:00:00Z'), duration: 7 },
      zone: 'America/Los_Angeles',
      expected: { endsAt: utc('2026-06-21T07:00:00Z'), source: 'received-plus-duration' },
    },
    {
      name: 'same added moment read in Tokyo is already the next day',
      record: { addedAt: utc('2026-06-15T20:00:00Z'), duration: 7 },
      zone: 'Asia/Tokyo',
      expected: { endsAt: utc('2026-06-22T15:00:00Z'), source: 'received-plus-duration' },
    },
    {
      name: 'no expiry chosen',
      record: { receivedOn: '2026-03-01', duration: 'none' },
      expected: { endsAt: null, source: 'no-expiry' },
    },
    {
      name: 'an impossible expiry date is ignored',
      record: { expiresOn: '2026-02-30', receivedOn: '2026-02-01', duration: 7 },
      expected: { endsAt: utc('2026-02-08T00:00:00Z'), source: 'received-plus-duration' },
    },
    {
      name: 'an unknown time zone is read as UTC',
      record: { expiresOn: '2026-03-10' },
      zone: 'Mars/Olympus_Mons',
      expected: { endsAt: utc('2026-03-11T00:00:00Z'), source: 'expiry-date' },
    },
    {
      name: 'duration without any start date',
      record: { duration: 30 },
      expected: { endsAt: null, source: 'unknown' },
    },
    {
      name: 'received date without a duration',
      record: { receivedOn: '2026-03-01' },
      expected: { endsAt: null, source: 'unknown' },
    },
    { name: 'nothing recorded', record: {}, expected: { endsAt: null, source: 'unknown' } },
  ];

  it.each(cases)('$name', ({ record, live, zone, expected }) => {
    const liveFacts = live ? { fetchedAt: NOW, ...live } : undefined;
    expect(computeExpiry(record, liveFacts, zone)).toEqual(expected);
  });

  const zones = [
    'UTC',
    'America/New_York',
    'America/Sao_Paulo',
    'Europe/Berlin',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
  ];
  const calendarDay = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z') })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString().slice(0, 10));

  it('an expiry date always ends at the first moment of the next local day', () => {
    fc.assert(
      fc.property(calendarDay, fc.constantFrom(...zones), (expiresOn, zone) => {
        const { endsAt } = computeExpiry({ expiresOn }, undefined, zone);
        const lastMoment = new TZDate((endsAt as number) - 1, zone);
        const firstAfter = new TZDate(endsAt as number, zone);
        expect(lastMoment.toISOString().slice(0, 10)).toBe(expiresOn);
        expect(firstAfter.toISOString().slice(0, 10)).not.toBe(expiresOn);
      }),
    );
  });

  it('received + duration covers exactly that many local calendar days', () => {
    fc.assert(
      fc.property(
        calendarDay,
        fc.constantFrom(7, 30, 60, 365),
        fc.constantFrom(...zones),
        (receivedOn, duration, zone) => {
          const { endsAt } = computeExpiry({ receivedOn, duration }, undefined, zone);
          const end = new TZDate(endsAt as number, zone);
          const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
          const start = new TZDate(y, m - 1, d, 12, zone);
          const calendarDays = Math.round(
            (Date.UTC(end.getFullYear(), end.getMonth(), end.getDate()) -
              Date.UTC(start.getFullYear(), start.getMonth(), start.getDate())) /
              DAY,
          );
          expect(calendarDays).toBe(duration);
        },
      ),
    );
  });
});

describe("daysLeft: calendar days in the buyer's zone, today included", () => {
  // NOW is 2026-06-15 12:00 UTC.
  const midnight = (day: number) => Date.UTC(2026, 5, day);
  it.each([
    ['ending in three hours: today is the last day', NOW + 3 * 60 * 60 * 1000, 'UTC', 1],
    ['ending as tomorrow begins: last day today', midnight(16), 'UTC', 1],
    ['ending tomorrow at noon: today and tomorrow', NOW + DAY, 'UTC', 2],
    ['ending as Jun 18 begins: 15, 16 and 17', midnight(18), 'UTC', 3],
    // 12:00 UTC is 21:00 in Tokyo; a code ending at Tokyo midnight has the rest of today.
    ['Tokyo, ending at its next midnight', Date.UTC(2026, 5, 15, 15), 'Asia/Tokyo', 1],
    // 12:00 UTC is 05:00 in Los Angeles; UTC midnight on the 16th is the 15th there.
    ['Los Angeles, ending on the 15th at 17:00', midnight(16), 'America/Los_Angeles', 1],
    ['an unknown zone counts in UTC', midnight(18), 'Not/AZone', 3],
    ['ending right now', NOW, 'UTC', 0],
    ['ended earlier today', NOW - 60_000, 'UTC', 0],
    ['ended as today began', midnight(15), 'UTC', 0],
    ['ended as yesterday began', midnight(14), 'UTC', -1],
    ['ended three days ago at noon', NOW - 3 * DAY, 'UTC', -2],
  ])('%s → %i', (_name, endsAt, zone, expected) => {
    expect(Object.is(daysLeft(endsAt, NOW, zone), expected)).toBe(true);
  });
});

describe('expiryCheck', () => {
  // NOW is 2026-06-15 12:00 UTC.
  const cases: {
    name: string;
    input: Partial<PreflightInput>;
    context?: Partial<PreflightContext>;
    status: CheckStatus;
    message: string | RegExp;
    fix?: RegExp;
  }[] = [
    {
      name: 'TikTok says expired (4025)',
      input: { live: failure('expired', true, { apiCode: 4025 }) },
      status: 'fail',
      message: 'TikTok says this code has expired',
      fix: /extend the authorization, or send a new code/,
    },
    {
      name: 'TikTok shows status EXPIRED',
      input: { live: facts({ authStatus: 'expired' }) },
      status: 'fail',
      message: 'TikTok shows this authorization as expired',
      fix: /extend the authorization/,
    },
    {
      name: 'live end time in the past',
      input: { live: facts({ authEnd: Date.UTC(2026, 5, 14, 8) }) },
      status: 'fail',
      message: 'Expired on Jun 14, 2026 (from TikTok)',
      fix: /extend the authorization/,
    },
    {
      name: 'live end time at this very moment',
      input: { live: facts({ authEnd: NOW }) },
      status: 'fail',
      message: 'Expired on Jun 15, 2026 (from TikTok)',
      fix: /extend the authorization/,
    },
    {
      name: 'live end time a moment from now',
      input: { live: facts({ authEnd: NOW + 1 }) },
      status: 'warn',
      message: 'Expires in 1 day (last day Jun 15, 2026) (from TikTok)',
    },
    {
      name: 'recorded expiry date ends at this very moment',
      input: { record: makeRecord({ expiresOn: '2026-06-14' }) },
      context: { now: Date.UTC(2026, 5, 15) },
      status: 'fail',
      message: 'Expired on Jun 14, 2026',
    },
    {
      name: 'TikTok status " Expired " with spaces and mixed case',
      input: { live: facts({ authStatus: ' Expired ' }) },
      status: 'fail',
      message: 'TikTok shows this authorization as expired',
    },
    {
      name: 'an old "expired" mark stands against stored facts that are not fresh',
      input: {
        record: makeRecord({
          status: 'expired',
          live: facts({ authStatus: 'AUTHORIZED', authEnd: NOW + 30 * DAY }),
        }),
      },
      status: 'fail',
      message: 'Marked as expired in your inventory',
    },
    {
      name: 'recorded expiry date yesterday',
      input: { record: makeRecord({ expiresOn: '2026-06-14' }) },
      status: 'fail',
      message: 'Expired on Jun 14, 2026',
      fix: /send a new code/,
    },
    {
      name: 'received + duration already over',
      input: { record: makeRecord({ receivedOn: '2026-06-01', duration: 7 }) },
      status: 'fail',
      message: 'Expired on Jun 7, 2026 (worked out from when you got it)',
    },
    {
      name: 'recorded expiry date today, read in Tokyo where today is over',
      input: { record: makeRecord({ expiresOn: '2026-06-15' }) },
      // 16:00 UTC is already 01:00 on Jun 16 in Tokyo.
      context: { timeZone: 'Asia/Tokyo', now: Date.UTC(2026, 5, 15, 16) },
      status: 'fail',
      message: 'Expired on Jun 15, 2026',
    },
    {
      name: 'marked expired in the inventory with no dates',
      input: { record: makeRecord({ status: 'expired' }) },
      status: 'fail',
      message: 'Marked as expired in your inventory',
    },
    {
      name: 'last day today',
      input: { record: makeRecord({ expiresOn: '2026-06-15' }) },
      status: 'warn',
      message: 'Expires in 1 day (last day Jun 15, 2026)',
      fix: /Authorize it soon/,
    },
    {
      name: 'three days left: inside the default window',
      input: { record: makeRecord({ expiresOn: '2026-06-17' }) },
      status: 'warn',
      message: 'Expires in 3 days (last day Jun 17, 2026)',
    },
    {
      name: 'live end soon',
      input: { live: facts({ authStatus: 'IN_USE', authEnd: NOW + 1.25 * DAY }) },
      status: 'warn',
      message: 'Expires in 2 days (last day Jun 16, 2026) (from TikTok)',
    },
    {
      name: 'wider alert window from settings',
      input: { record: makeRecord({ expiresOn: '2026-06-20' }) },
      context: { alertWindowDays: 7 },
      status: 'warn',
      message: 'Expires in 6 days (last day Jun 20, 2026)',
    },
    {
      name: 'ends before the campaign does',
      input: { record: makeRecord({ expiresOn: '2026-07-01', campaignEndsOn: '2026-07-10' }) },
      status: 'warn',
      message: 'Ends on Jul 1, 2026, before your campaign ends on Jul 10, 2026',
      fix: /extend the authorization past Jul 10, 2026/,
    },
    {
      name: 'ends soon and before the campaign: both said',
      input: { record: makeRecord({ expiresOn: '2026-06-16', campaignEndsOn: '2026-06-30' }) },
      status: 'warn',
      message:
        'Expires in 2 days (last day Jun 16, 2026). Ends on Jun 16, 2026, before your campaign ends on Jun 30, 2026',
    },
    {
      name: 'ends the day after the campaign: lasts through it',
      input: { record: makeRecord({ expiresOn: '2026-07-11', campaignEndsOn: '2026-07-10' }) },
      status: 'pass',
      message: 'Usable through Jul 11, 2026, 27 days left',
    },
    {
      name: 'ends the day before the campaign ends',
      input: { record: makeRecord({ expiresOn: '2026-07-09', campaignEndsOn: '2026-07-10' }) },
      status: 'warn',
      message: 'Ends on Jul 9, 2026, before your campaign ends on Jul 10, 2026',
    },
    {
      name: 'an impossible campaign end date is ignored',
      input: { record: makeRecord({ expiresOn: '2026-07-01', campaignEndsOn: '2026-13-01' }) },
      status: 'pass',
      message: 'Usable through Jul 1, 2026, 17 days left',
    },
    {
      name: 'four days left: outside the default window',
      input: { record: makeRecord({ expiresOn: '2026-06-18' }) },
      status: 'pass',
      message: 'Usable through Jun 18, 2026, 4 days left',
    },
    {
      name: 'alert window of zero days',
      input: { record: makeRecord({ expiresOn: '2026-06-15' }) },
      context: { alertWindowDays: 0 },
      status: 'pass',
      message: 'Usable through Jun 15, 2026, 1 day left',
    },
    {
      name: 'lasts through the campaign end day',
      input: { record: makeRecord({ expiresOn: '2026-07-10', campaignEndsOn: '2026-07-10' }) },
      status: 'pass',
      message: 'Usable through Jul 10, 2026, 26 days left',
    },
    {
      name: 'received + duration in the future',
      input: { record: makeRecord({ receivedOn: '2026-06-01', duration: 30 }) },
      status: 'pass',
      message: 'Usable through Jun 30, 2026, 16 days left (worked out from when you got it)',
    },
    {
      name: 'end time stored from an earlier lookup',
      input: { record: makeRecord({ live: facts({ authEnd: Date.UTC(2026, 7, 1) }) }) },
      status: 'pass',
      message: 'Usable through Jul 31, 2026, 47 days left (from TikTok)',
    },
    {
      name: 'fresh live facts overrule an old "expired" mark',
      input: {
        record: makeRecord({ status: 'expired' }),
        live: facts({ authStatus: 'AUTHORIZED', authEnd: NOW + 30 * DAY }),
      },
      status: 'pass',
      message: /^Usable through Jul 15, 2026/,
    },
    {
      name: 'no expiry chosen',
      input: { record: makeRecord({ duration: 'none' }) },
      status: 'pass',
      message: 'Recorded as having no expiry date',
    },
    {
      name: 'a network fault does not hide recorded dates',
      input: { record: makeRecord({ expiresOn: '2026-07-01' }), live: failure('network', false) },
      status: 'pass',
      message: 'Usable through Jul 1, 2026, 17 days left',
    },
    {
      name: 'nothing recorded',
      input: { record: makeRecord() },
      status: 'unknown',
      message: 'Expiry not known',
      fix: /^Record the expiry date, or the date you got the code and its duration\. .*API token/,
    },
    {
      name: 'not in the inventory and no live lookup',
      input: {},
      status: 'unknown',
      message: 'Expiry not known',
      fix: /^Add the code to your inventory with its expiry date/,
    },
    {
      name: 'TikTok verdict about something else leaves expiry unknown',
      input: { record: makeRecord(), live: failure('revoked', true) },
      status: 'unknown',
      message: 'Expiry not known',
      // TikTok did answer, so setting up a token is not the way forward.
      fix: /^Record the expiry date, or the date you got the code and its duration$/,
    },
    ...(['network', 'timeout', 'server', 'rate_limited', 'auth', 'bad_response'] as const).map(
      (reason) => ({
        name: `a ${reason} fault with nothing recorded`,
        input: { record: makeRecord(), live: failure(reason, false) },
        status: 'unknown' as const,
        message: `Expiry not known: TikTok said ${reason}`,
        fix: new RegExp(`Fix for ${reason}$`),
      }),
    ),
  ];

  it.each(cases)('$name → $status', ({ input, context, status, message, fix }) => {
    const result = expiryCheck(makeInput(input), makeContext(context));
    expect(result.id).toBe('expiry');
    expect(result.status).toBe(status);
    if (typeof message === 'string') expect(result.message).toBe(message);
    else expect(result.message).toMatch(message);
    if (fix) expect(result.fix).toMatch(fix);
    if (status === 'pass') expect(result.fix).toBe('');
  });
});
