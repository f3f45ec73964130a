import { z } from 'zod';

/*
 * What the reports said a code's post earned on its ad account, as stored per code with the
 * time it was read. A period TikTok could not report on stays "unknown" with the reason; it is
 * never stored as zero.
 */

/** Why figures are missing: TikTok's own explanation, or a message key of ours with its values. */
export const unknownReasonSchema = z.object({
  /** messages.json key and its `$1`… values, for reasons the extension words itself. */
  key: z.string().max(100).optional(),
  values: z.array(z.string().max(500)).max(10).optional(),
  /** TikTok's or the client's explanation, already in plain words. */
  message: z.string().max(2000).optional(),
  fix: z.string().max(2000).optional(),
});
export type UnknownReason = z.infer<typeof unknownReasonSchema>;

const amount = z.number().finite().optional();

export const periodFiguresSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('figures'),
    /** `YYYY-MM-DD` in the account's time zone, both days included. */
    startDate: z.string(),
    endDate: z.string(),
    adIds: z.array(z.string()),
    spend: amount,
    impressions: amount,
    clicks: amount,
    conversions: amount,
    purchaseValue: amount,
    roas: amount,
  }),
  /** The account's full list of ads has none that runs this post. */
  z.object({ kind: z.literal('no-ads') }),
  z.object({ kind: z.literal('unknown'), reason: unknownReasonSchema }),
]);
export type PeriodFigures = z.infer<typeof periodFiguresSchema>;

export const PERFORMANCE_PERIODS = ['days7', 'days30'] as const;
export type PerformancePeriod = (typeof PERFORMANCE_PERIODS)[number];
export const PERIOD_DAYS: Record<PerformancePeriod, number> = { days7: 7, days30: 30 };

export const codePerformanceSchema = z.object({
  code: z.string(),
  advertiserId: z.string(),
  /** The post the figures are for. */
  itemId: z.string().optional(),
  /** The account's currency (ISO 4217), when TikTok or Options gave it. */
  currency: z.string().max(10).optional(),
  /** When the reports were read (epoch ms). */
  readAt: z.number(),
  days7: periodFiguresSchema,
  days30: periodFiguresSchema,
});
export type CodePerformance = z.infer<typeof codePerformanceSchema>;

/** One refresh of one ad account: paces the background and tells the buyer how it went. */
export const performanceRunSchema = z.object({
  advertiserId: z.string(),
  readAt: z.number(),
  ok: z.boolean(),
  /** Why the run failed, when it did. */
  reason: unknownReasonSchema.optional(),
  currency: z.string().max(10).optional(),
  timezone: z.string().max(60).optional(),
});
export type PerformanceRun = z.infer<typeof performanceRunSchema>;

/** A code the buyer marked by hand as one that matters: ranks codes without figures. */
export const starSchema = z.object({ code: z.string(), starredAt: z.number() });
export type Star = z.infer<typeof starSchema>;

/** What ranking reads of a post's figures: spend and ROAS, each only when TikTok reported it. */
export interface RankingFigures {
  spend?: number;
  roas?: number;
  /** The account's currency; spends in different currencies are never compared. */
  currency?: string;
}

/** One code as the ranking sees it. */
export interface Rankable {
  code: string;
  figures?: RankingFigures;
  starred: boolean;
  /** When its authorization ends; Infinity when unknown. */
  endsAt: number;
}

/**
 * The one order of "what earns most": higher spend first; then better ROAS; then starred; then
 * the one that ends first. Unknown spend sorts below every known spend, zero included: a fault
 * is not zero spend, but it is not a known winner either. Known spends in different currencies
 * cannot be compared without exchange rates, so they are grouped by currency (alphabetically)
 * and ranked within it. Shared by the dashboard, the popup's spend sort and the batches'
 * "highest spend first".
 */
export function byEarnings(a: Rankable, b: Rankable): number {
  const known = (r: Rankable) => r.figures?.spend !== undefined;
  if (known(a) && known(b) && (a.figures?.currency ?? '') !== (b.figures?.currency ?? '')) {
    return (a.figures?.currency ?? '').localeCompare(b.figures?.currency ?? '');
  }
  const spend = (b.figures?.spend ?? -1) - (a.figures?.spend ?? -1);
  if (spend !== 0) return spend;
  const roas = (b.figures?.roas ?? -1) - (a.figures?.roas ?? -1);
  if (roas !== 0) return roas;
  const star = Number(b.starred) - Number(a.starred);
  if (star !== 0) return star;
  // Infinity - Infinity is NaN, which is falsy: two unknown ends fall through to the code.
  return a.endsAt - b.endsAt || a.code.localeCompare(b.code);
}

/** The figures ranking reads: spend and ROAS over the last 7 days, when known. */
export function rankingFigures(
  performance: CodePerformance | undefined,
): RankingFigures | undefined {
  const period = performance?.days7;
  if (period?.kind !== 'figures') return undefined;
  return { spend: period.spend, roas: period.roas, currency: performance?.currency };
}
