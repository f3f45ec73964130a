import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../clock';
import type { LiveLookup } from '../tiktok/facts';
import { createLiveLookups } from './live-lookups';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const ACCOUNT = '7000000000000000001';
const facts: LiveLookup = { kind: 'facts', facts: { fetchedAt: 0, authStatus: 'AUTHORIZED' } };
const fault: LiveLookup = {
  kind: 'failure',
  failure: { fetchedAt: 0, reason: 'network', definitive: false, message: 'm', fix: 'f' },
};

function setUp(answers: LiveLookup[]) {
  let now = 1_000_000;
  let token = 'token-one-123456';
  const videoInfo = vi.fn(async () => answers.shift() ?? facts);
  const lookups = createLiveLookups({
    tokens: { get: async () => token },
    hasApiAccess: async () => true,
    makeClient: () => ({ videoInfo }) as never,
    clock: { now: () => now, timeZone: 'UTC' },
    ttlMs: 60_000,
  });
  const ask = async () => (await lookups.open())?.(CODE, ACCOUNT);
  return {
    lookups,
    videoInfo,
    ask,
    advance: (ms: number) => (now += ms),
    switchToken: () => (token = 'token-two-123456'),
  };
}

describe('createLiveLookups', () => {
  it('asks TikTok once per code and account while the answer is fresh', async () => {
    const { ask, videoInfo, advance } = setUp([]);
    await ask();
    advance(59_999);
    await ask();
    expect(videoInfo).toHaveBeenCalledTimes(1);
    advance(1);
    await ask();
    expect(videoInfo).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a fault, which may clear by itself', (s: ReturnType<typeof setUp>) => s, [fault]],
    ['a forgotten code', (s: ReturnType<typeof setUp>) => (s.lookups.forget([CODE]), s), []],
    ['another token', (s: ReturnType<typeof setUp>) => (s.switchToken(), s), []],
  ])('asks again after %s', async (_label, between, answers) => {
    const state = setUp([...answers]);
    await state.ask();
    between(state);
    expect(await state.ask()).toEqual(facts);
    expect(state.videoInfo).toHaveBeenCalledTimes(2);
  });

  it('is off without a token', async () => {
    const lookups = createLiveLookups({
      tokens: { get: async () => undefined },
      hasApiAccess: async () => true,
      makeClient: () => ({}) as never,
      clock: fixedClock(0),
    });
    expect(await lookups.open()).toBeUndefined();
  });
});
