import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SparkDatabase } from '../db/database';
import type { CodeRecord } from '../records/schema';
import { listFirstScreen, listInventory } from './first-screen';
import { comparators } from './inventory-view';
import { DAY, NOW, record } from './test-records';

const LIMIT = 5;

let db: SparkDatabase;
beforeEach(() => {
  db = openDatabase(`first-screen-${Math.random()}`);
});
afterEach(() => db.close());

const many = (n: number, overrides: (i: number) => Partial<CodeRecord>) =>
  Array.from({ length: n }, (_, i) => record(overrides(i)));
const corrupt = (code: string, fields: Record<string, unknown>) =>
  ({ code, ...fields }) as unknown as CodeRecord;

/**
 * Inventories shaped to put the cut in each awkward place; the head must match the full list.
 * `shown` is how many rows come back: corrupt rows take places in the index walk.
 */
const inventories: [name: string, rows: () => CodeRecord[], shown: number][] = [
  ['empty', () => [], 0],
  ['fewer codes than the limit', () => many(3, (i) => ({ expiresAt: NOW + i * DAY })), 3],
  ['distinct end dates', () => many(12, (i) => ({ expiresAt: NOW + ((i * 7) % 12) * DAY })), 5],
  [
    'a tie on end date at the cut, added at different times',
    () => [
      ...many(3, (i) => ({ expiresAt: NOW + i })),
      ...many(6, (i) => ({ expiresAt: NOW + DAY, addedAt: NOW - (i % 3) * 1000 })),
      ...many(3, () => ({ expiresAt: NOW + 2 * DAY })),
    ],
    5,
  ],
  ['one pasted lot with no end dates', () => many(12, () => ({ addedAt: NOW })), 5],
  [
    'a few dated, then undated lots tied at the cut',
    () => [
      ...many(2, (i) => ({ expiresAt: NOW + i })),
      ...many(2, () => ({ addedAt: NOW })),
      ...many(6, () => ({ addedAt: NOW - 1000 })),
      ...many(4, () => ({ addedAt: NOW - 2000 })),
    ],
    5,
  ],
  [
    'corrupt rows among the first',
    () => [
      corrupt('#bad-dated', { expiresAt: NOW - 1, addedAt: NOW }),
      corrupt('#bad-key', { expiresAt: 'soon', addedAt: NOW }),
      corrupt('#bad-undated', { addedAt: NOW + 1 }),
      corrupt('#bad-added', { addedAt: 'today' }),
      ...many(3, (i) => ({ expiresAt: NOW + i })),
      ...many(8, () => ({ addedAt: NOW })),
    ],
    3,
  ],
];

describe('listFirstScreen', () => {
  it.each(inventories)('%s: the head of the full list, in order', async (_name, seed, shown) => {
    const rows = seed();
    await db.codes.bulkPut(rows);
    const { records } = await listInventory(db);
    const full = [...records].sort(comparators.expiry).map((r) => r.code);
    const head = await listFirstScreen(db, LIMIT);
    expect(head?.records.map((r) => r.code)).toEqual(full.slice(0, shown));
    expect(head?.stored).toBe(rows.length);
  });

  it('gives up when a huge lot shares the end date at the cut', async () => {
    await db.codes.bulkPut(many(501, () => ({ expiresAt: NOW + DAY })));
    expect(await listFirstScreen(db, LIMIT)).toBeUndefined();
  });
});

describe('listInventory', () => {
  it.each([1, 2, 3, 4, 1_000])(
    'reads every row once in pages of %i, corrupt ones counted',
    async (pageRows) => {
      const rows = [...many(7, () => ({})), corrupt('#bad', { status: 'lost' })];
      await db.codes.bulkPut(rows);
      const { records, corrupt: count } = await listInventory(db, pageRows);
      expect(records.map((r) => r.code).sort()).toEqual(
        rows
          .map((r) => r.code)
          .filter((code) => code !== '#bad')
          .sort(),
      );
      expect(count).toBe(1);
    },
  );

  it('returns every valid code and counts the rest', async () => {
    await db.codes.bulkPut([...many(3, () => ({})), corrupt('#bad', { status: 'lost' })]);
    const { records, corrupt: count } = await listInventory(db);
    expect(records).toHaveLength(3);
    expect(count).toBe(1);
  });
});
