import type { Translate } from '../translate';
import type { Handlers } from '../api/operations';
import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { createJobStore } from '../db/jobs';
import { getCodes } from '../db/repository';
import { authorizeBatch } from '../live/authorize-batch';
import { createAuthorizeJobs, type JobProgress } from '../live/authorize-jobs';
import { createPerformanceRefresher, type PerformanceRefresher } from '../live/performance-refresh';
import { refreshLive } from '../live/refresh';
import { syncApplied } from '../live/sync-applied';
import type { SettingsStore } from '../settings/store';
import { createAddFromPageService } from './add-from-page-service';
import { openLiveAccess, type LiveAccessDeps } from './live-access';
import { createLiveLookups } from './live-lookups';
import { createPanelPrefsService } from './panel-prefs-service';
import { LIVE_LOOKUPS_PER_TAB_PER_MINUTE, createPreflightService } from './preflight-service';
import { ADDS_FROM_PAGE_PER_TAB_PER_MINUTE } from './add-from-page-service';
import { createRateWindow } from './rate-window';
import { createRecordOutcomeService } from './record-outcome-service';
import type { TeamSync } from './team-sync';

export interface ServiceDeps extends LiveAccessDeps {
  db: SparkDatabase;
  settings: Pick<SettingsStore, 'get' | 'update'>;
  clock: Clock;
  /** Where batch progress is published for the pages (session storage). */
  publishJob: (progress: JobProgress) => Promise<void>;
  newId: () => string;
  /** Words for what the checks report, in the buyer's language. */
  t: Translate;
  /** The team workspace; its operations answer "no team" when none is joined. */
  team: Pick<TeamSync, 'start' | 'join' | 'leave' | 'timeline' | 'audit'>;
  /** Shared with the background's alarm, so the two never read one account at once. */
  performance?: PerformanceRefresher;
}

/**
 * The background's side of every operation in lib/api/operations.ts. Who may call each one and
 * what its messages look like is the table's business; this only says what each one does.
 */
export function createHandlers(deps: ServiceDeps): Handlers {
  const live = createLiveLookups(deps);
  const minute = { windowMs: 60_000, now: deps.clock.now };
  const liveBudget = createRateWindow({ ...minute, limit: LIVE_LOOKUPS_PER_TAB_PER_MINUTE });
  const addBudget = createRateWindow({ ...minute, limit: ADDS_FROM_PAGE_PER_TAB_PER_MINUTE });
  const preflight = createPreflightService({ ...deps, live, liveBudget });
  const prefs = createPanelPrefsService(deps);
  const performance =
    deps.performance ?? createPerformanceRefresher({ ...deps, access: () => openLiveAccess(deps) });

  const jobs = createAuthorizeJobs({
    newId: deps.newId,
    now: deps.clock.now,
    store: createJobStore(deps.db),
    publish: deps.publishJob,
    // Which of a stopped job's unanswered codes TikTok has on the account now.
    reconcile: async (advertiserId, codes) => {
      const access = await openLiveAccess(deps);
      if (!access.ok) return { ok: false, message: access.message, fix: access.fix };
      live.forget(codes);
      const synced = await syncApplied({
        client: access.client,
        db: deps.db,
        clock: deps.clock,
        advertiserId,
      });
      if (!synced.ok)
        return { ok: false, message: synced.failure.message, fix: synced.failure.fix };
      const stored = await getCodes(deps.db, codes);
      const applied = codes.filter((code) => stored.get(code)?.status === 'applied');
      return { ok: true, applied, complete: synced.complete };
    },
    run: async (job, signal, onResult) => {
      const access = await openLiveAccess(deps);
      if (!access.ok) {
        const { message, fix } = access;
        const failure = { fetchedAt: deps.clock.now(), reason: 'auth' as const, message, fix };
        return job.codes.map((code) => {
          const result = {
            code,
            kind: 'unknown' as const,
            failure: { ...failure, definitive: false },
          };
          onResult(result);
          return result;
        });
      }
      // TikTok's answer about these codes is about to change.
      live.forget(job.codes);
      return authorizeBatch({
        client: access.client,
        db: deps.db,
        clock: deps.clock,
        advertiserId: job.advertiserId,
        codes: job.codes,
        originalPostCodes: job.originals,
        signal,
        onResult: (result) => onResult(result),
      });
    },
  });

  return {
    preflight,
    addFromPage: createAddFromPageService({ ...deps, preflight, addBudget }),
    recordOutcome: createRecordOutcomeService({ ...deps, live, preflight }),
    getPanelPrefs: prefs.get,
    setPanelPrefs: prefs.set,
    async testConnection({ advertiserIds }) {
      const access = await openLiveAccess(deps);
      if (!access.ok) return { ok: false, message: access.message, fix: access.fix };
      const outcome = await access.client.advertiserInfo(advertiserIds);
      if (!outcome.ok) return { ok: false, ...outcome.failure };
      return { ok: true, accounts: outcome.accounts };
    },
    async authorizeStart({ advertiserId, codes, originals }) {
      return { jobId: jobs.start(advertiserId, codes, originals).id };
    },
    async authorizeCancel({ jobId }) {
      return { cancelled: await jobs.cancel(jobId) };
    },
    async authorizeLatest({ advertiserId }) {
      return { job: await jobs.latest(advertiserId) };
    },
    authorizeReconcile: ({ jobId }) => jobs.reconcile(jobId),
    async syncApplied({ advertiserId }) {
      const access = await openLiveAccess(deps);
      if (!access.ok) return { ok: false, message: access.message, fix: access.fix };
      const result = await syncApplied({
        client: access.client,
        db: deps.db,
        clock: deps.clock,
        advertiserId,
      });
      if (!result.ok) return { ok: false, ...result.failure };
      return {
        ok: true,
        onAccount: result.onAccount,
        marked: result.marked.length,
        complete: result.complete,
      };
    },
    async refreshLive({ codes }) {
      // The buyer asked for TikTok's answer now, not the one from a minute ago.
      live.forget(codes);
      return refreshLive(
        { db: deps.db, settings: deps.settings, live, clock: deps.clock, t: deps.t },
        codes,
      );
    },
    refreshPerformance: ({ advertiserIds }) => performance({ advertiserIds, onDemand: true }),
    teamSync: () => deps.team.start(),
    teamJoin: (request) => deps.team.join(request),
    teamLeave: () => deps.team.leave(),
    teamTimeline: async ({ code }) => ({ entries: await deps.team.timeline(code) }),
    teamAudit: () => deps.team.audit(),
  };
}
