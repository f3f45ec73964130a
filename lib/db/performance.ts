import {
  codePerformanceSchema,
  performanceRunSchema,
  starSchema,
  type CodePerformance,
  type PerformanceRun,
} from '../records/performance';
import type { SparkDatabase } from './database';

export interface StoredPerformance {
  /** Each code's last figures; rows that fail the schema are left out and counted. */
  byCode: ReadonlyMap<string, CodePerformance>;
  /** Each ad account's last read, by advertiser id. */
  runs: ReadonlyMap<string, PerformanceRun>;
  corrupt: number;
}

function parseAll<T>(
  rows: readonly unknown[],
  parse: (row: unknown) => { success: true; data: T } | { success: false },
): { items: T[]; corrupt: number } {
  const items: T[] = [];
  let corrupt = 0;
  for (const row of rows) {
    const parsed = parse(row);
    if (parsed.success) items.push(parsed.data);
    else corrupt++;
  }
  return { items, corrupt };
}

/** Everything the ranking screens read; a row from an older or broken build never stops it. */
export async function readPerformance(db: SparkDatabase): Promise<StoredPerformance> {
  const [rows, runRows] = await db.transaction('r', db.performance, db.performanceRuns, () =>
    Promise.all([db.performance.toArray(), db.performanceRuns.toArray()]),
  );
  const figures = parseAll(rows, (row) => codePerformanceSchema.safeParse(row));
  const runs = parseAll(runRows, (row) => performanceRunSchema.safeParse(row));
  return {
    byCode: new Map(figures.items.map((row) => [row.code, row])),
    runs: new Map(runs.items.map((run) => [run.advertiserId, run])),
    corrupt: figures.corrupt + runs.corrupt,
  };
}

/**
 * Each code's spend over the last 7 days, where a report gave one: what the panel shows as
 * "spent $1,240 in 7 days". A row that fails its schema is skipped, never read as zero.
 */
export async function readSevenDaySpend(
  db: SparkDatabase,
  codes: readonly string[],
): Promise<Map<string, { amount: number; currency?: string; readAt: number }>> {
  const rows = await db.performance.bulkGet([...codes]);
  const spent = new Map<string, { amount: number; currency?: string; readAt: number }>();
  for (const row of rows) {
    const parsed = codePerformanceSchema.safeParse(row);
    if (!parsed.success) continue;
    const { code, currency, readAt, days7 } = parsed.data;
    if (days7.kind === 'figures' && days7.spend !== undefined) {
      spent.set(code, { amount: days7.spend, currency, readAt });
    }
  }
  return spent;
}

export async function readRuns(db: SparkDatabase): Promise<Map<string, PerformanceRun>> {
  const { items } = parseAll(await db.performanceRuns.toArray(), (row) =>
    performanceRunSchema.safeParse(row),
  );
  return new Map(items.map((run) => [run.advertiserId, run]));
}

/**
 * Replaces one account's figures in one transaction: its codes' rows, and the account's run.
 * Codes that were on the account and are no longer (moved, deleted) lose their old figures.
 * A failed read writes its codes as unknown with the reason: old figures are not passed off as
 * current.
 */
export async function saveAccountPerformance(
  db: SparkDatabase,
  run: PerformanceRun,
  rows: readonly CodePerformance[],
): Promise<void> {
  await db.transaction('rw', db.performance, db.performanceRuns, async () => {
    const kept = new Set(rows.map((row) => row.code));
    const old = await db.performance.where('advertiserId').equals(run.advertiserId).primaryKeys();
    await db.performance.bulkDelete(old.filter((code) => !kept.has(code)));
    await db.performance.bulkPut([...rows]);
    await db.performanceRuns.put(run);
  });
}

export async function readStars(db: SparkDatabase): Promise<Set<string>> {
  const { items } = parseAll(await db.stars.toArray(), (row) => starSchema.safeParse(row));
  return new Set(items.map((star) => star.code));
}

export async function setStar(
  db: SparkDatabase,
  code: string,
  starred: boolean,
  now: number,
): Promise<void> {
  if (starred) await db.stars.put({ code, starredAt: now });
  else await db.stars.delete(code);
}
