import { describe, expect, it } from 'vitest';
import { daysLeftText, deriveStatusChip, type ChipKind } from './status-chip';
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

  it('a wider alert window turns more codes amber', () => {
    const r = record({ expiresAt: NOW + 5 * DAY });
    expect(deriveStatusChip(r, NOW, 3).kind).toBe('ready');
    expect(deriveStatusChip(r, NOW, 7).kind).toBe('expiring');
  });
});
