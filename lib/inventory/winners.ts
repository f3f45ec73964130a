import { postIdOf } from '../records/post-id';
import type { CodeRecord } from '../records/schema';
import { authorizationEnd } from '../records/usability';

/** What ranking reads of a post's figures: spend and ROAS, each only when TikTok reported it. */
export interface RankingFigures {
  spend?: number;
  roas?: number;
}

const DAY_MS = 86_400_000;

export interface Winner {
  record: CodeRecord;
  /** The post's figures, when the reports had any. */
  performance?: RankingFigures;
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
 * is not zero spend, but it is not a known winner either. Shared by the dashboard, the popup's
 * spend sort and the batches' "highest spend first".
 */
export function byEarnings(a: Rankable, b: Rankable): number {
  const spend = (b.figures?.spend ?? -1) - (a.figures?.spend ?? -1);
  if (spend !== 0) return spend;
  const roas = (b.figures?.roas ?? -1) - (a.figures?.roas ?? -1);
  if (roas !== 0) return roas;
  const star = Number(b.starred) - Number(a.starred);
  if (star !== 0) return star;
  // Infinity - Infinity is NaN, which is falsy: two unknown ends fall through to the code.
  return a.endsAt - b.endsAt || a.code.localeCompare(b.code);
}

const asRankable = (winner: Winner, starred: ReadonlySet<string>): Rankable => ({
  code: winner.record.code,
  figures: winner.performance,
  starred: starred.has(winner.record.code),
  endsAt: winner.endsAt,
});

/** Figures by post id (as the reports give them), or a lookup per code (as they are stored). */
export type FiguresSource =
  | ReadonlyMap<string, RankingFigures>
  | ((record: CodeRecord) => RankingFigures | undefined);

/**
 * Applied codes whose authorization ends within the window, or before their campaign does:
 * the posts that stop running soon, the ones that earn the most first. A code without figures
 * sorts below every code with figures (a fault is not zero spend, but it is not a known winner).
 */
export function winnersGoingDark(
  records: readonly CodeRecord[],
  figures: FiguresSource,
  options: WinnerOptions,
): Winner[] {
  const figuresOf =
    typeof figures === 'function'
      ? figures
      : (record: CodeRecord) => {
          const post = postIdOf(record);
          return post ? figures.get(post) : undefined;
        };
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
    winners.push({ record, endsAt, performance: figuresOf(record) });
  }
  const starred = options.starred ?? new Set<string>();
  return winners.sort((a, b) => byEarnings(asRankable(a, starred), asRankable(b, starred)));
}
