/**
 * What the reports say each Spark post earned, joined to codes by TikTok's post id. Figures are
 * numbers only when TikTok gave them; a fault leaves them unknown with the reason, never zero.
 */

/** One ad as the join needs it. */
export interface SparkAd {
  adId: string;
  /** The post the ad runs; absent for ads that are not posts (uploaded videos). */
  itemId?: string;
  identityType?: string;
}

/** One report row: an ad's metrics over the asked range, as numbers where TikTok gave them. */
export interface AdMetrics {
  adId: string;
  metrics: Readonly<Record<string, number | undefined>>;
}

/** The metrics ranking reads; others in a report are kept but not summed. */
export const PERFORMANCE_METRICS = [
  'spend',
  'impressions',
  'clicks',
  'conversion',
  'complete_payment',
  'total_complete_payment_rate',
] as const;

export interface PostPerformance {
  itemId: string;
  /** Ads that run this post: a post can run in several ads and ad groups. */
  adIds: string[];
  spend?: number;
  impressions?: number;
  clicks?: number;
  conversions?: number;
  /** Purchase value, where the account tracks it. */
  purchaseValue?: number;
  /** Purchase value over spend; only when both are known and spend is above zero. */
  roas?: number;
}

/** "12.30" → 12.3; "-", "", "N/A" and anything else that is not a finite number → unknown. */
export function metricNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Adds what is known; stays unknown only when no ad of the post reported the figure. */
function add(total: number | undefined, value: number | undefined): number | undefined {
  if (value === undefined) return total;
  return (total ?? 0) + value;
}

/**
 * Sums each post's ads. Ads without a post id (not Spark posts) are left out; a post whose ads
 * have no report row keeps its ad ids and no figures, so it reads "no figures yet", not zero.
 */
export function performanceByPost(
  ads: readonly SparkAd[],
  rows: readonly AdMetrics[],
): Map<string, PostPerformance> {
  const byAd = new Map(rows.map((row) => [row.adId, row.metrics]));
  const posts = new Map<string, PostPerformance>();
  for (const ad of ads) {
    const itemId = ad.itemId?.trim();
    if (!itemId) continue;
    const post = posts.get(itemId) ?? { itemId, adIds: [] };
    if (!post.adIds.includes(ad.adId)) post.adIds.push(ad.adId);
    const metrics = byAd.get(ad.adId);
    if (metrics) {
      post.spend = add(post.spend, metrics.spend);
      post.impressions = add(post.impressions, metrics.impressions);
      post.clicks = add(post.clicks, metrics.clicks);
      post.conversions = add(post.conversions, metrics.conversion);
      post.purchaseValue = add(post.purchaseValue, metrics.complete_payment);
    }
    posts.set(itemId, post);
  }
  for (const post of posts.values()) {
    if (post.purchaseValue !== undefined && post.spend !== undefined && post.spend > 0) {
      post.roas = post.purchaseValue / post.spend;
    }
  }
  return posts;
}

/** "$1,240" in the account's currency; a currency field that is not a code still reads "1,240 XYZ". */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: amount >= 100 ? 0 : 2,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}
