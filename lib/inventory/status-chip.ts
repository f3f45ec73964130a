import type { CodeRecord } from '../records/schema';
import { daysLeft } from '../preflight/index';
import { VERDICT_WORD, type Tone } from '../preflight/vocabulary';

export const chipKinds = [
  'ready',
  'expiring',
  'expired',
  'revoked',
  'applied',
  'failed',
  'unknown',
] as const;
export type ChipKind = (typeof chipKinds)[number];

export interface StatusChip {
  kind: ChipKind;
  label: string;
  /** Why the chip says what it says, for a tooltip or screen reader description. */
  description: string;
  /** Whole days until the authorization ends; null when the end is unknown or there is none. */
  daysLeft: number | null;
}

export type ChipInput = Pick<CodeRecord, 'status' | 'expiresAt' | 'duration' | 'failureReason'>;

/** The tone each chip is drawn in: the same colour and icon the page panel gives its verdicts. */
export const chipTones: Record<ChipKind, Tone> = {
  ready: 'ready',
  expiring: 'attention',
  expired: 'blocked',
  revoked: 'blocked',
  applied: 'done',
  failed: 'blocked',
  unknown: 'unknown',
};

export const chipLabels: Record<ChipKind, string> = {
  ready: VERDICT_WORD.ready,
  expiring: 'Expiring soon',
  expired: 'Expired',
  revoked: 'Revoked',
  applied: 'Applied',
  failed: 'Failed',
  unknown: 'Expiry unknown',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One chip per code, worst news first: a firm outcome (applied, revoked, failed) beats anything
 * the dates say, and a code whose end we cannot work out is "unknown", never "ready".
 */
export function deriveStatusChip(
  record: ChipInput,
  now: number,
  alertWindowDays: number,
): StatusChip {
  const left = record.expiresAt === undefined ? null : daysLeft(record.expiresAt, now);
  if (record.status === 'applied') {
    return {
      kind: 'applied',
      label: 'Applied',
      description: 'Authorized in Ads Manager.',
      daysLeft: left,
    };
  }
  if (record.status === 'revoked') {
    return {
      kind: 'revoked',
      label: 'Revoked',
      description: 'The creator revoked this code. Ask for a fresh one.',
      daysLeft: left,
    };
  }
  if (record.status === 'failed') {
    return {
      kind: 'failed',
      label: 'Failed',
      description: record.failureReason ?? 'Ads Manager refused this code.',
      daysLeft: left,
    };
  }
  if (record.status === 'expired' || (record.expiresAt !== undefined && record.expiresAt <= now)) {
    return {
      kind: 'expired',
      label: 'Expired',
      description: 'The authorization has ended. Ask the creator to extend it or send a new code.',
      daysLeft: left === null ? null : Math.min(left, 0),
    };
  }
  if (left !== null && left <= alertWindowDays) {
    return {
      kind: 'expiring',
      label: `Expires in ${plural(left, 'day')}`,
      description: 'Use it soon, or ask the creator to extend the authorization.',
      daysLeft: left,
    };
  }
  if (left !== null || record.duration === 'none') {
    return {
      kind: 'ready',
      label: chipLabels.ready,
      description:
        left === null
          ? 'No expiry recorded for this code.'
          : `Valid for ${plural(left, 'more day')}.`,
      daysLeft: left,
    };
  }
  return {
    kind: 'unknown',
    label: chipLabels.unknown,
    description: 'Add the duration or expiry date the creator chose so the days left can be shown.',
    daysLeft: null,
  };
}

/** Words for the "days left" column. */
export function daysLeftText(chip: StatusChip, duration: CodeRecord['duration']): string {
  if (chip.daysLeft === null) return duration === 'none' ? 'No expiry' : '—';
  if (chip.kind === 'expired' || chip.daysLeft <= 0) return 'Expired';
  return plural(chip.daysLeft, 'day');
}
