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
  advertiserInfoDataSchema,
  authorizeDataSchema,
  listDataSchema,
  videoInfoDataSchema,
} from './schemas';
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

    for (let page = 1; page <= pageLimit; page++) {
      const result = await call({
        method: 'GET',
        path: '/tt_video/list/',
        query: { advertiser_id: advertiserId, page: String(page), page_size: String(size) },
        schema: listDataSchema,
        signal,
      });
      if (!result.ok) return result;

      const entries = result.data.list ?? [];
      for (const post of entries.map(toAuthorizedPost)) {
        const key = post && `${post.itemId} ${post.authCode ?? ''}`;
        if (!post || !key || seen.has(key)) continue;
        seen.add(key);
        posts.push(post);
      }

      const totalPages = result.data.page_info?.total_page ?? undefined;
      const lastPage =
        entries.length === 0 ||
        (totalPages !== undefined ? page >= totalPages : entries.length < size);
      if (lastPage) return { ok: true, posts, complete: true };
    }
    return { ok: true, posts, complete: false };
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

  return { videoInfo, authorize, listAuthorized, advertiserInfo };
}
