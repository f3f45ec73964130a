// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GB_ADVERTISER_ID,
  MOCK_ACCESS_TOKEN,
  US_ADVERTISER_ID,
} from '../../tests/mock-api/fixtures';
import { startMockTikTokApi, type MockAd, type MockTikTokApi } from '../../tests/mock-api/server';
import { createTikTokClient, type TikTokClient } from './client';
import { performanceByPost, PERFORMANCE_METRICS } from './performance';

/** 1,200 ads: more than one page of ads and twelve report calls of 100 ids. */
const US_ADS: MockAd[] = Array.from({ length: 1200 }, (_, n) => ({
  adId: `ad-${n}`,
  // Every third ad is an uploaded video, not a Spark post; posts run in two ads each.
  itemId: n % 3 === 2 ? undefined : `73000000000000${String(Math.floor(n / 2)).padStart(5, '0')}`,
  spend: n + 0.5,
  conversions: n % 7,
  purchaseValue: n % 2 === 0 ? n * 3 : undefined,
}));

let api: MockTikTokApi;
let client: TikTokClient;

beforeAll(async () => {
  api = await startMockTikTokApi({
    ads: {
      [US_ADVERTISER_ID]: US_ADS,
      [GB_ADVERTISER_ID]: [{ adId: 'gb-1', itemId: '1', spend: 9 }],
    },
    reportFaults: [GB_ADVERTISER_ID],
  });
  client = createTikTokClient({
    token: MOCK_ACCESS_TOKEN,
    baseUrl: api.baseUrl,
    sleep: async () => undefined,
  });
});
afterAll(() => api.close());

describe('Spark post performance from the mock Marketing API', () => {
  it('reads every ad over pages and every report row over 100-id calls, then sums per post', async () => {
    const ads = await client.listAds(US_ADVERTISER_ID);
    expect(ads.ok && ads.ads.length).toBe(1200);
    expect(ads.ok && ads.complete).toBe(true);
    if (!ads.ok) return;
    const report = await client.adReport(US_ADVERTISER_ID, {
      adIds: ads.ads.filter((ad) => ad.itemId).map((ad) => ad.adId),
      metrics: [...PERFORMANCE_METRICS],
      startDate: '2026-11-19',
      endDate: '2026-11-25',
    });
    expect(report.ok && report.rows.length).toBe(800);
    if (!report.ok) return;
    const posts = performanceByPost(ads.ads, report.rows);
    // ad-0 and ad-1 run the first post.
    const first = posts.get('7300000000000000000');
    expect(first?.adIds).toEqual(['ad-0', 'ad-1']);
    expect(first?.spend).toBeCloseTo(0.5 + 1.5);
    expect(first?.purchaseValue).toBe(0);
    const reportCalls = api.requests.filter((r) => r.path === '/report/integrated/get/');
    expect(reportCalls).toHaveLength(8);
  });

  it('leaves the figures unknown with the reason when the report fails, never zero', async () => {
    const report = await client.adReport(GB_ADVERTISER_ID, {
      adIds: ['gb-1'],
      metrics: ['spend'],
      startDate: '2026-11-19',
      endDate: '2026-11-25',
    });
    expect(report.ok).toBe(false);
    expect(report.ok ? undefined : report.failure.definitive).toBe(false);
  });
});
