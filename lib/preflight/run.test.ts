import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allChecks, runPreflight, verdictOf } from './run';
import { FAULT_REASONS, failure, makeContext, makeInput, makeRecord } from './test-fixtures';
import { checkIds, checkResultSchema, type CheckResult, type CheckStatus } from './types';

const statuses = (...list: CheckStatus[]): CheckResult[] =>
  list.map((status, i) => ({ id: checkIds[i % checkIds.length]!, status, message: '', fix: '' }));

describe('runPreflight', () => {
  it('runs every check once, in checkIds order, with valid results', () => {
    const results = runPreflight(makeInput(), makeContext());
    expect(results.map((r) => r.id)).toEqual([...checkIds]);
    for (const r of results) expect(checkResultSchema.parse(r)).toEqual(r);
  });

  it.each(checkIds)('a throwing %s check becomes unknown and the others still run', (broken) => {
    const checks = {
      ...allChecks,
      [broken]: () => {
        throw new Error('boom');
      },
    };
    const input = makeInput({ occurrences: 2 });
    const results = runPreflight(input, makeContext(), checks);
    const expected = runPreflight(input, makeContext());
    expect(results.map((r) => r.id)).toEqual([...checkIds]);
    for (const [i, r] of results.entries()) {
      if (r.id === broken) {
        expect(r).toEqual({
          id: broken,
          status: 'unknown',
          message: 'This check could not run',
          fix: expect.stringMatching(/Check again/),
        });
      } else expect(r).toEqual(expected[i]);
    }
  });

  it('keeps each result under the id it was run as', () => {
    const checks = { ...allChecks, region: allChecks.format };
    const region = runPreflight(makeInput(), makeContext(), checks).find((r) => r.id === 'region');
    expect(region?.status).toBe('pass');
  });

  it('with nothing known, nothing passes that needs information', () => {
    const results = runPreflight(makeInput(), makeContext());
    const byId = Object.fromEntries(results.map((r) => [r.id, r.status]));
    expect(byId).toEqual({
      format: 'pass',
      duplicate: 'pass',
      expiry: 'unknown',
      revocation: 'unknown',
      'wrong-post': 'unknown',
      region: 'unknown',
      'original-post': 'unknown',
      'shop-ready': 'unknown',
    });
  });

  it('a fault from TikTok never fails or expires a code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FAULT_REASONS),
        fc.constantFrom('new', 'ready') as fc.Arbitrary<'new' | 'ready'>,
        fc.string(),
        (reason, status, message) => {
          const input = makeInput({
            record: makeRecord({ status, expiresOn: '2026-12-31', creatorRegion: 'US' }),
            live: failure(reason, false, { message: `expired revoked ${message}` }),
          });
          const results = runPreflight(
            input,
            makeContext({ adAccount: { id: '1', country: 'US' } }),
          );
          expect(results.filter((r) => r.status === 'fail')).toEqual([]);
        },
      ),
    );
  });
});

describe('verdictOf', () => {
  it.each<[string, CheckResult[], CheckStatus]>([
    ['all pass', statuses('pass', 'pass'), 'pass'],
    ['one unknown', statuses('pass', 'unknown'), 'unknown'],
    ['warn beats unknown', statuses('unknown', 'warn', 'pass'), 'warn'],
    ['fail beats everything', statuses('warn', 'unknown', 'fail', 'pass'), 'fail'],
    ['nothing checked is not a pass', [], 'unknown'],
  ])('%s → %s', (_name, results, expected) => {
    expect(verdictOf(results)).toBe(expected);
  });
});
