import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { readRuns, saveAccountPerformance } from '../db/performance';
import { listCodes } from '../db/repository';
import {
  PERFORMANCE_PERIODS,
  PERIOD_DAYS,
  type CodePerformance,
  type PerformancePeriod,
  type PerformanceRun,
  type PeriodFigures,
  type UnknownReason,
} from '../records/performance';
import { postIdOf } from '../records/post-id';
import type { CodeRecord } from '../records/schema';
import type { AdAccount } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import type { TikTokClient } from '../tiktok/client';
import type { LiveFailure } from '../tiktok/facts';
import { PERFORMANCE_METRICS, performanceByPost, type SparkAd } from '../tiktok/performance';
import { mapWithConcurrency } from '../tiktok/pool';
import { lastDaysRange } from '../tiktok/report-range';
import type { LiveAccess } from '../services/live-access';

/** A good read stands this long: reports settle over hours, and each read costs API calls. */
export const PERFORMANCE_FRESH_MS = 4 * 60 * 60 * 1000;
/** A failed read is tried again after this long, not on every alarm. */
export const PERFORMANCE_RETRY_MS = 60 * 60 * 1000;
/** The buyer's own refresh skips an account read this recently: a double click is one read. */
export const ON_DEMAND_GAP_MS = 60 * 1000;
/** Accounts read at once; each read is itself sequential, so TikTok sees at most this many calls. */
export const ACCOUNTS_AT_ONCE = 2;

export interface PerformanceRefreshDeps {
  db: SparkDatabase;
  settings: Pick<SettingsStore, 'get'>;
  clock: Clock;
  /** The token gate (lib/services/live-access). */
  access: () => Promise<LiveAccess>;
}

export interface PerformanceRequest {
  /** Saved accounts to read; all saved accounts when absent. */
  advertiserIds?: readonly string[];
  /** The buyer asked: only reads of the last minute are skipped. */
  onDemand?: boolean;
}

export interface AccountRefresh {
  advertiserId: string;
  /** `recent`: read a short while ago, left alone. */
  outcome: 'read' | 'failed' | 'recent';
  codes: number;
  reason?: UnknownReason;
}

export type PerformanceRefreshResult =
  { ok: true; accounts: AccountRefresh[] } | { ok: false; message: string; fix: string };

/** Whether an account's last read is old enough to read again. */
export function isDue(run: PerformanceRun | undefined, now: number, onDemand: boolean): boolean {
  if (!run) return true;
  const age = now - run.readAt;
  if (age < 0) return true; // a clock that went back must not freeze the figures
  if (onDemand) return age >= ON_DEMAND_GAP_MS;
  return age >= (run.ok ? PERFORMANCE_FRESH_MS : PERFORMANCE_RETRY_MS);
}

const fromFailure = (failure: LiveFailure): UnknownReason => ({
  message: failure.message,
  fix: failure.fix,
});

const unknown = (reason: UnknownReason): PeriodFigures => ({ kind: 'unknown', reason });

/** Codes read on an account: their own account, or the default one when they have none. */
function codesByAccount(
  records: readonly CodeRecord[],
  defaultAccountId: string | undefined,
): Map<string, CodeRecord[]> {
  const groups = new Map<string, CodeRecord[]>();
  for (const record of records) {
    const accountId = record.adAccountId ?? defaultAccountId;
    if (!accountId) continue;
    groups.set(accountId, [...(groups.get(accountId) ?? []), record]);
  }
  return groups;
}

interface AccountFacts {
  account: AdAccount;
  codes: readonly CodeRecord[];
  now: number;
}

interface AccountRead {
  run: PerformanceRun;
  rows: CodePerformance[];
}

/**
 * Reads one account: its ads once, then one report per period for only the ads that run an
 * inventory code's post (100 ids a call), so an account with thousands of other ads costs a
 * few calls. Every code gets a row: figures, "no ads", or unknown with the reason.
 */
async function readAccount(
  client: TikTokClient,
  { account, codes, now }: AccountFacts,
): Promise<AccountRead> {
  const base = {
    advertiserId: account.id,
    readAt: now,
    currency: account.currency,
    timezone: account.timezone,
  };
  const rowFor = (
    record: CodeRecord,
    periods: Record<PerformancePeriod, PeriodFigures>,
    itemId = postIdOf(record),
  ): CodePerformance => ({
    code: record.code,
    advertiserId: account.id,
    itemId,
    currency: account.currency,
    readAt: now,
    ...periods,
  });
  const everyPeriod = (figures: PeriodFigures) => ({ days7: figures, days30: figures });

  if (codes.length === 0) return { run: { ...base, ok: true }, rows: [] };

  const listed = await client.listAds(account.id);
  if (!listed.ok) {
    const reason = fromFailure(listed.failure);
    return {
      run: { ...base, ok: false, reason },
      rows: codes.map((record) => rowFor(record, everyPeriod(unknown(reason)))),
    };
  }

  const posts = new Set(codes.map((record) => postIdOf(record)).filter((id) => id !== undefined));
  const ads: SparkAd[] = listed.ads.filter((ad) => ad.itemId && posts.has(ad.itemId));
  const adIds = ads.map((ad) => ad.adId);
  const periods = new Map<PerformancePeriod, ReturnType<typeof performanceByPost> | LiveFailure>();
  let fault: LiveFailure | undefined;
  for (const period of PERFORMANCE_PERIODS) {
    if (adIds.length === 0) break;
    // The same account fails the same way a second later: the other period shares the reason
    // instead of spending more calls on it.
    if (fault) {
      periods.set(period, fault);
      continue;
    }
    const range = lastDaysRange(now, PERIOD_DAYS[period], account.timezone);
    const report = await client.adReport(account.id, {
      adIds,
      metrics: PERFORMANCE_METRICS,
      ...range,
    });
    if (!report.ok) fault = report.failure;
    periods.set(period, report.ok ? performanceByPost(ads, report.rows) : report.failure);
  }

  const figuresFor = (period: PerformancePeriod, itemId: string): PeriodFigures => {
    const read = periods.get(period);
    const post = read instanceof Map ? read.get(itemId) : undefined;
    if (read && !(read instanceof Map)) return unknown(fromFailure(read));
    if (!post) {
      // Not among the ads read: none when the list was whole; unknown when it was cut short.
      return listed.complete ? { kind: 'no-ads' } : unknown({ key: 'winners_unknownTooManyAds' });
    }
    const { startDate, endDate } = lastDaysRange(now, PERIOD_DAYS[period], account.timezone);
    const { itemId: _post, adIds: postAds, ...figures } = post;
    return { kind: 'figures', startDate, endDate, adIds: postAds, ...figures };
  };

  const rows = codes.map((record) => {
    const itemId = postIdOf(record);
    if (!itemId) return rowFor(record, everyPeriod(unknown({ key: 'winners_unknownNoPost' })));
    return rowFor(record, {
      days7: figuresFor('days7', itemId),
      days30: figuresFor('days30', itemId),
    });
  });
  const failed = [...periods.values()].find((read) => !(read instanceof Map)) as
    LiveFailure | undefined;
  return {
    run: failed ? { ...base, ok: false, reason: fromFailure(failed) } : { ...base, ok: true },
    rows,
  };
}

/** Fills a saved account's currency and zone from TikTok when Options has not recorded them. */
async function withAccountDetails(
  client: TikTokClient,
  accounts: readonly AdAccount[],
): Promise<AdAccount[]> {
  const missing = accounts.filter((a) => !a.currency || !a.timezone).map((a) => a.id);
  if (missing.length === 0) return [...accounts];
  const info = await client.advertiserInfo(missing);
  // Without them the figures still come, in UTC days and without a currency sign.
  if (!info.ok) return [...accounts];
  const byId = new Map(info.accounts.map((a) => [a.id, a]));
  return accounts.map((account) => {
    const found = byId.get(account.id);
    return {
      ...account,
      currency: account.currency ?? found?.currency,
      timezone: account.timezone ?? found?.timezone,
    };
  });
}

/**
 * Reads what each saved ad account's Spark posts earned over the last 7 and 30 days and stores
 * it per code. Accounts read recently are left alone; two requests for the same account share
 * one read.
 */
export function createPerformanceRefresher(deps: PerformanceRefreshDeps) {
  const running = new Map<string, Promise<AccountRefresh>>();

  /** Reads the due accounts; a missing token or permission comes back as the reason. */
  async function readAccounts(
    due: readonly AdAccount[],
    defaultAccountId: string | undefined,
    now: number,
  ): Promise<AccountRefresh[] | { message: string; fix: string }> {
    const access = await deps.access();
    if (!access.ok) return { message: access.message, fix: access.fix };
    const { records } = await listCodes(deps.db);
    const groups = codesByAccount(records, defaultAccountId);
    const detailed = await withAccountDetails(access.client, due);
    const results = await mapWithConcurrency(detailed, ACCOUNTS_AT_ONCE, async (account) => {
      const read = await readAccount(access.client, {
        account,
        codes: groups.get(account.id) ?? [],
        now,
      });
      await saveAccountPerformance(deps.db, read.run, read.rows);
      const outcome: AccountRefresh['outcome'] = read.run.ok ? 'read' : 'failed';
      return {
        advertiserId: account.id,
        outcome,
        codes: read.rows.length,
        reason: read.run.reason,
      };
    });
    return results.map((result, index) =>
      result.status === 'fulfilled'
        ? result.value
        : { advertiserId: detailed[index]?.id ?? '', outcome: 'failed', codes: 0 },
    );
  }

  return async function refresh(
    request: PerformanceRequest = {},
  ): Promise<PerformanceRefreshResult> {
    const settings = await deps.settings.get();
    const wanted = request.advertiserIds ? new Set(request.advertiserIds) : undefined;
    const accounts = settings.accounts.filter((a) => !wanted || wanted.has(a.id));
    const now = deps.clock.now();
    const runs = await readRuns(deps.db);

    // From here to the registration below nothing waits, so two requests never read one
    // account twice: the second joins the first's read.
    const joined = accounts.flatMap((a) => running.get(a.id) ?? []);
    const idle = accounts.filter((a) => !running.has(a.id));
    const due = idle.filter((a) => isDue(runs.get(a.id), now, request.onDemand ?? false));
    const recent = idle
      .filter((a) => !due.includes(a))
      .map((a): AccountRefresh => ({ advertiserId: a.id, outcome: 'recent', codes: 0 }));

    const work = due.length > 0 ? readAccounts(due, settings.defaultAdAccountId, now) : undefined;
    const started = due.map((account, index) => {
      const one = (work ?? Promise.resolve([])).then(
        (results): AccountRefresh =>
          Array.isArray(results)
            ? (results[index] ?? { advertiserId: account.id, outcome: 'failed', codes: 0 })
            : { advertiserId: account.id, outcome: 'failed', codes: 0, reason: results },
        (): AccountRefresh => ({ advertiserId: account.id, outcome: 'failed', codes: 0 }),
      );
      running.set(account.id, one);
      void one.finally(() => running.delete(account.id));
      return one;
    });

    const gate = work && (await work.catch(() => undefined));
    if (gate && !Array.isArray(gate)) return { ok: false, ...gate };
    const done = await Promise.all([...started, ...joined]);
    return { ok: true, accounts: [...done, ...recent] };
  };
}
export type PerformanceRefresher = ReturnType<typeof createPerformanceRefresher>;
