import { DEFAULT_ALERT_WINDOW_DAYS } from './expiry';
import { plural } from './result';
import { verdictOf } from './run';
import type { CheckResult } from './types';

export interface SummaryItem {
  results: readonly CheckResult[];
  /** Whole days until the authorization ends; null or absent when unknown or never. */
  daysLeft?: number | null;
}

export interface SummaryOptions {
  /** Days before the end that count as "expiring"; the same window the expiry check warns in. */
  alertWindowDays?: number;
}

/** Each code lands in exactly one bucket: the most pressing thing about it. */
export const summaryBuckets = [
  'ready',
  'unverified',
  'expiring',
  'attention',
  'expired',
  'blocked',
] as const;
export type SummaryBucket = (typeof summaryBuckets)[number];

export function bucketOf(item: SummaryItem, options: SummaryOptions = {}): SummaryBucket {
  const window = options.alertWindowDays ?? DEFAULT_ALERT_WINDOW_DAYS;
  const left = item.daysLeft ?? null;
  const expiry = item.results.find((r) => r.id === 'expiry');
  const verdict = verdictOf(item.results);
  if (expiry?.status === 'fail' || (left !== null && left <= 0)) return 'expired';
  if (verdict === 'fail') return 'blocked';
  // Time running out is the one problem that gets worse on its own, so it outranks warnings.
  if (left !== null && left <= window) return 'expiring';
  if (verdict === 'warn') return 'attention';
  if (verdict === 'unknown') return 'unverified';
  return 'ready';
}

function expiringText(days: readonly number[]): string {
  const count = days.length;
  const verb = count === 1 ? 'expires' : 'expire';
  const latest = Math.max(...days);
  const when = days.every((d) => d === latest) ? 'in' : 'within';
  return `${count} ${verb} ${when} ${plural(latest, 'day')}`;
}

const needs = (count: number, what: string) => `${count} ${count === 1 ? 'needs' : 'need'} ${what}`;

/**
 * One line for a list of checked codes, e.g. "18 ready · 1 expires in 2 days · 1 expired".
 * Empty buckets are left out.
 */
export function summarize(items: readonly SummaryItem[], options: SummaryOptions = {}): string {
  if (items.length === 0) return 'No codes';
  const buckets = new Map<SummaryBucket, SummaryItem[]>(summaryBuckets.map((b) => [b, []]));
  // Stryker disable next-line OptionalChaining: every bucket is in the map
  for (const item of items) buckets.get(bucketOf(item, options))?.push(item);
  // Stryker disable next-line OptionalChaining: every bucket is in the map
  const count = (bucket: SummaryBucket) => buckets.get(bucket)?.length ?? 0;
  // Stryker disable next-line ArrayDeclaration: every bucket is in the map
  const expiringDays = (buckets.get('expiring') ?? []).map((item) => item.daysLeft ?? 0);

  const parts: Record<SummaryBucket, string> = {
    ready: `${count('ready')} ready`,
    unverified: `${count('unverified')} not fully checked`,
    expiring: expiringText(expiringDays),
    attention: needs(count('attention'), 'a look'),
    expired: `${count('expired')} expired`,
    blocked: needs(count('blocked'), 'fixing'),
  };
  return summaryBuckets
    .filter((bucket) => count(bucket) > 0)
    .map((bucket) => parts[bucket])
    .join(' · ');
}
