import { describe, expect, it } from 'vitest';
import { runPreflight } from './run';
import { DAY, NOW, facts, failure, makeContext, makeInput, makeRecord } from './test-fixtures';
import type { CheckId, CheckResult, PreflightContext, PreflightInput } from './types';

const POST = 'https://www.tiktok.com/@maya/video/7301234567890123456';
const US_ACCOUNT: PreflightContext['adAccount'] = { id: '111', country: 'US' };

/** A code with everything a buyer can record: creator, post, region and how long it runs. */
const fullyRecorded = makeRecord({
  creatorHandle: 'maya',
  expectedPost: POST,
  creatorRegion: 'US',
  duration: 30,
  receivedOn: '2026-06-10',
});

type Marks = Pick<CheckResult, 'status' | 'source' | 'liveOnly' | 'cleanable'>;

function marksOf(input: Partial<PreflightInput>, context: Partial<PreflightContext> = {}) {
  const results = runPreflight(makeInput(input), makeContext(context));
  return Object.fromEntries(
    results.map((r): [CheckId, Marks] => [
      r.id,
      {
        status: r.status,
        ...(r.source ? { source: r.source } : {}),
        ...(r.liveOnly ? { liveOnly: r.liveOnly } : {}),
        ...(r.cleanable ? { cleanable: r.cleanable } : {}),
      },
    ]),
  );
}

describe('what each result rests on', () => {
  it('offline, a fully recorded code passes on the records; only TikTok-only checks stay open', () => {
    expect(marksOf({ record: fullyRecorded }, { adAccount: US_ACCOUNT })).toEqual({
      format: { status: 'pass' },
      duplicate: { status: 'pass', source: 'records' },
      expiry: { status: 'pass', source: 'records' },
      revocation: { status: 'unknown', liveOnly: true },
      'wrong-post': { status: 'pass', source: 'records' },
      region: { status: 'pass', source: 'records' },
      'original-post': { status: 'unknown', liveOnly: true },
      'shop-ready': { status: 'unknown', liveOnly: true },
    });
  });

  it('with fresh live facts nothing is left to TikTok and the facts are the source', () => {
    const live = facts({
      itemId: '7301234567890123456',
      authStatus: 'AUTHORIZED',
      authEnd: NOW + 20 * DAY,
      productRegions: ['US'],
    });
    expect(marksOf({ record: fullyRecorded, live }, { adAccount: US_ACCOUNT })).toEqual({
      format: { status: 'pass' },
      duplicate: { status: 'pass', source: 'records' },
      expiry: { status: 'pass', source: 'live' },
      revocation: { status: 'pass', source: 'live' },
      'wrong-post': { status: 'pass', source: 'live' },
      region: { status: 'pass', source: 'live' },
      'original-post': { status: 'pass', source: 'live' },
      'shop-ready': { status: 'pass', source: 'live' },
    });
  });

  it('a lookup that failed is not "not asked": its unknowns carry its own fix, not the live-only mark', () => {
    const marks = marksOf(
      { record: fullyRecorded, live: failure('network', false) },
      { adAccount: US_ACCOUNT },
    );
    expect(marks.revocation).toEqual({ status: 'unknown' });
    expect(marks['original-post']).toEqual({ status: 'unknown' });
    expect(marks['wrong-post']).toEqual({ status: 'unknown' });
  });

  it.each<[string, Partial<PreflightInput>, Partial<PreflightContext>, CheckId, Marks]>([
    ['no record: expiry is for the records to settle', {}, {}, 'expiry', { status: 'unknown' }],
    [
      'no expected post recorded',
      { record: makeRecord() },
      {},
      'wrong-post',
      { status: 'unknown' },
    ],
    [
      "account country not saved: region is for the buyer's settings to settle",
      { record: fullyRecorded },
      { adAccount: { id: '111' } },
      'region',
      { status: 'unknown' },
    ],
    [
      'creator elsewhere: a fail on the records',
      { record: makeRecord({ creatorRegion: 'FR' }) },
      { adAccount: US_ACCOUNT },
      'region',
      { status: 'fail', source: 'records' },
    ],
    [
      'expired by the recorded date',
      { record: makeRecord({ expiresOn: '2026-06-01' }) },
      {},
      'expiry',
      { status: 'fail', source: 'records' },
    ],
    [
      'revoked in the inventory',
      { record: makeRecord({ status: 'revoked' }) },
      {},
      'revocation',
      { status: 'fail', source: 'records' },
    ],
    [
      'pasted twice: Clean field fixes it',
      { occurrences: 2 },
      {},
      'duplicate',
      { status: 'warn', cleanable: true },
    ],
    [
      'pasted twice and already applied here: Clean field cannot fix that',
      { occurrences: 2, record: makeRecord({ status: 'applied', adAccountId: '111' }) },
      { adAccount: US_ACCOUNT },
      'duplicate',
      { status: 'warn' },
    ],
  ])('%s', (_name, input, context, id, expected) => {
    expect(marksOf(input, context)[id]).toEqual(expected);
  });
});
