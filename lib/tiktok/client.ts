import type { z } from 'zod';
import { readEnvelope } from './envelope';
import { failureFor, type Problem } from './errors';
import type { LiveFailure, LiveLookup } from './facts';
import {
  abortReason,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  realSleep,
  withRetry,
  type AttemptOutcome,
  type RetryPolicy,
  type Sleep,
} from './retry';
import {
  adListDataSchema,
  advertiserInfoDataSchema,
  authorizeDataSchema,
  listDataSchema,
  reportDataSchema,
  videoInfoDataSchema,
} from './schemas';
import { metricNumber, type AdMetrics, type SparkAd } from './performance';
import {
  toAdvertiserAccount,
  toAuthorizedPost,
  toLiveFacts,
  type AdvertiserAccountInfo,
  type AuthorizedPost,
} from './to-facts';

export type { AdvertiserAccountInfo, AuthorizedPost };

export const TIKTOK_API_BASE_URL = 'https://business-api.tiktok.com/open_api/v1.3';
/** The optional host permission the API features need (wxt.config.ts declares it). */
export const TIKTOK_API_ORIGINS = ['https://business-api.tiktok.com/*'];
export const DEFAULT_TIMEOUT_MS = 10_000;
/** TikTok refuses larger pages on `/tt_video/list/`. */
export const MAX_LIST_PAGE_SIZE = 50;
/** 100 pages of 50 is more posts than any ad account is known to hold; stops a runaway loop. */
export const DEFAULT_MAX_LIST_PAGES = 100;
/** `/advertiser/info/` takes at most this many ids per call. */
export const MAX_ADVERTISER_IDS_PER_CALL = 100;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface TikTokClientOptions {
  token: string;
  baseUrl?: string;
  fetch?: FetchLike;
  /** Per attempt; each retry gets the full time again. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export type AuthorizeOutcome = { ok: true } | { ok: false; failure: LiveFailure };

export type ListAuthorizedOutcome =
  /** `complete` is false when the page limit stopped the listing early. */
  { ok: true; posts: AuthorizedPost[]; complete: boolean } | { ok: false; failure: LiveFailure };

export type AdvertiserInfoOutcome =
  { ok: true; accounts: AdvertiserAccountInfo[] } | { ok: false; failure: LiveFailure };

export type AdListOutcome =
  { ok: true; ads: SparkAd[]; complete: boolean } | { ok: false; failure: LiveFailure };

export type AdReportOutcome = { ok: true; rows: AdMetrics[] } | { ok: false; failure: LiveFailure };

/** `/ad/get/` and `/report/integrated/get/` take at most this many per page. */
export const MAX_REPORT_PAGE_SIZE = 1000;
/** A report filtered by ad ids takes at most this many ids per call. */
export const MAX_AD_IDS_PER_REPORT = 100;

export interface AdReportRequest {
  adIds: readonly string[];
  metrics: readonly string[];
  /** `YYYY-MM-DD` in the account's time zone, both days included. */
  startDate: string;
  endDate: string;
}

export interface ListAuthorizedOptions extends CallOptions {
  pageSize?: number;
  maxPages?: number;
}

/**
 * The Marketing API client. API errors, faults and unreadable answers come back as values
 * (a LiveLookup failure or `{ ok: false }`), never as exceptions; the only thing thrown is the
 * caller's own abort reason when the caller's signal aborts.
 */
export interface TikTokClient {
  videoInfo(advertiserId: string, authCode: string, options?: CallOptions): Promise<LiveLookup>;
  authorize(
    advertiserId: string,
    authCode: string,
    originalPostAuthCode?: string,
    options?: CallOptions,
  ): Promise<AuthorizeOutcome>;
  listAuthorized(
    advertiserId: string,
    options?: ListAuthorizedOptions,
  ): Promise<ListAuthorizedOutcome>;
  advertiserInfo(
    advertiserIds: readonly string[],
    options?: CallOptions,
  ): Promise<AdvertiserInfoOutcome>;
  /** The account's ads that run a TikTok post (`tiktok_item_id`), every page up to a limit. */
  listAds(advertiserId: string, options?: ListAuthorizedOptions): Promise<AdListOutcome>;
  /** Each ad's metrics over a date range, 100 ad ids a call, every page. */
  adReport(
    advertiserId: string,
    request: AdReportRequest,
    options?: CallOptions,
  ): Promise<AdReportOutcome>;
}

type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: LiveFailure };

interface ApiRequest<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  schema: S;
  signal?: AbortSignal;
}

/** Header values cannot hold control characters or spaces; such a token is a paste accident. */
const TOKEN_SHAPE = /^[\x21-\x7e]+$/;

/** Shorter "tokens" are typing accidents; cutting them out would garble ordinary words. */
const MIN_SCRUBBED_TOKEN_LENGTH = 6;

/** Rejects with nothing once the signal aborts; raced against work that may ignore the signal. */
function whenAborted(signal: AbortSignal): Promise<never> {
  const stopped = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  stopped.catch(() => undefined);
  return stopped;
}

function clampPageSize(pageSize: number | undefined): number {
  if (pageSize === undefined || !Number.isFinite(pageSize)) return MAX_LIST_PAGE_SIZE;
  return Math.min(MAX_LIST_PAGE_SIZE, Math.max(1, Math.floor(pageSize)));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

export function createTikTokClient(options: TikTokClientOptions): TikTokClient {
  const token = options.token.trim();
  const baseUrl = (options.baseUrl ?? TIKTOK_API_BASE_URL).replace(/\/+$/, '');
  // Looked up per call and never called as a method of `options`: browsers reject a fetch
  // whose `this` is not the global object.
  const doFetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  /** TikTok's messages are quoted back to the buyer; none of them may carry the token. */
  const scrub = (failure: LiveFailure): LiveFailure =>
    token.length >= MIN_SCRUBBED_TOKEN_LENGTH &&
    (failure.message.includes(token) || failure.fix.includes(token))
      ? {
          ...failure,
          message: failure.message.split(token).join('[access token]'),
          fix: failure.fix.split(token).join('[access token]'),
        }
      : failure;

  const fail = (problem: Problem): LiveFailure => scrub(failureFor(problem, now()));

  function urlFor(path: string, query: Record<string, string> | undefined): string {
    // URLSearchParams percent-encodes `#`, `+`, `/` and `=`, which a Spark code is made of.
    const search = query ? `?${new URLSearchParams(query).toString()}` : '';
    return `${baseUrl}${path}${search}`;
  }

  async function sendOnce<S extends z.ZodType>(
    request: ApiRequest<S>,
  ): Promise<AttemptOutcome<z.output<S>>> {
    const { signal } = request;
    if (signal?.aborted) throw abortReason(signal);

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const stopped = whenAborted(controller.signal);

    const headers: Record<string, string> = { 'Access-Token': token };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';

    try {
      const response = await Promise.race([
        doFetch(urlFor(request.path, request.query), {
          method: request.method,
          headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: controller.signal,
        }),
        stopped,
      ]);
      const body = await Promise.race([response.text(), stopped]);
      const read = readEnvelope(response.status, body, request.schema);
      if (read.ok) return { ok: true, value: read.data };
      return {
        ok: false,
        failure: fail(read.problem),
        httpStatus: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now()),
      };
    } catch {
      // The fetch error itself is dropped: its text can quote the request, headers included.
      if (signal?.aborted) throw abortReason(signal);
      return { ok: false, failure: fail({ kind: timedOut ? 'timeout' : 'network' }) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  async function call<S extends z.ZodType>(
    request: ApiRequest<S>,
  ): Promise<ApiResult<z.output<S>>> {
    if (!TOKEN_SHAPE.test(token)) {
      return { ok: false, failure: fail({ kind: 'http', status: 401 }) };
    }
    const outcome = await withRetry(() => sendOnce(request), {
      policy,
      sleep,
      random,
      signal: request.signal,
    });
    return outcome.ok ? { ok: true, data: outcome.value } : { ok: false, failure: outcome.failure };
  }

  async function videoInfo(
    advertiserId: string,
    authCode: string,
    { signal }: CallOptions = {},
  ): Promise<LiveLookup> {
    const result = await call({
      method: 'GET',
      path: '/tt_video/info/',
      query: { advertiser_id: advertiserId, auth_code: authCode },
      schema: videoInfoDataSchema,
      signal,
    });
    return result.ok
      ? { kind: 'facts', facts: toLiveFacts(result.data, now()) }
      : { kind: 'failure', failure: result.failure };
  }

  async function authorize(
    advertiserId: string,
    authCode: string,
    originalPostAuthCode?: string,
    { signal }: CallOptions = {},
  ): Promise<AuthorizeOutcome> {
    const body: Record<string, string> = { advertiser_id: advertiserId, auth_code: authCode };
    if (originalPostAuthCode) body.original_post_auth_code = originalPostAuthCode;
    const result = await call({
      method: 'POST',
      path: '/tt_video/authorize/',
      body,
      schema: authorizeDataSchema,
      signal,
    });
    return result.ok ? { ok: true } : { ok: false, failure: result.failure };
  }

  async function listAuthorized(
    advertiserId: string,
    { pageSize, maxPages = DEFAULT_MAX_LIST_PAGES, signal }: ListAuthorizedOptions = {},
  ): Promise<ListAuthorizedOutcome> {
    const size = clampPageSize(pageSize);
    const pageLimit = Math.max(1, Math.floor(maxPages));
    const posts: AuthorizedPost[] = [];
    const seen = new Set<string>();

    const outcome = await everyPage(
      (page) =>
        call({
          method: 'GET',
          path: '/tt_video/list/',
          query: { advertiser_id: advertiserId, page: String(page), page_size: String(size) },
          schema: listDataSchema,
          signal,
        }),
      size,
      pageLimit,
      (entries) => {
        for (const post of entries.map(toAuthorizedPost)) {
          const key = post && `${post.itemId} ${post.authCode ?? ''}`;
          if (!post || !key || seen.has(key)) continue;
          seen.add(key);
          posts.push(post);
        }
      },
    );
    return outcome.ok ? { ok: true, posts, complete: outcome.complete } : outcome;
  }

  async function advertiserInfo(
    advertiserIds: readonly string[],
    { signal }: CallOptions = {},
  ): Promise<AdvertiserInfoOutcome> {
    const accounts: AdvertiserAccountInfo[] = [];
    const unique = [...new Set(advertiserIds)];
    for (const ids of chunk(unique, MAX_ADVERTISER_IDS_PER_CALL)) {
      const result = await call({
        method: 'GET',
        path: '/advertiser/info/',
        query: { advertiser_ids: JSON.stringify(ids) },
        schema: advertiserInfoDataSchema,
        signal,
      });
      if (!result.ok) return result;
      accounts.push(...(result.data.list ?? []).map(toAdvertiserAccount));
    }
    return { ok: true, accounts };
  }

  /** Walks the pages of a paged list; stops at the last page, an empty one, or the limit. */
  async function everyPage<T>(
    fetchPage: (
      page: number,
    ) => Promise<
      ApiResult<{ list?: T[] | null; page_info?: { total_page?: number | null } | null }>
    >,
    pageSize: number,
    pageLimit: number,
    collect: (entries: T[]) => void,
  ): Promise<{ ok: true; complete: boolean } | { ok: false; failure: LiveFailure }> {
    for (let page = 1; page <= pageLimit; page++) {
      const result = await fetchPage(page);
      if (!result.ok) return result;
      const entries = result.data.list ?? [];
      collect(entries);
      const totalPages = result.data.page_info?.total_page ?? undefined;
      const lastPage =
        entries.length === 0 ||
        (totalPages !== undefined ? page >= totalPages : entries.length < pageSize);
      if (lastPage) return { ok: true, complete: true };
    }
    return { ok: true, complete: false };
  }

  async function listAds(
    advertiserId: string,
    { pageSize, maxPages = DEFAULT_MAX_LIST_PAGES, signal }: ListAuthorizedOptions = {},
  ): Promise<AdListOutcome> {
    const size = Math.min(
      MAX_REPORT_PAGE_SIZE,
      Math.max(1, Math.floor(pageSize ?? MAX_REPORT_PAGE_SIZE)),
    );
    const ads = new Map<string, SparkAd>();
    const outcome = await everyPage(
      (page) =>
        call({
          method: 'GET',
          path: '/ad/get/',
          query: {
            advertiser_id: advertiserId,
            page: String(page),
            page_size: String(size),
            fields: JSON.stringify([
              'ad_id',
              'tiktok_item_id',
              'identity_type',
              'operation_status',
            ]),
          },
          schema: adListDataSchema,
          signal,
        }),
      size,
      Math.max(1, Math.floor(maxPages)),
      (entries) => {
        for (const ad of entries) {
          ads.set(ad.ad_id, {
            adId: ad.ad_id,
            itemId: ad.tiktok_item_id,
            identityType: ad.identity_type,
          });
        }
      },
    );
    return outcome.ok ? { ok: true, ads: [...ads.values()], complete: outcome.complete } : outcome;
  }

  async function adReport(
    advertiserId: string,
    { adIds, metrics, startDate, endDate }: AdReportRequest,
    { signal }: CallOptions = {},
  ): Promise<AdReportOutcome> {
    const rows = new Map<string, AdMetrics>();
    for (const ids of chunk([...new Set(adIds)], MAX_AD_IDS_PER_REPORT)) {
      const filtering = JSON.stringify([
        { field_name: 'ad_ids', filter_type: 'IN', filter_value: JSON.stringify(ids) },
      ]);
      const outcome = await everyPage(
        (page) =>
          call({
            method: 'GET',
            path: '/report/integrated/get/',
            query: {
              advertiser_id: advertiserId,
              report_type: 'BASIC',
              data_level: 'AUCTION_AD',
              dimensions: JSON.stringify(['ad_id']),
              metrics: JSON.stringify(metrics),
              start_date: startDate,
              end_date: endDate,
              filtering,
              page: String(page),
              page_size: String(MAX_REPORT_PAGE_SIZE),
            },
            schema: reportDataSchema,
            signal,
          }),
        MAX_REPORT_PAGE_SIZE,
        DEFAULT_MAX_LIST_PAGES,
        (entries) => {
          for (const row of entries) {
            const values: Record<string, number | undefined> = {};
            for (const [name, value] of Object.entries(row.metrics ?? {})) {
              values[name] = metricNumber(value);
            }
            rows.set(row.dimensions.ad_id, { adId: row.dimensions.ad_id, metrics: values });
          }
        },
      );
      if (!outcome.ok) return outcome;
    }
    return { ok: true, rows: [...rows.values()] };
  }

  return { videoInfo, authorize, listAuthorized, advertiserInfo, listAds, adReport };
}
