import type { SparkDatabase } from '../db/database';
import { listen } from '../messaging/protocol';
import type { SettingsStore, TokenStore } from '../settings/store';
import type { TikTokClient } from '../tiktok/client';
import { authorizeBatch } from './authorize-batch';
import { createAuthorizeJobs, type JobProgress } from './authorize-jobs';
import type { createLiveLookup } from './lookup';
import { refreshLive } from './refresh';
import { syncApplied } from './sync-applied';

export interface LiveServiceDeps {
  db: SparkDatabase;
  settings: Pick<SettingsStore, 'get'>;
  tokens: Pick<TokenStore, 'get'>;
  hasApiAccess: () => Promise<boolean>;
  makeClient: (token: string) => TikTokClient;
  lookup: ReturnType<typeof createLiveLookup>;
  publishJob: (progress: JobProgress) => Promise<void>;
  now: () => number;
  timeZone: () => string | undefined;
  newId: () => string;
}

const NO_TOKEN = {
  ok: false as const,
  message: 'No access token is saved.',
  fix: 'Paste a Marketing API access token in the TikTok Marketing API section.',
};

const NO_ACCESS = {
  ok: false as const,
  message: 'Spark Preflight may not reach business-api.tiktok.com yet.',
  fix: 'Save the token again and allow access when the browser asks.',
};

/** A client for the saved token, or the reason there is none. */
async function clientFor(deps: LiveServiceDeps) {
  const token = await deps.tokens.get();
  if (!token) return NO_TOKEN;
  if (!(await deps.hasApiAccess())) return NO_ACCESS;
  return { ok: true as const, client: deps.makeClient(token) };
}

/** Answers the pages' live-API messages; every request and answer goes through the zod schemas. */
export function registerLiveServices(deps: LiveServiceDeps, extensionId: string): () => void {
  const jobs = createAuthorizeJobs({
    newId: deps.newId,
    publish: deps.publishJob,
    run: async (job, signal, onResult) => {
      const access = await clientFor(deps);
      if (!access.ok) {
        const failure = {
          fetchedAt: deps.now(),
          reason: 'auth' as const,
          definitive: false,
          message: access.message,
          fix: access.fix,
        };
        return job.codes.map((code) => {
          const result = { code, kind: 'unknown' as const, failure };
          onResult(result);
          return result;
        });
      }
      return authorizeBatch({
        client: access.client,
        db: deps.db,
        now: deps.now,
        timeZone: deps.timeZone(),
        advertiserId: job.advertiserId,
        codes: job.codes,
        originalPostCodes: job.originals,
        signal,
        onResult: (result) => onResult(result),
      });
    },
  });

  const stops = [
    listen(
      'testConnection',
      async ({ advertiserIds }) => {
        const access = await clientFor(deps);
        if (!access.ok) return access;
        const outcome = await access.client.advertiserInfo(advertiserIds);
        if (!outcome.ok) return { ok: false, ...outcome.failure };
        return { ok: true, accounts: outcome.accounts };
      },
      extensionId,
    ),
    listen(
      'authorizeStart',
      async ({ advertiserId, codes, originals }) => ({
        jobId: jobs.start(advertiserId, codes, originals).id,
      }),
      extensionId,
    ),
    listen(
      'authorizeCancel',
      async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
      extensionId,
    ),
    listen(
      'syncApplied',
      async ({ advertiserId }) => {
        const access = await clientFor(deps);
        if (!access.ok) return access;
        const result = await syncApplied({
          client: access.client,
          db: deps.db,
          now: deps.now,
          timeZone: deps.timeZone(),
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
      extensionId,
    ),
    listen(
      'refreshLive',
      async ({ codes }) =>
        refreshLive(
          {
            db: deps.db,
            settings: () => deps.settings.get(),
            lookup: deps.lookup,
            now: deps.now,
            timeZone: deps.timeZone(),
          },
          codes,
        ),
      extensionId,
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
