import { byEarnings, type Rankable, type RankingFigures } from '../records/performance';
import { postIdOf } from '../records/post-id';
import type { CodeRecord } from '../records/schema';
import { authorizationEnd } from '../records/usability';

export { byEarnings, type Rankable, type RankingFigures } from '../records/performance';

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

const asRankable = (winner: Winner, starred: ReadonlySet<string>): Rankable => ({
  code: winner.record.code,
  figures: winner.performance,
  starred: starred.has(winner.record.code),
  endsAt: winner.endsAt,
});

/** Figures by post id (as the reports give them), or a lookup per code (as they are stored). */
export type FiguresSource =
  ReadonlyMap<string, RankingFigures> | ((record: CodeRecord) => RankingFigures | undefined);

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

export interface WinnerGroup {
  /** The currency of the group's spends; undefined for the group without figures. */
  currency?: string;
  hasFigures: boolean;
  winners: Winner[];
}

/**
 * Ranked winners split where the currency changes: spends in yen and dollars are ranked each in
 * their own list, and codes without figures come last. Keeps the ranking's order.
 */
export function groupByCurrency(winners: readonly Winner[]): WinnerGroup[] {
  const groups: WinnerGroup[] = [];
  for (const winner of winners) {
    const hasFigures = winner.performance?.spend !== undefined;
    const currency = hasFigures ? winner.performance?.currency : undefined;
    const last = groups.at(-1);
    if (last && last.hasFigures === hasFigures && last.currency === currency) {
      last.winners.push(winner);
    } else {
      groups.push({ currency, hasFigures, winners: [winner] });
    }
  }
  return groups;
}
