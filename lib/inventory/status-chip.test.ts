import { describe, expect, it } from 'vitest';
import { VERDICT_TONE, VERDICT_WORD, type Tone } from '../preflight/vocabulary';
import { chipTones, daysLeftText, deriveStatusChip, type ChipKind } from './status-chip';
import { DAY, NOW, record } from './test-records';

describe('deriveStatusChip', () => {
  const cases: {
    name: string;
    input: Parameters<typeof record>[0];
    kind: ChipKind;
    label: string;
    daysLeft: number | null;
    text: string;
  }[] = [
    {
      name: 'far expiry is ready',
      input: { expiresAt: NOW + 20 * DAY },
      kind: 'ready',
      label: 'Ready',
      daysLeft: 20,
      text: '20 days',
    },
    {
      name: 'no expiry chosen is ready',
      input: { duration: 'none' },
      kind: 'ready',
      label: 'Ready',
      daysLeft: null,
      text: 'No expiry',
    },
    {
      name: 'inside the alert window counts whole days up',
      input: { expiresAt: NOW + 2.5 * DAY },
      kind: 'expiring',
      label: 'Expires in 3 days',
      daysLeft: 3,
      text: '3 days',
    },
    {
      name: 'one day is singular',
      input: { expiresAt: NOW + 3_600_000 },
      kind: 'expiring',
      label: 'Expires in 1 day',
      daysLeft: 1,
      text: '1 day',
    },
    {
      name: 'past end is expired even if the status has not caught up',
      input: { status: 'ready', expiresAt: NOW - DAY },
      kind: 'expired',
      label: 'Expired',
      daysLeft: -1,
      text: 'Expired',
    },
    {
      name: 'ending exactly now is expired',
      input: { expiresAt: NOW },
      kind: 'expired',
      label: 'Expired',
      daysLeft: 0,
      text: 'Expired',
    },
    {
      name: 'expired status without a date',
      input: { status: 'expired' },
      kind: 'expired',
      label: 'Expired',
      daysLeft: null,
      text: '—',
    },
    {
      name: 'revoked wins over a future date',
      input: { status: 'revoked', expiresAt: NOW + 20 * DAY },
      kind: 'revoked',
      label: 'Revoked',
      daysLeft: 20,
      text: '20 days',
    },
    {
      name: 'applied wins over a past date',
      input: { status: 'applied', expiresAt: NOW - DAY },
      kind: 'applied',
      label: 'Applied',
      daysLeft: -1,
      text: 'Expired',
    },
    {
      name: 'failed',
      input: { status: 'failed', failureReason: 'Post deleted' },
      kind: 'failed',
      label: 'Failed',
      daysLeft: null,
      text: '—',
    },
    {
      name: 'no date and no duration is unknown, never ready',
      input: {},
      kind: 'unknown',
      label: 'Expiry unknown',
      daysLeft: null,
      text: '—',
    },
  ];

  it.each(cases)('$name', ({ input, kind, label, daysLeft, text }) => {
    const r = record(input);
    const chip = deriveStatusChip(r, NOW, 3);
    expect({ kind: chip.kind, label: chip.label, daysLeft: chip.daysLeft }).toEqual({
      kind,
      label,
      daysLeft,
    });
    expect(daysLeftText(chip, r.duration)).toBe(text);
  });

  it('uses the failure reason as the description', () => {
    const chip = deriveStatusChip(
      record({ status: 'failed', failureReason: 'Post deleted' }),
      NOW,
      3,
    );
    expect(chip.description).toBe('Post deleted');
  });

  it.each<[string, Parameters<typeof record>[0], string]>([
    ['applied', { status: 'applied' }, 'Authorized in Ads Manager.'],
    ['revoked', { status: 'revoked' }, 'The creator revoked this code. Ask for a fresh one.'],
    ['failed without a reason', { status: 'failed' }, 'Ads Manager refused this code.'],
    [
      'expired',
      { status: 'expired' },
      'The authorization has ended. Ask the creator to extend it or send a new code.',
    ],
    [
      'expiring',
      { expiresAt: NOW + DAY },
      'Use it soon, or ask the creator to extend the authorization.',
    ],
    [
      'ready with one day beyond the window',
      { expiresAt: NOW + 4 * DAY },
      'Valid for 4 more days.',
    ],
    ['ready without an expiry', { duration: 'none' }, 'No expiry recorded for this code.'],
    [
      'unknown',
      {},
      'Add the duration or expiry date the creator chose so the days left can be shown.',
    ],
  ])('explains a %s chip', (_name, input, description) => {
    expect(deriveStatusChip(record(input), NOW, 3).description).toBe(description);
  });

  it.each<[number, number, ChipKind, string]>([
    // The last day inside the window is still amber; one more day is ready.
    [3, 3, 'expiring', 'Expires in 3 days'],
    [4, 3, 'ready', 'Ready'],
    [1, 0, 'ready', 'Ready'],
    [1, 1, 'expiring', 'Expires in 1 day'],
  ])('%i days left with a %i-day window → %s', (days, window, kind, label) => {
    const chip = deriveStatusChip(record({ expiresAt: NOW + days * DAY }), NOW, window);
    expect([chip.kind, chip.label]).toEqual([kind, label]);
  });

  it('says one more day in the singular', () => {
    const chip = deriveStatusChip(record({ expiresAt: NOW + DAY }), NOW, 0);
    expect(chip.description).toBe('Valid for 1 more day.');
  });

  it.each<[string, Parameters<typeof record>[0], string]>([
    ['an applied code ending now', { status: 'applied', expiresAt: NOW }, 'Expired'],
    ['an applied code with days left', { status: 'applied', expiresAt: NOW + DAY }, '1 day'],
    ['an unknown end with a duration', { duration: 30 }, '—'],
  ])('days left for %s', (_name, input, text) => {
    const r = record(input);
    expect(daysLeftText(deriveStatusChip(r, NOW, 3), r.duration)).toBe(text);
  });

  it('a wider alert window turns more codes amber', () => {
    const r = record({ expiresAt: NOW + 5 * DAY });
    expect(deriveStatusChip(r, NOW, 3).kind).toBe('ready');
    expect(deriveStatusChip(r, NOW, 7).kind).toBe('expiring');
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
  ])('%s is drawn as %s', (kind, tone) => {
    expect(chipTones[kind]).toBe(tone);
  });

  it('calls a usable code by the word the panel uses for a ready one', () => {
    const chip = deriveStatusChip(record({ expiresAt: NOW + 20 * DAY }), NOW, 3);
    expect(chip.label).toBe(VERDICT_WORD.ready);
  });
});
