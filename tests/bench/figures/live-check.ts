/**
 * Figure 6: a pre-flight of 20 codes with live checks, through the same service, lookup and
 * client the background wires up, against the local Marketing API mock answering after a fixed
 * latency. The limit is what the concurrency allows: latency × ceil(codes / concurrency).
 * It runs in Node beside the mock: the service and client are plain fetch code, and routing the
 * browser's requests to the mock would add a proxy hop the product never has.
 */
import { englishTranslate } from '../../../lib/lifecycle/english.testing';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { SparkDatabase } from '../../../lib/db/database';
import { addCodes } from '../../../lib/db/repository';
import { createLiveLookups } from '../../../lib/services/live-lookups';
import { fixedClock } from '../../../lib/clock';
import { preflightRequestSchema } from '../../../lib/api/panel-schemas';
import { createPreflightService } from '../../../lib/services/preflight-service';
import { createSettingsStore, createTokenStore } from '../../../lib/settings/store';
import { createTikTokClient, type FetchLike } from '../../../lib/tiktok/client';
import { DEFAULT_CONCURRENCY } from '../../../lib/tiktok/pool';
import { generateValidCodes, MOCK_ACCESS_TOKEN, US_ADVERTISER_ID } from '../../mock-api/fixtures';
import { startMockTikTokApi, type MockTikTokApi } from '../../mock-api/server';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave, ratiosAgainst } from '../measure';
import { summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 1.2, text: '≤ 1.2×' } as const;
const LATENCY_MS = 200;
const CODE_COUNT = 20;

function memoryArea() {
  const items = new Map<string, unknown>();
  return {
    get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    remove: async (key: string) => {
      items.delete(key);
    },
  };
}

/** Counts requests in flight, to confirm the service really ran at the concurrency assumed. */
function countingFetch() {
  let inFlight = 0;
  let peak = 0;
  const fetchLike: FetchLike = async (url, init) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    try {
      return await fetch(url, init);
    } finally {
      inFlight--;
    }
  };
  return { fetchLike, peak: () => peak };
}

async function preflightService(api: MockTikTokApi, codes: readonly string[]) {
  // Node has no IndexedDB; the in-memory one the unit tests use stands in for the inventory.
  const db = new SparkDatabase(`bench-live-${Date.now()}`, { indexedDB, IDBKeyRange });
  const now = () => Date.now();
  await addCodes(
    db,
    codes.map((code) => ({ code, raw: code })),
    { adAccountId: US_ADVERTISER_ID },
    fixedClock(now()),
  );
  const area = memoryArea();
  const settings = createSettingsStore(area);
  const tokens = createTokenStore(area);
  await settings.update({ accounts: [{ id: US_ADVERTISER_ID, country: 'US' }] });
  await tokens.set(MOCK_ACCESS_TOKEN);
  const counter = countingFetch();
  const clock = { now, timeZone: 'UTC' };
  const service = createPreflightService({
    db,
    settings,
    clock,
    t: englishTranslate,
    // As in lib/services/handlers.ts: no liveConcurrency, so the product's default applies.
    live: createLiveLookups({
      tokens,
      hasApiAccess: async () => true,
      makeClient: (token) =>
        createTikTokClient({ token, baseUrl: api.baseUrl, fetch: counter.fetchLike }),
      clock,
      // Every run must ask TikTok, as the first check of a field does.
      ttlMs: 0,
    }),
  });
  const request = preflightRequestSchema.parse({
    codes: codes.map((code) => ({ code, raw: code, warnings: [], occurrences: 1 })),
    adAccountId: US_ADVERTISER_ID,
    live: true,
  });
  return { run: () => service(request), peak: counter.peak, close: () => db.close() };
}

/** The same 20 requests with nothing but fetch and a worker pool: the mock's and Node's floor. */
async function barePool(api: MockTikTokApi, codes: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < codes.length) {
      const code = codes[next++] as string;
      const query = new URLSearchParams({ advertiser_id: US_ADVERTISER_ID, auth_code: code });
      const response = await fetch(`${api.baseUrl}/tt_video/info/?${query}`, {
        headers: { 'Access-Token': MOCK_ACCESS_TOKEN },
      });
      await response.json();
    }
  };
  await Promise.all(Array.from({ length: DEFAULT_CONCURRENCY }, worker));
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function liveCheckFigure({ quick, log }: FigureOptions): Promise<FigureResult[]> {
  const api = await startMockTikTokApi({ latencyMs: LATENCY_MS });
  const codes = generateValidCodes(CODE_COUNT, 6);
  const service = await preflightService(api, codes);
  const bound = LATENCY_MS * Math.ceil(CODE_COUNT / DEFAULT_CONCURRENCY);
  try {
    let liveAnswers = 0;
    // The bare pool runs beside every repetition so its figure shares the machine's state.
    const samples = await interleave({
      repetitions: quick ? 1 : 9,
      baseline: () => timed(() => barePool(api, codes)),
      subject: () =>
        timed(async () => {
          const response = await service.run();
          liveAnswers = response.items.filter((item) =>
            item.results.some((r) => r.id === 'revocation' && r.status === 'pass'),
          ).length;
        }),
      onPair: (done, total) => log(`  live check ${done}/${total}`),
    });
    const subject = samples.subject;
    const bare = samples.baseline;
    const ratio = ratiosAgainst(subject, bound);
    const bareMedian = summarize(bare).median;
    return [
      {
        id: '6',
        title: `Live check of ${CODE_COUNT} codes, mock API at ${LATENCY_MS} ms`,
        unit: 'ms',
        measured: summarize(subject),
        baseline: bound,
        baselineLabel: `latency × ceil(${CODE_COUNT} / ${DEFAULT_CONCURRENCY})`,
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL) && liveAnswers === CODE_COUNT,
        details: {
          latencyMs: LATENCY_MS,
          concurrency: DEFAULT_CONCURRENCY,
          peakRequestsInFlight: service.peak(),
          liveAnswers,
          barePool: summarize(bare),
        },
        notes: [
          `${liveAnswers}/${CODE_COUNT} codes answered live; at most ${service.peak()} requests in flight`,
          `bare fetch pool, same concurrency, same run: ${bareMedian.toFixed(0)} ms (${(bareMedian / bound).toFixed(2)}× bound)`,
        ],
      },
    ];
  } finally {
    service.close();
    await api.close();
  }
}
