import type { Translate } from '../translate';
import type { SparkDatabase } from '../db/database';
import { readSevenDaySpend } from '../db/performance';
import { getCodes, recordCheck } from '../db/repository';
import type { CodeRecord } from '../records/schema';
import type { ParsedRequestOf, ResponseOf } from '../api/operations';
import type { RecordSummary } from '../api/panel-schemas';
import { computeExpiry, runPreflight } from '../preflight';
import type { PreflightContext } from '../preflight/types';
import { liveView } from '../preflight/live';
import { postPreview } from '../preflight/post-preview';
import { accountById, accountForChecks, type AdAccount, type Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import type { LiveLookup } from '../tiktok/facts';
import { mapWithConcurrency } from '../tiktok/pool';
import type { Clock } from '../clock';
import type { LiveLookups, LookupCode } from './live-lookups';
import type { RateWindow } from './rate-window';
import type { CallContext } from '../api/operations';

export interface PreflightServiceDeps {
  db: SparkDatabase;
  settings: Pick<SettingsStore, 'get'>;
  /** Asks TikTok; absent where live checks are not wired in. */
  live?: LiveLookups;
  clock: Clock;
  /** How many live lookups run at once, to stay under TikTok's rate limits. */
  liveConcurrency?: number;
  /** Live lookups spent per tab; absent for callers outside a tab. */
  liveBudget?: RateWindow;
  t: Translate;
}

type PreflightRequest = ParsedRequestOf<'preflight'>;
type PreflightResponse = ResponseOf<'preflight'>;

/** What the panel may see of a record: enough to explain a result, nothing more. */
function summaryOf(record: CodeRecord): RecordSummary {
  const { status, creatorHandle, expectedPost, creatorRegion, adAccountId } = record;
  const { failureReason, expiresAt } = record;
  return {
    status,
    creatorHandle,
    expectedPost,
    creatorRegion,
    adAccountId,
    failureReason,
    expiresAt,
  };
}

/** The saved account (with its country) when the buyer set it up, else just the id. */
function contextAccount(settings: Settings, id: string | undefined): AdAccount | undefined {
  if (!id) return undefined;
  return accountById(settings, id) ?? { id };
}

/** How many codes one tab may have looked up at TikTok per minute; a real session needs far fewer. */
export const LIVE_LOOKUPS_PER_TAB_PER_MINUTE = 60;

/** An account id as the buyer recognises it without the panel growing wide. */
const shortAccount = (id: string) => (id.length > 8 ? `${id.slice(0, 6)}…${id.slice(-2)}` : id);

async function lookupAll(
  codes: readonly string[],
  advertiserId: string,
  lookup: LookupCode,
  concurrency: number,
): Promise<Map<string, LiveLookup>> {
  const found = new Map<string, LiveLookup>();
  await mapWithConcurrency(codes, concurrency, async (code) => {
    // A failed lookup leaves the live checks unknown; it must not sink the offline ones.
    const result = await lookup(code, advertiserId).catch(() => undefined);
    if (result) found.set(code, result);
  });
  return found;
}

/**
 * Checks codes found on an Ads Manager page against the inventory and, when the buyer has set
 * a token and the page's ad account is known, against TikTok. Without either, every check still
 * runs on what the buyer recorded and reports unknown where it cannot tell.
 */
export function createPreflightService(deps: PreflightServiceDeps) {
  return async (request: PreflightRequest, context?: CallContext): Promise<PreflightResponse> => {
    const settings = await deps.settings.get();
    const accountId = request.adAccountId ?? settings.defaultAdAccountId;
    const account = contextAccount(settings, accountId);
    const codes = request.codes.map((c) => c.code);
    const records = await getCodes(deps.db, codes);

    // TikTok is asked only about accounts the buyer saved in Options: the page chooses the
    // account id in its URL, and must not get the buyer's token spent on any account it likes.
    const saved = accountById(settings, accountId);
    const tab = context?.tabId;
    const budget = deps.liveBudget;
    const mayAsk = budget && tab !== undefined ? () => budget.take(`tab:${tab}`) > 0 : undefined;
    const lookup = request.live && saved ? await deps.live?.open(mayAsk) : undefined;
    const liveEnabled = lookup !== undefined;
    const tokenSet = request.live && account && !saved ? await deps.live?.open() : undefined;
    const liveNote =
      tokenSet && account
        ? `Account ${shortAccount(account.id)} is not in Options: live checks off.`
        : undefined;
    const live =
      lookup && account
        ? await lookupAll(codes, account.id, lookup, deps.liveConcurrency ?? 4)
        : new Map<string, LiveLookup>();

    const now = deps.clock.now();
    const checkContext: PreflightContext = {
      now,
      timeZone: deps.clock.timeZone,
      alertWindowDays: settings.alertWindowDays,
      adAccount: account && accountForChecks(account),
      t: deps.t,
    };

    const figures = await readSevenDaySpend(
      deps.db,
      request.codes.map((found) => found.code),
    );
    const items = await Promise.all(
      request.codes.map(async (found) => {
        const record = records.get(found.code);
        const liveResult = live.get(found.code);
        const results = runPreflight(
          {
            code: found.code,
            extractionWarnings: found.warnings,
            occurrences: found.occurrences,
            record,
            live: liveResult,
          },
          checkContext,
        );
        // Live answers are new facts worth keeping; offline results can be recomputed any time.
        if (record && liveResult) {
          await recordCheck(deps.db, found.code, results, liveResult, deps.clock);
        }
        // The same facts the checks used, so the row's date and the summary agree with them.
        const { facts } = liveView({ code: found.code, occurrences: 1, record, live: liveResult });
        const { endsAt } = record
          ? computeExpiry(record, facts, deps.clock.timeZone)
          : { endsAt: facts?.authEnd ?? null };
        return {
          code: found.code,
          inInventory: Boolean(record),
          record: record && summaryOf(record),
          results,
          endsAt,
          post: postPreview(facts, now),
          spent7: figures.get(found.code),
        };
      }),
    );
    return { adAccount: account, liveEnabled, liveNote, items };
  };
}
