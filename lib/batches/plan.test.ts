import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeRecord, CodeStatus } from '../records/schema';
import { DAY, NOW, failure, facts, makeRecord } from '../preflight/test-fixtures';
import { batchCopyText, planBatches, type Batch } from './plan';

/** A distinct, well-formed code per number. */
function codeFor(n: number): string {
  return `#${n.toString().padStart(4, '0')}${'Ab9+/'.repeat(10)}=`;
}

function rec(n: number, overrides: Partial<CodeRecord> = {}): CodeRecord {
  const code = codeFor(n);
  return makeRecord({ code, raw: code, addedAt: NOW - DAY + n, ...overrides });
}

const many = (count: number, overrides: Partial<CodeRecord> = {}) =>
  Array.from({ length: count }, (_, i) => rec(i, overrides));

const sizes = (batches: Batch[]) => batches.map((b) => b.codes.length);

describe('planBatches', () => {
  it.each<[number, number[]]>([
    [0, []],
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
    [45, [20, 20, 5]],
  ])('%i codes → batches of %j', (count, expected) => {
    const batches = planBatches(many(count), { now: NOW });
    expect(sizes(batches)).toEqual(expected);
    expect(batches.flatMap((b) => b.codes)).toEqual(many(count).map((r) => r.code));
  });

  it.each<[number | undefined, number[]]>([
    [undefined, [20, 5]],
    [10, [10, 10, 5]],
    [1, Array.from({ length: 25 }, () => 1)],
    [100, [25]],
    [0, Array.from({ length: 25 }, () => 1)],
    [7.9, [7, 7, 7, 4]],
    [Number.NaN, [20, 5]],
  ])('size %s → %j', (size, expected) => {
    expect(sizes(planBatches(many(25), { now: NOW, size }))).toEqual(expected);
  });

  it.each<[CodeStatus, boolean]>([
    ['new', true],
    ['ready', true],
    ['applied', false],
    ['failed', false],
    ['expired', false],
    ['revoked', false],
  ])('status %s is included: %s', (status, included) => {
    const batches = planBatches([rec(1, { status })], { now: NOW });
    expect(batches.flatMap((b) => b.codes)).toEqual(included ? [codeFor(1)] : []);
  });

  it.each<[string, Partial<CodeRecord>, boolean]>([
    ['expired by its recorded date', { expiresOn: '2026-06-14' }, false],
    ['last day today', { expiresOn: '2026-06-15' }, true],
    ['expired by received + duration', { receivedOn: '2026-06-01', duration: 7 }, false],
    ['expired by TikTok end time', { live: facts({ authEnd: NOW - 1 }) }, false],
    ['only the stored expiresAt says expired', { expiresAt: NOW - 1 }, false],
    ['stored expiresAt in the future', { expiresAt: NOW + DAY }, true],
    ['no expiry', { duration: 'none' }, true],
    ['ends at this very moment', { live: facts({ authEnd: NOW }) }, false],
    ['stored expiresAt is this very moment', { expiresAt: NOW }, false],
    ['ends a millisecond from now', { live: facts({ authEnd: NOW + 1 }) }, true],
    ['TikTok said expired', { live: failure('expired', true) }, false],
    ['TikTok said revoked', { live: failure('revoked', true) }, false],
    ['TikTok said the code is mistyped', { live: failure('format', true) }, false],
    ['TikTok does not take this kind of post', { live: failure('unsupported_post', true) }, false],
    ['TikTok said the post is gone', { live: failure('post_unavailable', true) }, false],
    ['TikTok has the post under review', { live: failure('post_restricted', true) }, false],
    ['a network fault is not a verdict', { live: failure('network', false) }, true],
    [
      'TikTok wants the original post code too',
      { live: failure('original_post_needed', true) },
      true,
    ],
    ['a malformed code', { code: '#tooShort', raw: '#tooShort' }, false],
  ])('%s → included: %s', (_name, overrides, included) => {
    const batches = planBatches([rec(1, overrides)], { now: NOW, timeZone: 'UTC' });
    expect(batches.length).toBe(included ? 1 : 0);
  });

  it('groups by ad account, most urgent group first, no-account codes on their own', () => {
    const records = [
      rec(1, { adAccountId: '222', expiresOn: '2026-07-01' }),
      rec(2, { adAccountId: '111', expiresOn: '2026-06-20' }),
      rec(3, {}),
      rec(4, { adAccountId: '222', expiresOn: '2026-06-18' }),
      rec(5, { adAccountId: '111' }),
      rec(6, { adAccountId: '' }),
    ];
    const batches = planBatches(records, { now: NOW, timeZone: 'UTC' });
    expect(batches.map((b) => [b.adAccountId, b.codes])).toEqual([
      ['222', [codeFor(4), codeFor(1)]],
      ['111', [codeFor(2), codeFor(5)]],
      [null, [codeFor(3), codeFor(6)]],
    ]);
    expect(batches.map((b) => b.earliestExpiry)).toEqual([
      Date.UTC(2026, 5, 19),
      Date.UTC(2026, 5, 21),
      null,
    ]);
  });

  it('orders by expiry, unknown expiry last, then oldest first', () => {
    const records = [
      rec(1, { addedAt: NOW - 1 }),
      rec(2, { expiresOn: '2026-08-01' }),
      rec(3, { addedAt: NOW - 5 }),
      rec(4, { live: facts({ authEnd: NOW + 2 * DAY }) }),
      rec(5, { duration: 'none', addedAt: NOW - 3 }),
    ];
    const [batch] = planBatches(records, { now: NOW, timeZone: 'UTC' });
    expect(batch?.codes).toEqual([codeFor(4), codeFor(2), codeFor(3), codeFor(5), codeFor(1)]);
    expect(batch?.earliestExpiry).toBe(NOW + 2 * DAY);
  });

  it('puts the group with the most urgent code first, whatever order the records come in', () => {
    const records = [
      rec(1, { adAccountId: '111', expiresOn: '2026-07-01' }),
      rec(2),
      rec(3, { adAccountId: '222', expiresOn: '2026-06-20' }),
      rec(4, { adAccountId: '333', expiresOn: '2026-06-17' }),
    ];
    const batches = planBatches(records, { now: NOW, timeZone: 'UTC' });
    expect(batches.map((b) => b.adAccountId)).toEqual(['333', '222', '111', null]);
  });

  it('on equal urgency puts named accounts first, in id order, then codes without one', () => {
    // Same end and same moment added: only the accounts can decide.
    const same = { expiresOn: '2026-06-20', addedAt: NOW - DAY };
    const records = [
      rec(1, { ...same }),
      rec(2, { ...same, adAccountId: '333' }),
      rec(3, { ...same, adAccountId: '111' }),
      rec(4, { ...same, adAccountId: '222' }),
    ];
    for (const order of [records, [...records].reverse()]) {
      const batches = planBatches(order, { now: NOW, timeZone: 'UTC' });
      expect(batches.map((b) => b.adAccountId)).toEqual(['111', '222', '333', null]);
    }
  });

  it('orders codes added at the same moment with the same end by the code itself', () => {
    const same = { expiresOn: '2026-06-20', addedAt: NOW - DAY };
    const records = [rec(3, same), rec(1, same), rec(2, same)];
    const [batch] = planBatches(records, { now: NOW, timeZone: 'UTC' });
    expect(batch?.codes).toEqual([codeFor(1), codeFor(2), codeFor(3)]);
  });

  it.each<[string, string | undefined]>([
    ['spaces around the id', ' 111 '],
    ['a tab before the id', '\t111'],
    ['the bare id', '111'],
  ])('treats an account id with %s as that account', (_name, id) => {
    const batches = planBatches([rec(1, { adAccountId: '111' }), rec(2, { adAccountId: id })], {
      now: NOW,
    });
    expect(batches.map((b) => [b.adAccountId, b.codes.length])).toEqual([['111', 2]]);
  });

  it('treats a blank account id as no account', () => {
    const batches = planBatches([rec(1, { adAccountId: '   ' }), rec(2)], { now: NOW });
    expect(batches.map((b) => [b.adAccountId, b.codes.length])).toEqual([[null, 2]]);
  });

  it('reads recorded dates in the buyer zone', () => {
    const record = rec(1, { expiresOn: '2026-06-15' });
    const late = Date.UTC(2026, 5, 15, 16);
    expect(planBatches([record], { now: late, timeZone: 'UTC' })).toHaveLength(1);
    expect(planBatches([record], { now: late, timeZone: 'Asia/Tokyo' })).toHaveLength(0);
  });

  it('chunks each account separately', () => {
    const records = [...many(25, { adAccountId: '111' }), rec(100, { adAccountId: '222' })];
    const batches = planBatches(records, { now: NOW });
    expect(batches.map((b) => [b.adAccountId, b.codes.length])).toEqual([
      ['111', 20],
      ['111', 5],
      ['222', 1],
    ]);
  });

  it('lists a code once even if given twice', () => {
    expect(planBatches([rec(1), rec(1)], { now: NOW })[0]?.codes).toEqual([codeFor(1)]);
  });

  it('gives the same ids for the same plan, and different ids for different batches', () => {
    const records = many(45, { adAccountId: '111' });
    const first = planBatches(records, { now: NOW });
    const again = planBatches([...records].reverse(), { now: NOW + 1000 });
    expect(again.map((b) => b.id)).toEqual(first.map((b) => b.id));
    expect(new Set(first.map((b) => b.id)).size).toBe(3);
    const changed = planBatches(records.slice(1), { now: NOW });
    expect(changed[0]?.id).not.toBe(first[0]?.id);
  });

  it('gives different ids to same-position batches whose codes differ', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength: 2, maxLength: 6 }),
        ([first, ...others]) => {
          const one = planBatches([rec(first as number)], { now: NOW });
          const other = planBatches(
            others.map((n) => rec(n)),
            { now: NOW, size: 100 },
          );
          expect(one[0]?.id).not.toBe(other[0]?.id);
        },
      ),
    );
  });

  it('keeps ids apart between accounts with the same codes position', () => {
    const a = planBatches([rec(1, { adAccountId: '111' })], { now: NOW });
    const b = planBatches([rec(1, { adAccountId: '222' })], { now: NOW });
    const none = planBatches([rec(1)], { now: NOW });
    expect(new Set([a[0]?.id, b[0]?.id, none[0]?.id]).size).toBe(3);
  });
});

describe('batchCopyText', () => {
  const batch = (codes: string[]): Batch => ({
    id: 'x',
    adAccountId: null,
    codes,
    earliestExpiry: null,
  });
  it.each<[string[], string]>([
    [[], ''],
    [[codeFor(1)], codeFor(1)],
    [[codeFor(1), codeFor(2), codeFor(3)], `${codeFor(1)}\n${codeFor(2)}\n${codeFor(3)}`],
  ])('%j', (codes, expected) => {
    const text = batchCopyText(batch(codes));
    expect(text).toBe(expected);
    expect(text.endsWith('\n')).toBe(false);
  });
});

describe('codes that cannot be authorized, from an older inventory', () => {
  it.each([
    [
      'a half-typed fragment',
      { code: '#s63DdePaj9HjSv2BPcSrDfTxU', raw: '#s63DdePaj9HjSv2BPcSrDfTxU' },
    ],
    [
      'a code cut off before an ellipsis',
      {
        extractionWarnings: ['Looked truncated: it is followed by "…", so the end may be missing'],
      },
    ],
  ])('leaves out %s', (_label, overrides) => {
    const batches = planBatches([rec(1), rec(2, overrides)], { now: NOW });
    expect(batches.flatMap((b) => b.codes)).toEqual([codeFor(1)]);
  });
});

describe('planBatches, highest spend first', () => {
  const ends = (n: number, days: number) =>
    rec(n, { live: facts({ authEnd: NOW + days * DAY }), adAccountId: n < 4 ? 'US' : 'GB' });
  const records = [ends(0, 2), ends(1, 9), ends(2, 5), ends(3, 1), ends(4, 30), ends(5, 3)];
  const earned: Record<number, { spend?: number; roas?: number }> = {
    1: { spend: 900 },
    2: { spend: 900, roas: 4 },
    4: { spend: 5000 },
  };
  const earnings = (code: string) => {
    const n = records.findIndex((r) => r.code === code);
    return { figures: earned[n], starred: n === 0 };
  };

  it('orders each account by spend, ROAS, star, then the sooner end; the top earner’s account first', () => {
    const batches = planBatches(records, { now: NOW, order: 'spend', earnings });
    expect(
      batches.map((b) => [
        b.adAccountId,
        b.codes.map((c) => records.findIndex((r) => r.code === c)),
      ]),
    ).toEqual([
      ['GB', [4, 5]],
      ['US', [2, 1, 0, 3]],
    ]);
  });

  it('is the expiry order when nothing is known or starred', () => {
    const plain = planBatches(records, {
      now: NOW,
      order: 'spend',
      earnings: () => ({ starred: false }),
    });
    expect(plain).toEqual(planBatches(records, { now: NOW }));
  });
});
