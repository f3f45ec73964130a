// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EXPIRED_CODE,
  EXTRA_FIELD_CODE,
  FLAKY_SERVER_CODE,
  FOREIGN_REGION_CODE,
  GB_ADVERTISER_ID,
  generateValidCodes,
  ISO_TIME_CODE,
  LIVE_CODE,
  LIVE_CREATOR_NAME,
  LIVE_DAYS_LEFT,
  LIVE_ITEM_ID,
  MALFORMED_CODE,
  MOCK_ACCESS_TOKEN,
  OTHER_ITEM_ID,
  OTHER_POST_CODE,
  POST_DELETED_CODE,
  RATE_LIMITED_CODE,
  REVOKED_CODE,
  STITCH_CODE,
  STITCH_ORIGINAL_ITEM_ID,
  TIMEOUT_CODE,
  US_ADVERTISER_ID,
} from '../../tests/mock-api/fixtures';
import { startMockTikTokApi, type MockTikTokApi } from '../../tests/mock-api/server';
import { createTikTokClient, type TikTokClientOptions } from './client';
import type { LiveLookup } from './facts';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const DAY_MS = 86_400_000;

let api: MockTikTokApi;
let sleeps: number[] = [];

beforeAll(async () => {
  api = await startMockTikTokApi({ port: 0, now: NOW });
});

afterAll(async () => {
  await api.close();
});

afterEach(() => {
  api.reset();
  sleeps = [];
});

function client(options: Partial<TikTokClientOptions> = {}) {
  return createTikTokClient({
    token: MOCK_ACCESS_TOKEN,
    baseUrl: api.baseUrl,
    now: () => NOW,
    // Waits are recorded, not slept: the tests check what the client asked for, not the clock.
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    timeoutMs: 2_000,
    ...options,
  });
}

function facts(lookup: LiveLookup) {
  if (lookup.kind !== 'facts') throw new Error(`expected facts, got ${JSON.stringify(lookup)}`);
  return lookup.facts;
}

const infoRequests = (code: string) =>
  api.requests.filter((r) => r.path === '/tt_video/info/' && r.query.auth_code === code);

describe('videoInfo against the mock API', () => {
  it('reads a live code: authorized, its post, its creator and its end date', async () => {
    const live = facts(await client().videoInfo(US_ADVERTISER_ID, LIVE_CODE));
    expect(live).toMatchObject({
      fetchedAt: NOW,
      itemId: LIVE_ITEM_ID,
      authStatus: 'AUTHORIZED',
      creatorName: LIVE_CREATOR_NAME,
      itemType: 'VIDEO',
      authStart: NOW - DAY_MS,
      authEnd: NOW + LIVE_DAYS_LEFT * DAY_MS,
    });
    expect(live.stitchOriginalItemId).toBeUndefined();
    expect(live.productRegions).toBeUndefined();
  });

  it('sends the code percent-encoded and the token as Access-Token', async () => {
    await client().videoInfo(US_ADVERTISER_ID, LIVE_CODE);
    const [request] = infoRequests(LIVE_CODE);
    expect(request?.rawQuery).toContain(`auth_code=${encodeURIComponent(LIVE_CODE)}`);
    expect(request?.rawQuery).toMatch(/auth_code=%23/);
    expect(request?.rawQuery).not.toMatch(/[#+/]/);
    expect(request?.accessToken).toBe(MOCK_ACCESS_TOKEN);
  });

  it.each([
    [EXPIRED_CODE, 'expired', 4025],
    [REVOKED_CODE, 'revoked', 40002],
    [POST_DELETED_CODE, 'post_unavailable', 4002],
    ['#short', 'format', 4013],
  ])('refuses %s as %s, definitively', async (code, reason, apiCode) => {
    const lookup = await client().videoInfo(US_ADVERTISER_ID, code);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason, definitive: true, apiCode },
    });
    expect(infoRequests(code)).toHaveLength(1);
  });

  it('shows the other post a wrong code points to', async () => {
    const other = facts(await client().videoInfo(US_ADVERTISER_ID, OTHER_POST_CODE));
    expect(other.itemId).toBe(OTHER_ITEM_ID);
  });

  it('reads product regions from the anchors', async () => {
    const foreign = facts(await client().videoInfo(US_ADVERTISER_ID, FOREIGN_REGION_CODE));
    expect(foreign.productRegions).toEqual(['DE']);
  });

  it('reads the original post of a stitch', async () => {
    const stitch = facts(await client().videoInfo(US_ADVERTISER_ID, STITCH_CODE));
    expect(stitch.stitchOriginalItemId).toBe(STITCH_ORIGINAL_ITEM_ID);
  });

  it('reads ISO 8601 times like the TikTok form', async () => {
    const iso = facts(await client().videoInfo(US_ADVERTISER_ID, ISO_TIME_CODE));
    expect(iso.authEnd).toBe(NOW + LIVE_DAYS_LEFT * DAY_MS);
  });

  it('tolerates fields it does not know', async () => {
    const extra = facts(await client().videoInfo(US_ADVERTISER_ID, EXTRA_FIELD_CODE));
    expect(extra.itemId).toBe(LIVE_ITEM_ID);
    expect(extra.authStatus).toBe('AUTHORIZED');
  });

  it('retries a -500 and then returns the facts', async () => {
    const lookup = await client().videoInfo(US_ADVERTISER_ID, FLAKY_SERVER_CODE);
    expect(facts(lookup).authStatus).toBe('AUTHORIZED');
    expect(infoRequests(FLAKY_SERVER_CODE)).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it('waits as Retry-After says after HTTP 429, then returns the facts', async () => {
    const lookup = await client().videoInfo(US_ADVERTISER_ID, RATE_LIMITED_CODE);
    expect(facts(lookup).itemId).toBe(LIVE_ITEM_ID);
    expect(infoRequests(RATE_LIMITED_CODE)).toHaveLength(2);
    expect(sleeps).toEqual([1_000]);
  });

  it('calls an unanswered request a timeout, never definitive', async () => {
    const lookup = await client({ timeoutMs: 100, retry: { maxAttempts: 2 } }).videoInfo(
      US_ADVERTISER_ID,
      TIMEOUT_CODE,
    );
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'timeout', definitive: false },
    });
    expect(infoRequests(TIMEOUT_CODE)).toHaveLength(2);
  });

  it('calls a cut-off JSON body a bad response, never definitive, without retrying', async () => {
    const lookup = await client().videoInfo(US_ADVERTISER_ID, MALFORMED_CODE);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'bad_response', definitive: false },
    });
    expect(infoRequests(MALFORMED_CODE)).toHaveLength(1);
  });

  it('reports a wrong token as an access problem, never about the code', async () => {
    const wrongToken = 'wrong-token-7d3e0b9a';
    const lookup = await client({ token: wrongToken }).videoInfo(US_ADVERTISER_ID, LIVE_CODE);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'auth', definitive: false, apiCode: 40105 },
    });
    expect(JSON.stringify(lookup)).not.toContain(wrongToken);
  });

  it('never puts the token in any failure', async () => {
    const codes = [
      EXPIRED_CODE,
      REVOKED_CODE,
      POST_DELETED_CODE,
      MALFORMED_CODE,
      TIMEOUT_CODE,
      '#short',
    ];
    const tiktok = client({ timeoutMs: 100, retry: { maxAttempts: 1 } });
    const lookups = await Promise.all(
      codes.map((code) => tiktok.videoInfo(US_ADVERTISER_ID, code)),
    );
    for (const lookup of lookups) {
      expect(lookup.kind).toBe('failure');
      expect(JSON.stringify(lookup)).not.toContain(MOCK_ACCESS_TOKEN);
    }
  });
});

describe('authorize, list and advertiser info against the mock API', () => {
  it('authorizes good codes and finds them in the list, page by page', async () => {
    const codes = [LIVE_CODE, ...generateValidCodes(6, 42)];
    const tiktok = client();
    for (const code of codes) {
      expect(await tiktok.authorize(US_ADVERTISER_ID, code)).toEqual({ ok: true });
    }
    const listed = await tiktok.listAuthorized(US_ADVERTISER_ID, { pageSize: 4 });
    expect(listed).toMatchObject({ ok: true, complete: true });
    if (!listed.ok) return;
    expect(listed.posts.map((post) => post.authCode)).toEqual(codes);
    expect(listed.posts[0]?.itemId).toBe(LIVE_ITEM_ID);
    const pages = api.requests.filter((r) => r.path === '/tt_video/list/').map((r) => r.query.page);
    expect(pages).toEqual(['1', '2']);
    const other = await tiktok.listAuthorized(GB_ADVERTISER_ID);
    expect(other).toEqual({ ok: true, complete: true, posts: [] });
  });

  it('sends the raw code in the JSON body', async () => {
    await client().authorize(US_ADVERTISER_ID, LIVE_CODE);
    const request = api.requests.find((r) => r.path === '/tt_video/authorize/');
    expect(request?.body).toEqual({ advertiser_id: US_ADVERTISER_ID, auth_code: LIVE_CODE });
  });

  it('refuses an expired code with the same reason as the lookup', async () => {
    const outcome = await client().authorize(US_ADVERTISER_ID, EXPIRED_CODE);
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'expired', definitive: true } });
    expect(api.authorized).toHaveLength(0);
  });

  it('asks for the original post’s code for a stitch, and accepts both together', async () => {
    const tiktok = client();
    const alone = await tiktok.authorize(US_ADVERTISER_ID, STITCH_CODE);
    expect(alone).toMatchObject({ ok: false, failure: { reason: 'original_post_needed' } });
    const together = await tiktok.authorize(US_ADVERTISER_ID, STITCH_CODE, LIVE_CODE);
    expect(together).toEqual({ ok: true });
  });

  it('retries a -500 on authorize and then succeeds', async () => {
    const outcome = await client().authorize(US_ADVERTISER_ID, FLAKY_SERVER_CODE);
    expect(outcome).toEqual({ ok: true });
    expect(api.authorized.map((a) => a.code)).toEqual([FLAKY_SERVER_CODE]);
  });

  it('reads both ad accounts’ country, currency and time zone', async () => {
    const outcome = await client().advertiserInfo([US_ADVERTISER_ID, GB_ADVERTISER_ID]);
    expect(outcome).toMatchObject({
      ok: true,
      accounts: [
        { id: US_ADVERTISER_ID, country: 'US', currency: 'USD', timezone: 'America/New_York' },
        { id: GB_ADVERTISER_ID, country: 'GB' },
      ],
    });
    const request = api.requests.find((r) => r.path === '/advertiser/info/');
    expect(request?.query.advertiser_ids).toBe(`["${US_ADVERTISER_ID}","${GB_ADVERTISER_ID}"]`);
  });
});

describe('the mock API itself', () => {
  it('answers a CORS preflight without a token', async () => {
    const response = await fetch(`${api.baseUrl}/tt_video/info/`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Access-Token/);
  });

  it('closes even while a request hangs', async () => {
    const own = await startMockTikTokApi();
    const hanging = fetch(
      `${own.baseUrl}/tt_video/info/?advertiser_id=1&auth_code=${encodeURIComponent(TIMEOUT_CODE)}`,
      { headers: { 'Access-Token': MOCK_ACCESS_TOKEN } },
    ).catch(() => 'closed');
    while (own.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await own.close();
    expect(await hanging).toBe('closed');
  });

  it('answers after the configured latency', async () => {
    const slow = await startMockTikTokApi({ latencyMs: 20, now: NOW });
    try {
      const tiktok = client({ baseUrl: slow.baseUrl });
      expect(facts(await tiktok.videoInfo(US_ADVERTISER_ID, LIVE_CODE)).itemId).toBe(LIVE_ITEM_ID);
    } finally {
      await slow.close();
    }
  });

  it('generates distinct, well-formed codes, the same for the same seed', () => {
    const codes = generateValidCodes(50, 7);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^#[A-Za-z0-9+/]{63}=$/);
    expect(generateValidCodes(50, 7)).toEqual(codes);
  });
});
