import { postIdOf } from '../records/post-id';
import type { CodeRecord } from '../records/schema';
import { authorizationEnd } from '../records/usability';
import type { PostPerformance } from '../tiktok/performance';

const DAY_MS = 86_400_000;

export interface Winner {
  record: CodeRecord;
  /** The post's figures, when the reports had any. */
  performance?: PostPerformance;
  /** When the authorization ends (epoch ms). */
  endsAt: number;
}

export interface WinnerOptions {
  now: number;
  /** Codes ending within this many days count as going dark. */
  windowDays: number;
  /** Codes the buyer starred: ranked by hand where no figures exist. */
  starred?: ReadonlySet<string>;
  timeZone?: string;
}

/** Higher spend first; then better ROAS; then starred; then the one that ends first. */
function rank(a: Winner, b: Winner, starred: ReadonlySet<string>): number {
  const spend = (b.performance?.spend ?? -1) - (a.performance?.spend ?? -1);
  if (spend !== 0) return spend;
  const roas = (b.performance?.roas ?? -1) - (a.performance?.roas ?? -1);
  if (roas !== 0) return roas;
  const star = Number(starred.has(b.record.code)) - Number(starred.has(a.record.code));
  if (star !== 0) return star;
  return a.endsAt - b.endsAt || a.record.code.localeCompare(b.record.code);
}

/**
 * Applied codes whose authorization ends within the window, or before their campaign does:
 * the posts that stop running soon, the ones that earn the most first. A code without figures
 * sorts below every code with figures (a fault is not zero spend, but it is not a known winner).
 */
export function winnersGoingDark(
  records: readonly CodeRecord[],
  performanceByPost: ReadonlyMap<string, PostPerformance>,
  options: WinnerOptions,
): Winner[] {
  const horizon = options.now + options.windowDays * DAY_MS;
  const winners: Winner[] = [];
  for (const record of records) {
    if (record.status !== 'applied') continue;
    // The same end the rest of the product uses: TikTok's, else the buyer's records.
    const endsAt = authorizationEnd(record, options.timeZone);
    if (endsAt === null || endsAt <= options.now) continue;
    const campaignEnd = record.campaignEndsOn
      ? Date.parse(`${record.campaignEndsOn}T23:59:59Z`)
      : NaN;
    const endsBeforeCampaign = Number.isFinite(campaignEnd) && endsAt < campaignEnd;
    if (endsAt > horizon && !endsBeforeCampaign) continue;
    const post = postIdOf(record);
    winners.push({ record, endsAt, performance: post ? performanceByPost.get(post) : undefined });
  }
  const starred = options.starred ?? new Set<string>();
  return winners.sort((a, b) => rank(a, b, starred));
}
