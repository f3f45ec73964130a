import type { CodeRecord } from '../records/schema';
import { daysLeft } from '../preflight/index';
import type { Tone } from '../preflight/vocabulary';

export const chipKinds = [
  'ready',
  'expiring',
  'expired',
  'revoked',
  'applied',
  'applied-expiring',
  'applied-expired',
  'failed',
  'unknown',
] as const;
export type ChipKind = (typeof chipKinds)[number];

/**
 * What a code's chip says, as data: the words for each kind live in messages.json
 * (components/common/StatusChip.tsx), so the rules here stay free of any language.
 */
export interface StatusChip {
  kind: ChipKind;
  /** Days the buyer still has, as `daysLeft` counts them; null when the end is unknown or there is none. */
  daysLeft: number | null;
}

export type ChipInput = Pick<CodeRecord, 'status' | 'expiresAt' | 'duration'>;

/** The tone each chip is drawn in: the same colour and icon the page panel gives its verdicts. */
export const chipTones: Record<ChipKind, Tone> = {
  ready: 'ready',
  expiring: 'attention',
  expired: 'blocked',
  revoked: 'blocked',
  applied: 'done',
  'applied-expiring': 'attention',
  'applied-expired': 'blocked',
  failed: 'blocked',
  unknown: 'unknown',
};

/**
 * One chip per code, worst news first. Applied, revoked and failed are firm outcomes, but an
 * applied code's end still matters: ads using it stop when it ends, so an applied code inside the
 * alert window warns and one past its end is blocked, as the dashboard and badge count them
 * (lib/lifecycle/urgency.ts). A code whose end we cannot work out is "unknown", never "ready".
 */
export function deriveStatusChip(
  record: ChipInput,
  now: number,
  alertWindowDays: number,
  timeZone?: string,
): StatusChip {
  const left = record.expiresAt === undefined ? null : daysLeft(record.expiresAt, now, timeZone);
  const ended = record.expiresAt !== undefined && record.expiresAt <= now;
  const soon = left !== null && left <= alertWindowDays;
  if (record.status === 'applied') {
    if (ended) return { kind: 'applied-expired', daysLeft: left };
    return { kind: soon ? 'applied-expiring' : 'applied', daysLeft: left };
  }
  if (record.status === 'revoked' || record.status === 'failed') {
    return { kind: record.status, daysLeft: left };
  }
  if (record.status === 'expired' || ended) {
    return { kind: 'expired', daysLeft: left === null ? null : Math.min(left, 0) };
  }
  if (soon) return { kind: 'expiring', daysLeft: left };
  if (left !== null || record.duration === 'none') return { kind: 'ready', daysLeft: left };
  return { kind: 'unknown', daysLeft: null };
}
