import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  EXPIRED_CODE,
  EXTRA_FIELD_CODE,
  FLAKY_SERVER_CODE,
  FOREIGN_PRODUCT_REGIONS,
  FOREIGN_REGION_CODE,
  GB_ADVERTISER_ID,
  ISO_TIME_CODE,
  JP_ADVERTISER_ID,
  itemIdForCode,
  LIVE_CREATOR_NAME,
  LIVE_DAYS_LEFT,
  MALFORMED_CODE,
  MOCK_ACCESS_TOKEN,
  POST_DELETED_CODE,
  RATE_LIMITED_CODE,
  REVOKED_CODE,
  STITCH_CODE,
  STITCH_ORIGINAL_ITEM_ID,
  TIMEOUT_CODE,
  US_ADVERTISER_ID,
  WELL_FORMED_CODE,
} from './fixtures';

/*
 * A local stand-in for the TikTok Marketing API v1.3 endpoints the extension calls, answering in
 * TikTok's `{code, message, request_id, data}` envelope. Unit tests call it directly; end-to-end
 * tests route the browser's business-api.tiktok.com requests to it, hence the CORS headers.
 */

export interface MockTikTokApiOptions {
  /** Delay before every answer. */
  latencyMs?: number;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The Access-Token the mock accepts. */
  token?: string;
  /** The mock's clock, epoch ms: live codes run LIVE_DAYS_LEFT days past it. */
  now?: number | (() => number);
  /** Codes already authorized to every known ad account when the mock starts. */
  preauthorized?: readonly string[];
  /** Each ad account's ads, with what the ad-level report says of each over any range. */
  ads?: Readonly<Record<string, readonly MockAd[]>>;
  /** Ad accounts whose reports fail (TikTok's internal error), as reports sometimes do. */
  reportFaults?: readonly string[];
}

/** An ad in the mock account, and its totals in every report. */
export interface MockAd {
  adId: string;
  /** The post it runs; absent for an uploaded video. */
  itemId?: string;
  identityType?: string;
  spend: number;
  /** Spend over a range longer than 7 days, when it differs from `spend`. */
  spend30?: number;
  impressions?: number;
  conversions?: number;
  /** Only accounts that track purchases report it. */
  purchaseValue?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path without the `/open_api/v1.3` prefix, e.g. `/tt_video/info/`. */
  path: string;
  /** The query exactly as sent, still percent-encoded. */
  rawQuery: string;
  query: Record<string, string>;
  accessToken?: string;
  body?: unknown;
}

export interface AuthorizedRecord {
  advertiserId: string;
  code: string;
  itemId: string;
}

export interface MockTikTokApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `url` plus `/open_api/v1.3`, the client's baseUrl. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Every code authorized to an ad account, preauthorized ones first. */
  authorized: AuthorizedRecord[];
  /** Forgets requests, authorizations made during the run and the one-time failures. */
  reset(): void;
  close(): Promise<void>;
}

const API_PREFIX = '/open_api/v1.3';
const DAY_MS = 86_400_000;
const MAX_BODY_BYTES = 1_000_000;
const MAX_LIST_PAGE_SIZE = 50;
const MAX_REPORT_PAGE_SIZE = 1000;
const MAX_REPORT_AD_IDS = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const ADVERTISERS: Record<string, Record<string, string>> = {
  [US_ADVERTISER_ID]: {
    advertiser_id: US_ADVERTISER_ID,
    name: 'Sunny Skin US',
    country: 'US',
    currency: 'USD',
    timezone: 'America/New_York',
    status: 'STATUS_ENABLE',
  },
  [GB_ADVERTISER_ID]: {
    advertiser_id: GB_ADVERTISER_ID,
    name: 'Sunny Skin UK',
    country: 'GB',
    currency: 'GBP',
    timezone: 'Europe/London',
    status: 'STATUS_ENABLE',
  },
  [JP_ADVERTISER_ID]: {
    advertiser_id: JP_ADVERTISER_ID,
    name: 'Sunny Skin JP',
    country: 'JP',
    currency: 'JPY',
    timezone: 'Asia/Tokyo',
    status: 'STATUS_ENABLE',
  },
};

/** TikTok's refusals for the codes that always fail, same answer on every endpoint. */
const REFUSALS: Record<string, { code: number; message: string }> = {
  [EXPIRED_CODE]: { code: 4025, message: 'auth_code_expired: The authorization code has expired.' },
  [REVOKED_CODE]: {
    code: 40002,
    message: 'auth_code_not_found: The code has been deleted by the creator.',
  },
  [POST_DELETED_CODE]: { code: 4002, message: 'video_unavailable: The video has been deleted.' },
};

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Access-Token, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Allow-Private-Network': 'true',
  'Access-Control-Max-Age': '600',
};

/** `YYYY-MM-DD HH:MM:SS` in UTC, as TikTok writes times. */
function tiktokTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

export async function startMockTikTokApi(
  options: MockTikTokApiOptions = {},
): Promise<MockTikTokApi> {
  const token = options.token ?? MOCK_ACCESS_TOKEN;
  const latencyMs = options.latencyMs ?? 0;
  const clock = options.now;
  const now = (): number => (typeof clock === 'function' ? clock() : (clock ?? Date.now()));

  const requests: RecordedRequest[] = [];
  const preauthorized: AuthorizedRecord[] = Object.keys(ADVERTISERS).flatMap((advertiserId) =>
    (options.preauthorized ?? []).map((code) => ({
      advertiserId,
      code,
      itemId: itemIdForCode(code),
    })),
  );
  const authorized: AuthorizedRecord[] = [...preauthorized];
  /** `<path> <code>` pairs whose one-time failure was already served. */
  const failedOnce = new Set<string>();
  const pendingTimers = new Set<NodeJS.Timeout>();
  let requestCounter = 0;

  function send(
    response: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ): void {
    if (response.writableEnded || response.destroyed) return;
    response.writeHead(status, {
      ...CORS_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      ...headers,
    });
    response.end(body);
  }

  function envelope(response: ServerResponse, code: number, message: string, data: unknown = {}) {
    requestCounter++;
    const requestId = `mock-${String(requestCounter).padStart(8, '0')}`;
    send(response, 200, JSON.stringify({ code, message, request_id: requestId, data }));
  }

  function ok(response: ServerResponse, data: unknown): void {
    envelope(response, 0, 'OK', data);
  }

  /** The info answer for a code TikTok accepts. */
  function liveInfo(code: string): Record<string, unknown> {
    const start = now() - DAY_MS;
    const end = now() + LIVE_DAYS_LEFT * DAY_MS;
    const time = code === ISO_TIME_CODE ? (ms: number) => new Date(ms).toISOString() : tiktokTime;
    const itemInfo: Record<string, unknown> = {
      item_id: itemIdForCode(code),
      auth_code: code,
      text: 'Morning routine with the new serum #sunnyskin',
      status: 'ITEM_STATUS_HESITATE_RECOMMEND',
      item_type: 'VIDEO',
      anchor_list: [],
      mentioned_item_ids: [],
    };
    if (code === FOREIGN_REGION_CODE) {
      itemInfo.anchor_list = [
        { id: 'anchor-1', title: 'Vitamin C serum', product_regions: [...FOREIGN_PRODUCT_REGIONS] },
      ];
    }
    if (code === STITCH_CODE) itemInfo.stitch_original_item_id = STITCH_ORIGINAL_ITEM_ID;
    if (code === EXTRA_FIELD_CODE) {
      itemInfo.sparkle_score = { value: 0.97, tier: 'gold' };
      itemInfo.new_flags = ['A', 'B'];
    }
    const data: Record<string, unknown> = {
      item_info: itemInfo,
      auth_info: {
        ad_auth_status: 'AUTHORIZED',
        auth_start_time: time(start),
        auth_end_time: time(end),
        invite_start_time: time(start),
      },
      user_info: {
        tiktok_name: LIVE_CREATOR_NAME,
        identity_id: 'identity-0001',
        identity_type: 'AUTH_CODE',
      },
      video_info: {
        video_id: `v-${itemIdForCode(code)}`,
        duration: 23.4,
        width: 1080,
        height: 1920,
        poster_url: 'https://example.invalid/poster.jpg',
      },
    };
    if (code === EXTRA_FIELD_CODE) data.experiment_bucket = 'spark-v2';
    return data;
  }

  /**
   * Serves the behaviour shared by every endpoint that takes a code. Returns true when it
   * answered (or chose never to), false when the code is good and the endpoint should go on.
   */
  function answeredByScenario(path: string, code: string, response: ServerResponse): boolean {
    if (code === TIMEOUT_CODE) return true;
    if (code === MALFORMED_CODE) {
      send(response, 200, '{"code": 0, "message": "OK", "data": {"item_info": {"item_id": "73');
      return true;
    }
    const onceKey = `${path} ${code}`;
    if (code === FLAKY_SERVER_CODE && !failedOnce.has(onceKey)) {
      failedOnce.add(onceKey);
      envelope(response, -500, 'rpc error: db failure, please retry');
      return true;
    }
    if (code === RATE_LIMITED_CODE && !failedOnce.has(onceKey)) {
      failedOnce.add(onceKey);
      send(
        response,
        429,
        JSON.stringify({ code: 40100, message: 'Too many requests', request_id: 'mock-429' }),
        { 'Retry-After': '1' },
      );
      return true;
    }
    const refusal = REFUSALS[code];
    if (refusal) {
      envelope(response, refusal.code, refusal.message);
      return true;
    }
    if (!WELL_FORMED_CODE.test(code)) {
      envelope(response, 4013, 'auth_code_format_error: The authorization code is invalid.');
      return true;
    }
    return false;
  }

  function handleInfo(query: URLSearchParams, response: ServerResponse): void {
    const advertiserId = query.get('advertiser_id');
    const code = query.get('auth_code');
    if (!advertiserId || !code) {
      envelope(response, 40002, 'advertiser_id and auth_code are required.');
      return;
    }
    if (answeredByScenario('/tt_video/info/', code, response)) return;
    ok(response, liveInfo(code));
  }

  function handleAuthorize(body: unknown, response: ServerResponse): void {
    const advertiserId = stringField(body, 'advertiser_id');
    const code = stringField(body, 'auth_code');
    if (!advertiserId || !code) {
      envelope(response, 40002, 'advertiser_id and auth_code are required.');
      return;
    }
    if (answeredByScenario('/tt_video/authorize/', code, response)) return;
    if (code === STITCH_CODE && !stringField(body, 'original_post_auth_code')) {
      envelope(response, 900003, 'multiple duet/stitch: original_post_auth_code is required.');
      return;
    }
    const already = authorized.some((a) => a.advertiserId === advertiserId && a.code === code);
    if (!already) authorized.push({ advertiserId, code, itemId: itemIdForCode(code) });
    ok(response, {});
  }

  function handleList(query: URLSearchParams, response: ServerResponse): void {
    const advertiserId = query.get('advertiser_id');
    if (!advertiserId) {
      envelope(response, 40002, 'advertiser_id is required.');
      return;
    }
    const at = pageOf(query, response, MAX_LIST_PAGE_SIZE, 20);
    if (!at) return;
    const mine = authorized
      .filter((a) => a.advertiserId === advertiserId)
      .map((record) => {
        const info = liveInfo(record.code);
        return { ...info, item_info: { ...(info.item_info as object), item_id: record.itemId } };
      });
    ok(response, paged(mine, at.page, at.pageSize));
  }

  /** Where the page starts, or an error already sent for a bad `page` / `page_size`. */
  function pageOf(
    query: URLSearchParams,
    response: ServerResponse,
    limit: number,
    defaultSize = 10,
  ) {
    const page = Number(query.get('page') ?? '1');
    const pageSize = Number(query.get('page_size') ?? String(defaultSize));
    if (!Number.isInteger(page) || page < 1) {
      envelope(response, 40002, 'page: must be at least 1.');
      return undefined;
    }
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > limit) {
      envelope(response, 40002, `page_size: must be between 1 and ${limit}.`);
      return undefined;
    }
    return { page, pageSize };
  }

  function paged<T>(all: readonly T[], page: number, pageSize: number) {
    return {
      list: all.slice((page - 1) * pageSize, page * pageSize),
      page_info: {
        page,
        page_size: pageSize,
        total_number: all.length,
        total_page: Math.ceil(all.length / pageSize),
      },
    };
  }

  function handleAds(query: URLSearchParams, response: ServerResponse): void {
    const advertiserId = query.get('advertiser_id');
    if (!advertiserId) {
      envelope(response, 40002, 'advertiser_id is required.');
      return;
    }
    const at = pageOf(query, response, MAX_REPORT_PAGE_SIZE);
    if (!at) return;
    const ads = (options.ads?.[advertiserId] ?? []).map((ad) => ({
      ad_id: ad.adId,
      adgroup_id: `g-${ad.adId}`,
      campaign_id: `c-${ad.adId}`,
      identity_type: ad.identityType ?? (ad.itemId ? 'AUTH_CODE' : 'CUSTOMIZED_USER'),
      tiktok_item_id: ad.itemId ?? '',
      operation_status: 'ENABLE',
    }));
    ok(response, paged(ads, at.page, at.pageSize));
  }

  function handleReport(query: URLSearchParams, response: ServerResponse): void {
    const advertiserId = query.get('advertiser_id');
    if (!advertiserId) {
      envelope(response, 40002, 'advertiser_id is required.');
      return;
    }
    if (query.get('report_type') !== 'BASIC' || query.get('data_level') !== 'AUCTION_AD') {
      envelope(response, 40002, 'report_type must be BASIC and data_level AUCTION_AD here.');
      return;
    }
    if (JSON.stringify(parseJson(query.get('dimensions') ?? '')) !== '["ad_id"]') {
      envelope(response, 40002, 'dimensions: this mock answers ["ad_id"] only.');
      return;
    }
    const start = query.get('start_date') ?? '';
    const end = query.get('end_date') ?? '';
    if (!DATE.test(start) || !DATE.test(end) || start > end) {
      envelope(response, 40002, 'start_date and end_date: YYYY-MM-DD, start not after end.');
      return;
    }
    const metrics = parseJson(query.get('metrics') ?? '');
    if (!Array.isArray(metrics) || metrics.length === 0) {
      envelope(response, 40002, 'metrics: must be a JSON array.');
      return;
    }
    const filters = parseJson(query.get('filtering') ?? '[]');
    const adFilter = Array.isArray(filters)
      ? (filters as { field_name?: string; filter_value?: string }[]).find(
          (f) => f.field_name === 'ad_ids',
        )
      : undefined;
    const wanted = adFilter ? parseJson(adFilter.filter_value ?? '') : undefined;
    if (adFilter && (!Array.isArray(wanted) || wanted.length > MAX_REPORT_AD_IDS)) {
      envelope(response, 40002, `filtering ad_ids: at most ${MAX_REPORT_AD_IDS} ids.`);
      return;
    }
    const at = pageOf(query, response, MAX_REPORT_PAGE_SIZE);
    if (!at) return;
    if (options.reportFaults?.includes(advertiserId)) {
      envelope(response, 50002, 'Internal error, please try again later.');
      return;
    }
    const ids = Array.isArray(wanted) ? new Set(wanted.map(String)) : undefined;
    const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;
    const rows = (options.ads?.[advertiserId] ?? [])
      .filter((ad) => !ids || ids.has(ad.adId))
      .map((ad) => {
        const spend = days > 7 && ad.spend30 !== undefined ? ad.spend30 : ad.spend;
        // Reports send every metric as a decimal string; untracked ones are "-".
        const values: Record<string, string> = {
          spend: spend.toFixed(2),
          impressions: String(ad.impressions ?? 0),
          clicks: '0',
          conversion: String(ad.conversions ?? 0),
          complete_payment: ad.purchaseValue === undefined ? '-' : ad.purchaseValue.toFixed(2),
        };
        const asked = Object.fromEntries(
          metrics.map((name) => [String(name), values[String(name)] ?? '-']),
        );
        return { dimensions: { ad_id: ad.adId }, metrics: asked };
      });
    ok(response, paged(rows, at.page, at.pageSize));
  }

  function handleAdvertiserInfo(query: URLSearchParams, response: ServerResponse): void {
    const ids = parseJson(query.get('advertiser_ids') ?? '');
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100) {
      envelope(response, 40002, 'advertiser_ids: must be a JSON array of 1 to 100 ids.');
      return;
    }
    const list = ids.flatMap((id) => {
      const advertiser = ADVERTISERS[String(id)];
      return advertiser ? [advertiser] : [];
    });
    ok(response, { list });
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length)
      : url.pathname;
    const method = request.method ?? 'GET';
    const rawBody = method === 'POST' ? await readBody(request) : '';
    const header = request.headers['access-token'];
    const accessToken = Array.isArray(header) ? header[0] : header;
    const recorded: RecordedRequest = {
      method,
      path,
      rawQuery: url.search.replace(/^\?/, ''),
      query: Object.fromEntries(url.searchParams),
      accessToken,
    };
    if (rawBody) recorded.body = parseJson(rawBody) ?? rawBody;
    requests.push(recorded);

    if (method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    if (latencyMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pendingTimers.delete(timer);
          resolve();
        }, latencyMs);
        pendingTimers.add(timer);
      });
    }
    if (accessToken !== token) {
      envelope(response, 40105, 'Access token is invalid');
      return;
    }

    const endpoint = `${method} ${path.replace(/\/?$/, '/')}`;
    switch (endpoint) {
      case 'GET /tt_video/info/':
        return handleInfo(url.searchParams, response);
      case 'POST /tt_video/authorize/':
        return handleAuthorize(recorded.body, response);
      case 'GET /tt_video/list/':
        return handleList(url.searchParams, response);
      case 'GET /advertiser/info/':
        return handleAdvertiserInfo(url.searchParams, response);
      case 'GET /ad/get/':
        return handleAds(url.searchParams, response);
      case 'GET /report/integrated/get/':
        return handleReport(url.searchParams, response);
      default:
        send(
          response,
          404,
          JSON.stringify({ code: 40400, message: `No such endpoint: ${endpoint}`, data: {} }),
        );
    }
  }

  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      send(response, 500, JSON.stringify({ code: 50000, message: 'Mock failure', data: {} }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseUrl: `${url}${API_PREFIX}`,
    requests,
    authorized,
    reset() {
      requests.length = 0;
      authorized.splice(0, authorized.length, ...preauthorized);
      failedOnce.clear();
    },
    close() {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The timeout scenario leaves requests open on purpose; they must not hold close().
        server.closeAllConnections();
      });
    },
  };
}
