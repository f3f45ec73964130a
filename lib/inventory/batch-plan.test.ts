import { describe, expect, it } from 'vitest';
import {
  batchStatus,
  copiedBatches,
  numberBatches,
  plannable,
  teammateClaims,
  usableCodes,
} from './batch-plan';
import { DAY, NOW, record } from './test-records';

describe('numberBatches', () => {
  it('keeps batches in order with ids that differ between plans and between batches', () => {
    const batches = [
      { id: 'a', adAccountId: null, codes: ['#1'], earliestExpiry: null },
      { id: 'b', adAccountId: '1', codes: ['#2'], earliestExpiry: 5 },
    ];
    const first = numberBatches(batches, NOW);
    const second = numberBatches(batches, NOW + 1);
    expect(first.map((b) => b.codes)).toEqual([['#1'], ['#2']]);
    expect(first[1]).toMatchObject({ adAccountId: '1', codes: ['#2'], earliestExpiry: 5 });
    expect(new Set([...first, ...second].map((b) => b.id)).size).toBe(4);
  });
});

describe('plannable', () => {
  it('keeps codes copied in an unapplied batch out of a new plan', () => {
    const fresh = record();
    const copied = record({ batchId: 'b1', copiedAt: NOW });
    const appliedAfterCopy = record({ status: 'applied', batchId: 'b1', copiedAt: NOW });
    expect(plannable([fresh, copied, appliedAfterCopy], NOW)).toEqual([fresh, appliedAfterCopy]);
  });

  it.each([
    ['a running claim keeps the code out', NOW + 1, false],
    ['a claim ending now lets it back in', NOW, true],
    ['an ended claim lets it back in', NOW - 1, true],
  ])("%s of a teammate's", (_, until, included) => {
    const claimed = record({ claimedBy: { name: 'Sam', account: '111', until } });
    expect(plannable([claimed], NOW)).toEqual(included ? [claimed] : []);
    expect(usableCodes([claimed.code], new Map([[claimed.code, claimed]]), NOW)).toEqual(
      included ? [claimed.code] : [],
    );
  });
});

describe('teammateClaims', () => {
  it('counts running claims per teammate and account, most codes first', () => {
    const claim = (name: string, account: string | undefined, until: number) =>
      record({ claimedBy: { name, account, until } });
    expect(
      teammateClaims(
        [
          claim('Sam', '111', NOW + 10),
          claim('Alex', '222', NOW + 5),
          claim('Alex', '222', NOW + 9),
          claim('Alex', undefined, NOW + 9),
          claim('Kim', '111', NOW),
          record({ status: 'applied', claimedBy: { name: 'Jo', until: NOW + 9 } }),
          record(),
        ],
        NOW,
      ),
    ).toEqual([
      { name: 'Alex', account: '222', until: NOW + 9, codes: 2 },
      { name: 'Alex', account: undefined, until: NOW + 9, codes: 1 },
      { name: 'Sam', account: '111', until: NOW + 10, codes: 1 },
    ]);
  });
});

describe('batchStatus', () => {
  const id = 'plan-1-1';
  const map = (...records: ReturnType<typeof record>[]) => new Map(records.map((r) => [r.code, r]));

  it.each<[string, ReturnType<typeof record>[], object]>([
    ['fresh batch is planned', [record(), record()], { progress: { kind: 'planned' }, changed: 0 }],
    [
      'copied when every code carries the batch id',
      [record({ batchId: id, copiedAt: NOW - 5 }), record({ batchId: id, copiedAt: NOW - 2 })],
      { progress: { kind: 'copied', at: NOW - 2 }, changed: 0 },
    ],
    [
      'copied in another batch is not this one',
      [record({ batchId: 'other', copiedAt: NOW }), record({ batchId: id, copiedAt: NOW })],
      { progress: { kind: 'planned' }, changed: 0 },
    ],
    [
      'applied when every code is applied',
      [
        record({ status: 'applied', appliedAt: NOW - 9 }),
        record({ status: 'applied', appliedAt: NOW - 3 }),
      ],
      { progress: { kind: 'applied', at: NOW - 3 }, changed: 0 },
    ],
    [
      'counts codes that stopped being usable',
      [
        record(),
        record({ status: 'revoked' }),
        record({ expiresAt: NOW - DAY }),
        record({ status: 'applied' }),
      ],
      { progress: { kind: 'planned' }, changed: 3 },
    ],
  ])('%s', (_name, records, expected) => {
    expect(batchStatus({ id, codes: records.map((r) => r.code) }, map(...records), NOW)).toEqual(
      expected,
    );
  });

  it.each<[string, () => [string[], ReturnType<typeof record>[]], object]>([
    [
      'an empty batch is only planned',
      () => [[], []],
      { progress: { kind: 'planned' }, changed: 0 },
    ],
    [
      'applied codes with one deleted are not an applied batch',
      () => {
        const applied = record({ status: 'applied', appliedAt: NOW });
        return [[applied.code, '#deleted'], [applied]];
      },
      { progress: { kind: 'planned' }, changed: 2 },
    ],
    [
      'an applied code without a time still makes an applied batch',
      () => {
        const applied = record({ status: 'applied' });
        return [[applied.code], [applied]];
      },
      { progress: { kind: 'applied', at: 0 }, changed: 0 },
    ],
    [
      'copied, with one code expired since',
      () => {
        const copied = record({ batchId: id, copiedAt: NOW - 1 });
        const ended = record({ batchId: id, copiedAt: NOW - 1, expiresAt: NOW });
        return [
          [copied.code, ended.code],
          [copied, ended],
        ];
      },
      { progress: { kind: 'copied', at: NOW - 1 }, changed: 1 },
    ],
    [
      'a batch id without a copy time is not copied',
      () => {
        const marked = record({ batchId: id });
        return [[marked.code], [marked]];
      },
      { progress: { kind: 'planned' }, changed: 0 },
    ],
  ])('%s', (_name, build, expected) => {
    const [codes, records] = build();
    expect(batchStatus({ id, codes }, map(...records), NOW)).toEqual(expected);
  });

  it('counts deleted codes as changed', () => {
    const kept = record();
    expect(batchStatus({ id, codes: [kept.code, '#deleted'] }, map(kept), NOW)).toEqual({
      progress: { kind: 'planned' },
      changed: 1,
    });
  });
});

describe('copiedBatches', () => {
  it('rebuilds unapplied copied batches from the records, newest copy first', () => {
    const a1 = record({
      batchId: 'a',
      copiedAt: NOW - 10,
      expiresAt: NOW + 9 * DAY,
      adAccountId: '1',
    });
    const a2 = record({
      batchId: 'a',
      copiedAt: NOW - 10,
      expiresAt: NOW + 2 * DAY,
      adAccountId: '1',
    });
    const b1 = record({ batchId: 'b', copiedAt: NOW - 5 });
    const done = record({ batchId: 'c', copiedAt: NOW, status: 'applied' });
    const skipped = record({ batchId: 'd', copiedAt: NOW });
    const result = copiedBatches([a1, a2, b1, done, skipped], new Set(['d']));
    expect(result).toEqual([
      { id: 'b', adAccountId: null, codes: [b1.code], earliestExpiry: null, copiedAt: NOW - 5 },
      {
        id: 'a',
        adAccountId: '1',
        codes: [a2.code, a1.code],
        earliestExpiry: NOW + 2 * DAY,
        copiedAt: NOW - 10,
      },
    ]);
  });
});

describe('copiedBatches: order and grouping', () => {
  it('orders codes with the same end by the code, codes without an end last', () => {
    const [x, y, z] = ['#Ccc', '#Aaa', '#Bbb'].map((code) =>
      record({ code, batchId: 'a', copiedAt: NOW, expiresAt: NOW + DAY }),
    );
    const open = record({ code: '#Aab', batchId: 'a', copiedAt: NOW });
    const [batch] = copiedBatches([open, x!, y!, z!]);
    expect(batch?.codes).toEqual(['#Aaa', '#Bbb', '#Ccc', '#Aab']);
  });

  it('leaves out codes never copied, and copied codes no longer pending', () => {
    const never = record({ batchId: 'a' });
    const revoked = record({ batchId: 'b', copiedAt: NOW, status: 'revoked' });
    const ready = record({ batchId: 'c', copiedAt: NOW, status: 'ready' });
    expect(copiedBatches([never, revoked, ready]).map((b) => b.id)).toEqual(['c']);
  });
});

describe('isUsable through usableCodes', () => {
  it.each<[string, Parameters<typeof record>[0], boolean]>([
    ['new', {}, true],
    ['ready', { status: 'ready' }, true],
    ['ending a moment from now', { expiresAt: NOW + 1 }, true],
    ['ending now', { expiresAt: NOW }, false],
    ['applied', { status: 'applied' }, false],
    ['expired', { status: 'expired' }, false],
    ['revoked', { status: 'revoked' }, false],
  ])('%s → %s', (_name, input, usable) => {
    const r = record(input);
    expect(usableCodes([r.code], new Map([[r.code, r]]), NOW)).toEqual(usable ? [r.code] : []);
  });
});

describe('usableCodes', () => {
  it('keeps only codes that can still be pasted, in batch order', () => {
    const fresh = record({ expiresAt: NOW + DAY });
    const ready = record({ status: 'ready' });
    const past = record({ expiresAt: NOW });
    const failed = record({ status: 'failed' });
    const byCode = new Map([fresh, ready, past, failed].map((r) => [r.code, r]));
    expect(
      usableCodes([ready.code, past.code, '#gone', failed.code, fresh.code], byCode, NOW),
    ).toEqual([ready.code, fresh.code]);
  });
});
