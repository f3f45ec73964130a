// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GB_ADVERTISER_ID,
  generateValidCodes,
  JP_ADVERTISER_ID,
  MOCK_ACCESS_TOKEN,
  US_ADVERTISER_ID,
} from '../../tests/mock-api/fixtures';
import { startMockTikTokApi, type MockAd, type MockTikTokApi } from '../../tests/mock-api/server';
import type { Clock } from '../clock';
import { openDatabase, type SparkDatabase } from '../db/database';
import { readPerformance } from '../db/performance';
import { facts, makeRecord } from '../preflight/test-fixtures';
import type { CodeRecord } from '../records/schema';
import { settingsSchema, type Settings } from '../settings/schema';
import { createTikTokClient } from '../tiktok/client';
import {
  createPerformanceRefresher,
  ON_DEMAND_GAP_MS,
  PERFORMANCE_FRESH_MS,
  PERFORMANCE_RETRY_MS,
} from './performance-refresh';

/** 2026-11-26 03:30 UTC: Nov 25 in New York, Nov 26 in London and Tokyo. */
const NOW = Date.UTC(2026, 10, 26, 3, 30);
const [A, B, C, D, E, F] = generateValidCodes(6, 42) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const POST = { a: '7300000000000000001', b: '7300000000000000002', d: '7300000000000000004' };

/** 150 ads of posts nobody recorded: they must not be reported on. */
const OTHER_ADS: MockAd[] = Array.from({ length: 150 }, (_, n) => ({
  adId: `us-other-${n}`,
  itemId: `7399000000000${String(n).padStart(6, '0')}`,
  spend: 5,
}));

const ADS: Record<string, MockAd[]> = {
  [US_ADVERTISER_ID]: [
    { adId: 'us-a1', itemId: POST.a, spend: 700, spend30: 2100, purchaseValue: 2800 },
    { adId: 'us-a2', itemId: POST.a, spend: 540, spend30: 900 },
    { adId: 'us-b1', itemId: POST.b, spend: 80, purchaseValue: 480 },
    { adId: 'us-upload', spend: 9999 },
    ...OTHER_ADS,
  ],
  [GB_ADVERTISER_ID]: [{ adId: 'gb-e1', itemId: '7300000000000000005', spend: 300 }],
  [JP_ADVERTISER_ID]: [
    { adId: 'jp-f1', itemId: '7300000000000000006', spend: 125_000, spend30: 400_000 },
  ],
};

const applied = (code: string, more: Partial<CodeRecord>): CodeRecord =>
  makeRecord({ code, raw: code, status: 'applied', ...more });

const RECORDS: CodeRecord[] = [
  applied(A, { adAccountId: US_ADVERTISER_ID, live: facts({ itemId: POST.a }) }),
  applied(B, {
    adAccountId: US_ADVERTISER_ID,
    expectedPost: `https://www.tiktok.com/@mia/video/${POST.b}`,
  }),
  applied(C, { adAccountId: US_ADVERTISER_ID }),
  // No account of its own: read on the default account.
  applied(D, { expectedPost: POST.d }),
  applied(E, { adAccountId: GB_ADVERTISER_ID, expectedPost: '7300000000000000005' }),
  applied(F, { adAccountId: JP_ADVERTISER_ID, expectedPost: '7300000000000000006' }),
];

const SETTINGS: Settings = settingsSchema.parse({
  defaultAdAccountId: US_ADVERTISER_ID,
  accounts: [
    { id: US_ADVERTISER_ID, currency: 'USD', timezone: 'America/New_York' },
    // Currency and zone not recorded in Options: read from TikTok.
    { id: GB_ADVERTISER_ID },
    { id: JP_ADVERTISER_ID, currency: 'JPY', timezone: 'Asia/Tokyo' },
  ],
});

let api: MockTikTokApi;
let db: SparkDatabase;
let now: number;
const clock: Clock = { now: () => now, timeZone: 'UTC' };

beforeAll(async () => {
  api = await startMockTikTokApi({ ads: ADS, reportFaults: [GB_ADVERTISER_ID] });
});
afterAll(() => api.close());
beforeEach(async () => {
  now = NOW;
  db = openDatabase(`performance-${Math.random()}`);
  await db.codes.bulkPut(RECORDS);
});
afterEach(() => {
  api.reset();
  db.close();
});

function refresher(token: string | null = MOCK_ACCESS_TOKEN) {
  const client = createTikTokClient({
    token: token ?? '',
    baseUrl: api.baseUrl,
    sleep: async () => undefined,
    retry: { maxAttempts: 2 },
  });
  return createPerformanceRefresher({
    db,
    clock,
    settings: { get: async () => SETTINGS },
    access: async () =>
      token
        ? { ok: true, client, token }
        : { ok: false, reason: 'no-token', message: 'No access token is saved.', fix: 'Add one.' },
  });
}

const calls = (path: string, advertiserId?: string) =>
  api.requests.filter(
    (r) => r.path === path && (!advertiserId || r.query.advertiser_id === advertiserId),
  );

describe('reading ad performance per code', () => {
  it('stores each account’s figures per code in its currency, and unknown where the report failed', async () => {
    const result = await refresher()();
    expect(result.ok && result.accounts.map((a) => [a.advertiserId, a.outcome, a.codes])).toEqual([
      [US_ADVERTISER_ID, 'read', 4],
      [GB_ADVERTISER_ID, 'failed', 1],
      [JP_ADVERTISER_ID, 'read', 1],
    ]);
    const { byCode, runs } = await readPerformance(db);
    expect(byCode.get(A)).toMatchObject({
      advertiserId: US_ADVERTISER_ID,
      itemId: POST.a,
      currency: 'USD',
      readAt: NOW,
      days7: { kind: 'figures', spend: 1240, purchaseValue: 2800, adIds: ['us-a1', 'us-a2'] },
      days30: { kind: 'figures', spend: 3000 },
    });
    expect(byCode.get(B)?.days7).toMatchObject({ kind: 'figures', spend: 80, roas: 6 });
    expect(byCode.get(C)?.days7).toEqual({
      kind: 'unknown',
      reason: { key: 'winners_unknownNoPost' },
    });
    expect(byCode.get(D)?.days7).toEqual({ kind: 'no-ads' });
    const gb = byCode.get(E);
    expect(gb?.currency).toBe('GBP');
    expect(gb?.days7.kind).toBe('unknown');
    expect(gb?.days7.kind === 'unknown' && gb.days7.reason.message).toMatch(/TikTok/i);
    expect(gb?.days30).toEqual(gb?.days7);
    expect(runs.get(GB_ADVERTISER_ID)).toMatchObject({ ok: false, timezone: 'Europe/London' });
    // One failed report (tried twice by the client) stands for both periods.
    expect(
      calls('/report/integrated/get/', GB_ADVERTISER_ID).map((r) => r.query.start_date),
    ).toEqual(['2026-11-20', '2026-11-20']);
    expect(byCode.get(F)).toMatchObject({
      currency: 'JPY',
      days7: { kind: 'figures', spend: 125_000 },
      days30: { kind: 'figures', spend: 400_000 },
    });
  });

  it('asks for the last 7 and 30 days in each account’s own time zone', async () => {
    await refresher()();
    const ranges = (id: string) =>
      calls('/report/integrated/get/', id).map((r) => [r.query.start_date, r.query.end_date]);
    expect(ranges(US_ADVERTISER_ID)).toEqual([
      ['2026-11-19', '2026-11-25'],
      ['2026-10-27', '2026-11-25'],
    ]);
    expect(ranges(JP_ADVERTISER_ID)).toEqual([
      ['2026-11-20', '2026-11-26'],
      ['2026-10-28', '2026-11-26'],
    ]);
  });

  it('reports only on the ads that run a recorded post, one page of ads and one call per period', async () => {
    await refresher()();
    expect(calls('/ad/get/', US_ADVERTISER_ID)).toHaveLength(1);
    const reports = calls('/report/integrated/get/', US_ADVERTISER_ID);
    expect(reports).toHaveLength(2);
    const asked = JSON.parse(JSON.parse(reports[0]?.query.filtering ?? '[]')[0].filter_value);
    expect(asked).toEqual(['us-a1', 'us-a2', 'us-b1']);
    // Options lacked the GB account's currency and zone; TikTok was asked once, for it alone.
    expect(calls('/advertiser/info/').map((r) => r.query.advertiser_ids)).toEqual([
      JSON.stringify([GB_ADVERTISER_ID]),
    ]);
  });

  it('reads a good account again after hours, a failed one after an hour, and on demand after a minute', async () => {
    const refresh = refresher();
    await refresh();
    api.reset();
    now = NOW + ON_DEMAND_GAP_MS - 1;
    const soon = await refresh({ onDemand: true });
    expect(soon.ok && soon.accounts.every((a) => a.outcome === 'recent')).toBe(true);
    expect(api.requests).toHaveLength(0);

    now = NOW + PERFORMANCE_RETRY_MS;
    const hourLater = await refresh();
    expect(hourLater.ok && hourLater.accounts.map((a) => [a.advertiserId, a.outcome])).toEqual([
      [GB_ADVERTISER_ID, 'failed'],
      [US_ADVERTISER_ID, 'recent'],
      [JP_ADVERTISER_ID, 'recent'],
    ]);

    now = NOW + PERFORMANCE_FRESH_MS;
    const later = await refresh({ advertiserIds: [JP_ADVERTISER_ID] });
    expect(later.ok && later.accounts.map((a) => a.outcome)).toEqual(['read']);
  });

  it('reads an account once when the alarm and the buyer ask together', async () => {
    const refresh = refresher();
    const [first, second] = await Promise.all([refresh(), refresh({ onDemand: true })]);
    expect(first).toEqual(second);
    expect(calls('/ad/get/', US_ADVERTISER_ID)).toHaveLength(1);
  });

  it('asks TikTok nothing and stores nothing without a token', async () => {
    const result = await refresher(null)();
    expect(result).toEqual({ ok: false, message: 'No access token is saved.', fix: 'Add one.' });
    expect(api.requests).toHaveLength(0);
    expect((await readPerformance(db)).byCode.size).toBe(0);
  });

  it('drops the figures of a code that left the account', async () => {
    const refresh = refresher();
    await refresh();
    await db.codes.update(A, { adAccountId: JP_ADVERTISER_ID });
    now = NOW + PERFORMANCE_FRESH_MS;
    await refresh({ advertiserIds: [US_ADVERTISER_ID] });
    const { byCode } = await readPerformance(db);
    expect(byCode.has(A)).toBe(false);
    expect(byCode.get(B)?.readAt).toBe(now);
  });
});
