// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  EXPIRED_CODE,
  generateValidCodes,
  LIVE_CODE,
  MOCK_ACCESS_TOKEN,
  REVOKED_CODE,
  STITCH_CODE,
  TIMEOUT_CODE,
  US_ADVERTISER_ID,
} from '../../tests/mock-api/fixtures';
import { startMockTikTokApi, type MockTikTokApi } from '../../tests/mock-api/server';
import { openDatabase, type SparkDatabase } from '../db/database';
import { addCodes, getCodes, setStatus } from '../db/repository';
import type { CodeRecord } from '../records/schema';
import { createTikTokClient } from '../tiktok/client';
import { authorizeBatch, type AuthorizeResult } from './authorize-batch';
import { createLiveLookups } from '../services/live-lookups';
import { fixedClock } from '../clock';
import { codesAlreadyOnAccount, syncApplied } from './sync-applied';

const NOW = Date.UTC(2026, 10, 25, 12);
let api: MockTikTokApi;
let db: SparkDatabase;

beforeAll(async () => {
  api = await startMockTikTokApi({ port: 0, now: NOW });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  db = openDatabase(`live-${Math.random()}`);
});
afterEach(() => {
  api.reset();
  db.close();
});

const client = () =>
  createTikTokClient({
    token: MOCK_ACCESS_TOKEN,
    baseUrl: api.baseUrl,
    now: () => NOW,
    sleep: async () => undefined,
    timeoutMs: 300,
    retry: { maxAttempts: 2 },
  });

async function seed(codes: readonly string[]) {
  await addCodes(
    db,
    codes.map((code) => ({ code, raw: code })),
    { adAccountId: US_ADVERTISER_ID },
    fixedClock(NOW),
  );
}

const kinds = (results: AuthorizeResult[]) =>
  results.reduce<Record<string, number>>(
    (acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }),
    {},
  );

describe('authorizeBatch against the mock API', () => {
  it('applies 18 good codes and fails the expired and revoked ones with their fixes', async () => {
    const codes = [...generateValidCodes(18, 7), EXPIRED_CODE, REVOKED_CODE];
    await seed(codes);
    const progress: number[] = [];
    const results = await authorizeBatch({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
      codes,
      onResult: (_r, done) => progress.push(done),
    });
    expect(kinds(results)).toEqual({ applied: 18, failed: 2 });
    expect(progress).toHaveLength(20);
    const stored = await getCodes(db, codes);
    expect(stored.get(EXPIRED_CODE)?.status).toBe('expired');
    expect(stored.get(REVOKED_CODE)?.status).toBe('revoked');
    expect([...stored.values()].filter((r) => r.status === 'applied')).toHaveLength(18);
    const fixes = results.flatMap((r) => (r.kind === 'failed' ? [r.failure.fix] : []));
    expect(fixes[0]).toMatch(/extend/i);
    expect(fixes[1]).toMatch(/Ad authorization/i);
    expect(api.authorized.filter((a) => codes.includes(a.code))).toHaveLength(18);
  });

  it('asks for the original post code for a stitch and applies it once given', async () => {
    await seed([STITCH_CODE, LIVE_CODE]);
    const first = await authorizeBatch({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
      codes: [STITCH_CODE],
    });
    expect(first[0]?.kind).toBe('needs-original');
    expect((await getCodes(db, [STITCH_CODE])).get(STITCH_CODE)?.status).toBe('new');
    const second = await authorizeBatch({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
      codes: [STITCH_CODE],
      originalPostCodes: { [STITCH_CODE]: LIVE_CODE },
    });
    expect(second[0]?.kind).toBe('applied');
  });

  it('never marks a code bad when TikTok does not answer', async () => {
    await seed([TIMEOUT_CODE]);
    const [result] = await authorizeBatch({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
      codes: [TIMEOUT_CODE],
    });
    expect(result?.kind).toBe('unknown');
    expect((await getCodes(db, [TIMEOUT_CODE])).get(TIMEOUT_CODE)?.status).toBe('new');
  });

  it('stops starting codes once cancelled', async () => {
    const codes = generateValidCodes(12, 3);
    await seed(codes);
    const controller = new AbortController();
    const results = await authorizeBatch({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
      codes,
      concurrency: 1,
      signal: controller.signal,
      onResult: (_r, done) => {
        if (done === 3) controller.abort();
      },
    });
    expect(results.filter((r) => r.kind === 'applied')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'cancelled')).toHaveLength(9);
  });
});

describe('syncApplied', () => {
  it('marks inventory codes already authorized on the account', async () => {
    const codes = generateValidCodes(3, 11);
    await seed(codes);
    await authorizeBatch({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
      codes: [codes[0] as string],
    });
    // Pretend the buyer undid the local mark: the account still has the post.
    await setStatus(db, [codes[0] as string], 'ready', fixedClock(NOW));
    const result = await syncApplied({
      client: client(),
      db,
      clock: fixedClock(NOW),
      advertiserId: US_ADVERTISER_ID,
    });
    expect(result).toMatchObject({ ok: true, marked: [codes[0]] });
    const stored = await getCodes(db, codes);
    expect(stored.get(codes[0] as string)?.status).toBe('applied');
    expect(stored.get(codes[1] as string)?.status).toBe('new');
  });
});

describe('createLiveLookups', () => {
  const lookups = (token: string | undefined, granted: boolean) =>
    createLiveLookups({
      tokens: { get: async () => token },
      hasApiAccess: async () => granted,
      makeClient: () => client(),
      clock: fixedClock(NOW),
    });

  it.each([
    ['no token', undefined, true, undefined],
    ['token but no permission', MOCK_ACCESS_TOKEN, false, 'failure'],
    ['token and permission', MOCK_ACCESS_TOKEN, true, 'facts'],
  ] as const)('with %s', async (_label, token, granted, kind) => {
    const lookup = await lookups(token, granted).open();
    const result = await lookup?.(LIVE_CODE, US_ADVERTISER_ID);
    expect(result?.kind).toBe(kind);
    if (result?.kind === 'failure') expect(result.failure.definitive).toBe(false);
  });
});

describe('codesAlreadyOnAccount', () => {
  const [mine, elsewhere, unassigned, expectedOnly] = generateValidCodes(4, 99) as [
    string,
    string,
    string,
    string,
  ];
  const record = (code: string, extra: Partial<CodeRecord> = {}): CodeRecord => ({
    code,
    raw: code,
    extractionWarnings: [],
    status: 'ready',
    addedAt: NOW,
    updatedAt: NOW,
    ...extra,
  });

  it.each([
    ['a code on this account', record(mine, { adAccountId: US_ADVERTISER_ID }), true],
    [
      'a code meant for another account',
      record(elsewhere, { adAccountId: '7000000000000000002' }),
      false,
    ],
    ['a code with no account yet', record(unassigned), true],
    [
      'a code whose expected post is on the account, but TikTok never said it points there',
      record(expectedOnly, { expectedPost: '7301234567890123456' }),
      false,
    ],
  ])('%s: marked = %s', (_label, rec, marked) => {
    const posts = [
      { itemId: '1', authCode: mine },
      { itemId: '2', authCode: elsewhere },
      { itemId: '3', authCode: unassigned },
      { itemId: '7301234567890123456' },
    ];
    expect(codesAlreadyOnAccount([rec], posts, US_ADVERTISER_ID)).toEqual(marked ? [rec.code] : []);
  });
});
