import type { SparkDatabase } from '../db/database';
import { createJobStore } from '../db/jobs';
import { getCodes } from '../db/repository';
import {
  listen,
  RejectedMessageError,
  type Handler,
  type MessageType,
  type Sender,
} from '../messaging/protocol';
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
  /** e.g. `chrome-extension://<id>/`: only the extension's own pages may use the live features. */
  extensionOrigin: string;
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

/**
 * Spends the buyer's token and changes their ad account, so it answers the popup, dashboard and
 * options only: a content script, which shares a renderer with the page, is refused.
 */
export function pagesOnly<K extends MessageType>(
  type: K,
  extensionOrigin: string,
  handler: Handler<K>,
): Handler<K> {
  return async (data, sender: Sender) => {
    if (!sender.url?.startsWith(extensionOrigin)) {
      throw new RejectedMessageError(`Refused ${type} from outside the extension's pages`);
    }
    return handler(data, sender);
  };
}

/** Answers the pages' live-API messages; every request and answer goes through the zod schemas. */
export function registerLiveServices(deps: LiveServiceDeps, extensionId: string): () => void {
  const jobs = createAuthorizeJobs({
    newId: deps.newId,
    now: deps.now,
    store: createJobStore(deps.db),
    publish: deps.publishJob,
    reconcile: async (advertiserId, codes) => {
      const access = await clientFor(deps);
      if (!access.ok) return access;
      const synced = await syncApplied({
        client: access.client,
        db: deps.db,
        now: deps.now,
        timeZone: deps.timeZone(),
        advertiserId,
      });
      if (!synced.ok)
        return { ok: false, message: synced.failure.message, fix: synced.failure.fix };
      const stored = await getCodes(deps.db, codes);
      const applied = codes.filter((code) => stored.get(code)?.status === 'applied');
      return { ok: true, applied, complete: synced.complete };
    },
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

  const fromPages = <K extends MessageType>(type: K, handler: Handler<K>) =>
    listen(type, pagesOnly(type, deps.extensionOrigin, handler), extensionId);

  const stops = [
    fromPages('testConnection', async ({ advertiserIds }) => {
      const access = await clientFor(deps);
      if (!access.ok) return access;
      const outcome = await access.client.advertiserInfo(advertiserIds);
      if (!outcome.ok) return { ok: false, ...outcome.failure };
      return { ok: true, accounts: outcome.accounts };
    }),
    fromPages('authorizeStart', async ({ advertiserId, codes, originals }) => ({
      jobId: jobs.start(advertiserId, codes, originals).id,
    })),
    fromPages('authorizeCancel', async ({ jobId }) => ({ cancelled: await jobs.cancel(jobId) })),
    fromPages('authorizeLatest', async ({ advertiserId }) => ({
      job: await jobs.latest(advertiserId),
    })),
    fromPages('authorizeReconcile', async ({ jobId }) => jobs.reconcile(jobId)),
    fromPages('syncApplied', async ({ advertiserId }) => {
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
    }),
    fromPages('refreshLive', async ({ codes }) =>
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
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
