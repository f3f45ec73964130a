import { describe, expect, it } from 'vitest';
import { DAY, NOW, facts, makeRecord } from '../preflight/test-fixtures';
import type { CodeRecord } from '../records/schema';
import type { PostPerformance } from '../tiktok/performance';
import {
  byEarnings,
  groupByCurrency,
  winnersGoingDark,
  type Rankable,
  type Winner,
} from './winners';

const perf = (itemId: string, spend?: number, roas?: number): PostPerformance => ({
  itemId,
  adIds: [`ad-${itemId}`],
  spend,
  roas,
});

const applied = (code: string, post: string, endsInDays: number, more: Partial<CodeRecord> = {}) =>
  makeRecord({
    code,
    status: 'applied',
    live: facts({ itemId: post, authEnd: NOW + endsInDays * DAY }),
    ...more,
  });

describe('winnersGoingDark', () => {
  const records = [
    applied('#A', '1', 2),
    applied('#B', '2', 1),
    applied('#C', '3', 3),
    applied('#D', '4', 20),
    applied('#E', '5', 20, { campaignEndsOn: '2027-12-31' }),
    applied('#F', '6', 2),
    makeRecord({ code: '#G', status: 'ready', live: facts({ itemId: '7', authEnd: NOW + DAY }) }),
    applied('#H', '8', -1),
  ];
  const byPost = new Map([
    ['1', perf('1', 1240)],
    ['2', perf('2', 80, 4)],
    ['3', perf('3', 80, 6)],
    ['4', perf('4', 99_999)],
    ['5', perf('5', 10)],
    ['7', perf('7', 50_000)],
    ['8', perf('8', 50_000)],
  ]);

  it('ranks applied codes ending soon (or before their campaign) by spend, then ROAS', () => {
    const ranked = winnersGoingDark(records, byPost, { now: NOW, windowDays: 7 });
    expect(ranked.map((w) => w.record.code)).toEqual(['#A', '#C', '#B', '#E', '#F']);
    expect(ranked[0]?.performance?.spend).toBe(1240);
  });

  it('puts a code without figures last, never as zero spend, and stars rank those by hand', () => {
    const unknown = [applied('#X', '90', 2), applied('#Y', '91', 1), applied('#Z', '1', 3)];
    const plain = winnersGoingDark(unknown, byPost, { now: NOW, windowDays: 7 });
    expect(plain.map((w) => w.record.code)).toEqual(['#Z', '#Y', '#X']);
    expect(plain[1]?.performance).toBeUndefined();
    const starred = winnersGoingDark(unknown, byPost, {
      now: NOW,
      windowDays: 7,
      starred: new Set(['#X']),
    });
    expect(starred.map((w) => w.record.code)).toEqual(['#Z', '#X', '#Y']);
  });
});

describe('figures looked up per code', () => {
  it('rank as figures by post do, and a code without any stays below known zero spend', () => {
    const records = [applied('#P', '1', 2), applied('#Q', '2', 2), applied('#R', '3', 2)];
    const perCode = new Map([
      ['#P', { spend: 0 }],
      ['#R', { spend: 50, roas: 2 }],
    ]);
    const ranked = winnersGoingDark(records, (record) => perCode.get(record.code), {
      now: NOW,
      windowDays: 7,
    });
    expect(ranked.map((w) => w.record.code)).toEqual(['#R', '#P', '#Q']);
  });
});

describe('byEarnings', () => {
  const base = { starred: false, endsAt: NOW };
  it.each<[string, Rankable, Rankable]>([
    [
      'more spend',
      { ...base, code: 'b', figures: { spend: 10 } },
      { ...base, code: 'a', figures: { spend: 9 } },
    ],
    [
      'zero spend over unknown',
      { ...base, code: 'b', figures: { spend: 0 } },
      { ...base, code: 'a' },
    ],
    [
      'better ROAS at equal spend',
      { ...base, code: 'b', figures: { spend: 5, roas: 3 } },
      { ...base, code: 'a', figures: { spend: 5, roas: 2 } },
    ],
    ['a star among equals', { ...base, code: 'b', starred: true }, { ...base, code: 'a' }],
    [
      'the sooner end',
      { ...base, code: 'b', endsAt: NOW },
      { ...base, code: 'a', endsAt: NOW + DAY },
    ],
    [
      'a known end over an unknown one',
      { ...base, code: 'b' },
      { ...base, code: 'a', endsAt: Infinity },
    ],
    [
      'the code as the last tie-break',
      { ...base, code: 'a', endsAt: Infinity },
      { ...base, code: 'b', endsAt: Infinity },
    ],
  ])('%s ranks first', (_name, first, second) => {
    expect(byEarnings(first, second)).toBeLessThan(0);
    expect(byEarnings(second, first)).toBeGreaterThan(0);
  });
});

describe('byEarnings across currencies', () => {
  it('groups known spends by currency and ranks within each; unknown spend still goes last', () => {
    const item = (code: string, spend?: number, currency?: string): Rankable => ({
      code,
      figures: spend === undefined ? undefined : { spend, currency },
      starred: false,
      endsAt: NOW,
    });
    const items = [
      item('usd-small', 80, 'USD'),
      item('none'),
      item('jpy-big', 125_000, 'JPY'),
      item('usd-big', 1240, 'USD'),
      item('jpy-small', 900, 'JPY'),
    ];
    expect([...items].sort(byEarnings).map((i) => i.code)).toEqual([
      'jpy-big',
      'jpy-small',
      'usd-big',
      'usd-small',
      'none',
    ]);
  });
});

describe('groupByCurrency', () => {
  it('splits the ranking where the currency changes and keeps codes without figures last', () => {
    const w = (code: string, spend?: number, currency?: string): Winner => ({
      record: makeRecord({ code }),
      endsAt: NOW,
      performance: spend === undefined ? undefined : { spend, currency },
    });
    const groups = groupByCurrency([
      w('a', 9, 'JPY'),
      w('b', 5, 'JPY'),
      w('c', 7, 'USD'),
      w('d'),
      w('e'),
    ]);
    expect(
      groups.map((g) => [g.currency, g.hasFigures, g.winners.map((x) => x.record.code)]),
    ).toEqual([
      ['JPY', true, ['a', 'b']],
      ['USD', true, ['c']],
      [undefined, false, ['d', 'e']],
    ]);
  });
});
