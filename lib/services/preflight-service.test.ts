import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishTranslate } from '../lifecycle/english.testing';
import { fixedClock } from '../clock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCodes, getCodes, recordCheck } from '../db/repository';
import { preflightRequestSchema } from '../api/panel-schemas';
import type { LiveLookup } from '../tiktok/facts';
import { createPreflightService } from './preflight-service';
import { createRateWindow } from './rate-window';
import { CODE_A, CODE_B, closeTestDatabases, found, testDeps, testLookups } from './test-deps';
import { codeVerdict } from '../preflight/verdict';
import type { ResponseOf } from '../api/operations';

/** What the panel will tell the buyer to do with each code, from the rows the service returned. */
const verdicts = (response: ResponseOf<'preflight'>) =>
  response.items.map(
    (item) =>
      codeVerdict({ checks: item.results, complete: true, warnings: [], t: englishTranslate }).kind,
  );

afterEach(closeTestDatabases);

const ACCOUNT = '7000000000000000001';

function request(data: unknown) {
  return preflightRequestSchema.parse(data);
}

describe('preflight service', () => {
  it('checks codes offline and says which are not in the inventory', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    const preflight = createPreflightService(deps);
    const response = await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    expect(response.liveEnabled).toBe(false);
    expect(response.adAccount).toMatchObject({ id: ACCOUNT, country: 'US' });
    const [item] = response.items;
    expect(item).toMatchObject({ code: CODE_A, inInventory: false, endsAt: null });
    expect(item?.results.find((r) => r.id === 'format')?.status).toBe('pass');
    expect(item?.results.some((r) => r.status === 'fail')).toBe(false);
    // Offline and unrecorded, its expiry, post and region are not known, and the verdict says so.
    expect(verdicts(response)).toEqual(['not-checked']);
  });

  it('offline, calls a fully recorded code ready, leaving only what TikTok alone can tell', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    await addCodes(
      deps.db,
      [{ code: CODE_A, raw: CODE_A }],
      {
        creatorHandle: 'maya',
        expectedPost: 'https://www.tiktok.com/@maya/video/7301234567890123456',
        creatorRegion: 'US',
        duration: 30,
      },
      deps.clock,
    );
    const preflight = createPreflightService(deps);
    const response = await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    const results = response.items[0]?.results ?? [];
    const open = results.filter((r) => r.status !== 'pass');
    expect(open.map((r) => [r.id, r.status, r.liveOnly])).toEqual([
      ['revocation', 'unknown', true],
      ['original-post', 'unknown', true],
      ['shop-ready', 'unknown', true],
    ]);
    expect(verdicts(response)).toEqual(['ready']);
  });

  it('reads an expiry the buyer recorded and fails a code past it', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(
      deps.db,
      [{ code: CODE_A, raw: CODE_A }],
      { expiresOn: '2026-11-01', creatorHandle: 'maya' },
      fixedClock(Date.UTC(2026, 9, 1), 'UTC'),
    );
    const preflight = createPreflightService(deps);
    const response = await preflight(request({ codes: [found(CODE_A), found(CODE_B)] }));
    const [known, unknown] = response.items;
    expect(known?.inInventory).toBe(true);
    expect(known?.record).toMatchObject({ creatorHandle: 'maya' });
    expect(known?.endsAt).toBeLessThan(deps.clock.now());
    const expiry = known?.results.find((r) => r.id === 'expiry');
    expect(expiry?.status).toBe('fail');
    expect(expiry?.fix).toMatch(/extend|new code/i);
    expect(unknown?.inInventory).toBe(false);
    expect(verdicts(response)).toEqual(['blocked', 'not-checked']);
  });

  it('dates the row and its verdict from the facts TikTok gave earlier, as the checks do', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const now = deps.clock.now();
    const day = 86_400_000;
    await addCodes(
      deps.db,
      [{ code: CODE_A, raw: CODE_A }],
      { expiresOn: '2027-06-01' },
      fixedClock(now, 'UTC'),
    );
    const tiktokEnd = now + 2 * day;
    const stored: LiveLookup = { kind: 'facts', facts: { fetchedAt: now, authEnd: tiktokEnd } };
    await recordCheck(deps.db, CODE_A, [], stored, fixedClock(now, 'UTC'));
    const response = await createPreflightService(deps)(request({ codes: [found(CODE_A)] }));
    const [item] = response.items;
    expect(item?.results.find((r) => r.id === 'expiry')?.status).toBe('warn');
    expect(item?.endsAt).toBe(tiktokEnd);
    // Expiring soon is a heads-up on the row, not a reason to take the code out.
    expect(verdicts(response)).toEqual(['not-checked']);
  });

  it('falls back to the default ad account and keeps an unsaved account as a bare id', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await deps.settings.update({ defaultAdAccountId: ACCOUNT, accounts: [{ id: ACCOUNT }] });
    const preflight = createPreflightService(deps);
    expect((await preflight(request({ codes: [found(CODE_A)] }))).adAccount?.id).toBe(ACCOUNT);
    const other = await preflight(request({ codes: [found(CODE_A)], adAccountId: '7999' }));
    expect(other.adAccount).toEqual({ id: '7999' });
  });

  it('asks TikTok only with a token and a known account', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const lookupLive = vi.fn(async (): Promise<LiveLookup> => ({
      kind: 'facts',
      facts: { fetchedAt: deps.clock.now(), authStatus: 'AUTHORIZED' },
    }));
    const preflight = createPreflightService({ ...deps, live: testLookups(deps, lookupLive) });
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    expect(lookupLive).not.toHaveBeenCalled();

    await deps.tokens.set('token-123456789');
    await preflight(request({ codes: [found(CODE_A)] }));
    expect(lookupLive).not.toHaveBeenCalled();

    const response = await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    expect(lookupLive).toHaveBeenCalledWith(ACCOUNT, CODE_A);
    expect(response.liveEnabled).toBe(true);
    expect(response.liveNote).toBeUndefined();
  });

  it("shows the post TikTok says the code points to, with its cover while TikTok's link lasts", async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const cover = 'https://p16-sign.tiktokcdn.com/obj/cover.jpeg?x-expires=1';
    const lookupLive = vi.fn(async (): Promise<LiveLookup> => ({
      kind: 'facts',
      facts: {
        fetchedAt: deps.clock.now(),
        itemId: '7301234567890123456',
        caption: 'Summer drop',
        creatorName: 'Mia Lopez',
        coverUrl: cover,
      },
    }));
    await deps.tokens.set('token-123456789');
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    const preflight = createPreflightService({ ...deps, live: testLookups(deps, lookupLive) });
    const response = await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    expect(response.items[0]?.post).toEqual({
      itemId: '7301234567890123456',
      caption: 'Summer drop',
      creatorName: 'Mia Lopez',
      coverUrl: cover,
    });
    // Offline, nothing is known about the post: no preview rather than an empty one.
    const offline = createPreflightService(deps);
    const unknown = await offline(request({ codes: [found(CODE_B)], adAccountId: ACCOUNT }));
    expect(unknown.items[0]?.post).toBeUndefined();
  });

  it('spends the token only on accounts saved in Options, and says so for others', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const lookupLive = vi.fn(async (): Promise<LiveLookup> => ({
      kind: 'facts',
      facts: { fetchedAt: deps.clock.now(), authStatus: 'AUTHORIZED' },
    }));
    await deps.tokens.set('token-123456789');
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    const preflight = createPreflightService({ ...deps, live: testLookups(deps, lookupLive) });
    const chosenByPage = '7123456789012345678';
    const response = await preflight(
      request({ codes: [found(CODE_A)], adAccountId: chosenByPage }),
    );
    expect(lookupLive).not.toHaveBeenCalled();
    expect(response.liveEnabled).toBe(false);
    expect(response.liveNote).toBe('Account 712345…78 is not in Options: live checks off.');
  });

  it('limits how many codes one tab has looked up per minute', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const lookupLive = vi.fn(async (): Promise<LiveLookup> => ({
      kind: 'facts',
      facts: { fetchedAt: deps.clock.now(), authStatus: 'AUTHORIZED' },
    }));
    await deps.tokens.set('token-123456789');
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    const liveBudget = createRateWindow({ limit: 1, windowMs: 60_000, now: deps.clock.now });
    const preflight = createPreflightService({
      ...deps,
      live: testLookups(deps, lookupLive),
      liveBudget,
    });
    const response = await preflight(
      request({ codes: [found(CODE_A), found(CODE_B)], adAccountId: ACCOUNT }),
      { caller: 'extension-page', tabId: 3 },
    );
    expect(lookupLive).toHaveBeenCalledTimes(1);
    const paused = response.items.find((item) =>
      item.results.some((r) => r.status === 'unknown' && /asked TikTok too often/.test(r.message)),
    );
    expect(paused).toBeDefined();
  });

  it('keeps going when a live lookup throws, and never turns unknown into pass', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await deps.tokens.set('token-123456789');
    const preflight = createPreflightService({
      ...deps,
      live: testLookups(deps, async () => {
        throw new Error('offline');
      }),
    });
    const response = await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    const revocation = response.items[0]?.results.find((r) => r.id === 'revocation');
    expect(revocation?.status).not.toBe('pass');
  });

  it('stores what TikTok said on codes that are in the inventory', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, fixedClock(deps.clock.now()));
    await deps.tokens.set('token-123456789');
    await deps.settings.update({ accounts: [{ id: ACCOUNT, country: 'US' }] });
    const live: LiveLookup = {
      kind: 'facts',
      facts: { fetchedAt: deps.clock.now(), authStatus: 'AUTHORIZED', itemId: '123' },
    };
    const preflight = createPreflightService({
      ...deps,
      live: testLookups(deps, async () => live),
    });
    await preflight(request({ codes: [found(CODE_A)], adAccountId: ACCOUNT }));
    const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
    expect(stored?.live).toEqual(live);
    expect(stored?.lastCheck?.at).toBe(deps.clock.now());
  });

  it('reports the duplicate count it was given', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const preflight = createPreflightService(deps);
    const response = await preflight(request({ codes: [found(CODE_A, 2)] }));
    expect(response.items[0]?.results.find((r) => r.id === 'duplicate')?.status).toBe('warn');
  });
});

describe('what a code spent, for the panel', () => {
  it('gives the 7-day spend where a report had one, and nothing for a failed report', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(
      deps.db,
      [CODE_A, CODE_B].map((code) => ({ code, raw: code })),
      { adAccountId: ACCOUNT },
      deps.clock,
    );
    const base = { advertiserId: ACCOUNT, currency: 'USD', readAt: 1 };
    await deps.db.performance.bulkPut([
      {
        ...base,
        code: CODE_A,
        days7: {
          kind: 'figures',
          startDate: '2026-11-19',
          endDate: '2026-11-25',
          adIds: ['ad-1'],
          spend: 1240,
        },
        days30: { kind: 'no-ads' },
      },
      {
        ...base,
        code: CODE_B,
        days7: { kind: 'unknown', reason: { message: 'TikTok had a problem.' } },
        days30: { kind: 'unknown', reason: { message: 'TikTok had a problem.' } },
      },
    ]);
    const preflight = createPreflightService(deps);
    const response = await preflight(
      request({ codes: [found(CODE_A), found(CODE_B)], adAccountId: ACCOUNT }),
    );
    expect(response.items.map((item) => item.spent7)).toEqual([
      { amount: 1240, currency: 'USD', readAt: 1 },
      undefined,
    ]);
  });
});
