import type { SparkDatabase } from '../db/database';
import { parseRowsFast } from '../db/records';
import type { CodeRecord } from '../records/schema';
import { comparators } from './inventory-view';

/** The popup's list shows about eight rows; the rest is room to scroll before the swap. */
export const FIRST_SCREEN_ROWS = 50;

/**
 * Codes sharing the end date at the cut must all be read to sort them by date added, and a lot
 * this big (one paste with a duration) costs about as much as reading the whole inventory.
 */
const MAX_TIED_ROWS = 500;

const byExpiry = comparators.expiry;

function validSorted(rows: readonly unknown[]): CodeRecord[] {
  return parseRowsFast(rows).records.sort(byExpiry);
}

interface DatedHead {
  records: CodeRecord[];
  /** Every code with an end date is in `records`, so undated ones may follow. */
  complete: boolean;
}

/** Soonest end first. The index orders ties by code, the list by date added, so ties are re-read. */
async function firstDated(db: SparkDatabase, limit: number): Promise<DatedHead | undefined> {
  const head = await db.codes.orderBy('expiresAt').limit(limit).toArray();
  const cut = head.at(-1)?.expiresAt;
  if (head.length < limit || typeof cut !== 'number') {
    return { records: validSorted(head), complete: true };
  }
  const tied = db.codes.where('expiresAt').equals(cut);
  if ((await tied.count()) > MAX_TIED_ROWS) return undefined;
  const before = head.filter((row) => row.expiresAt !== cut);
  const records = validSorted([...before, ...(await tied.toArray())]).slice(0, limit);
  return { records, complete: false };
}

/**
 * Codes with no end date sort last, newest first. Walking the date-added index backwards gives
 * ties in reverse code order, so the codes added at the cut are re-read forwards.
 */
async function firstUndated(db: SparkDatabase, limit: number): Promise<CodeRecord[]> {
  if (limit <= 0) return [];
  const undated = (row: CodeRecord) => row.expiresAt === undefined;
  const newest = await db.codes.orderBy('addedAt').reverse().filter(undated).limit(limit).toArray();
  const cut = newest.at(-1)?.addedAt;
  if (newest.length < limit || cut === undefined) return validSorted(newest);
  const after = newest.filter((row) => row.addedAt !== cut);
  const atCut = await db.codes
    .where('addedAt')
    .equals(cut)
    .filter(undated)
    .limit(limit - after.length)
    .toArray();
  return validSorted([...after, ...atCut]);
}

export interface FirstScreen {
  records: CodeRecord[];
  /** Rows stored, corrupt ones included: the list's length as far as an index count can tell. */
  stored: number;
}

/**
 * The first codes of the list as the popup opens it (no search or filter, soonest expiry first),
 * read through the indexes so the list can paint before the whole inventory is in. Corrupt rows
 * are left out, so fewer than `limit` may come back, but those that do are always the head of
 * the full list. Undefined when an exact head would cost about as much as the full read.
 */
export async function listFirstScreen(
  db: SparkDatabase,
  limit = FIRST_SCREEN_ROWS,
): Promise<FirstScreen | undefined> {
  return db.transaction('r', db.codes, async () => {
    const stored = await db.codes.count();
    const dated = await firstDated(db, limit);
    if (!dated) return undefined;
    if (!dated.complete) return { records: dated.records, stored };
    const undated = await firstUndated(db, limit - dated.records.length);
    return { records: [...dated.records, ...undated], stored };
  });
}

/**
 * Rows read per request of {@link listInventory}. Each request's rows are copied onto the page's
 * thread in one go when it completes; a page this size keeps that to a few milliseconds, where
 * 10,000 rows in one request held the popup for a long moment just after it had painted.
 */
export const INVENTORY_PAGE_ROWS = 1_000;

/**
 * The whole inventory, every row validated; corrupt rows are counted, never returned. Read in
 * pages by primary key inside one read transaction: the same snapshot as a single read, with
 * the page free to draw and take clicks between pages.
 */
export async function listInventory(
  db: SparkDatabase,
  pageRows = INVENTORY_PAGE_ROWS,
): Promise<{ records: CodeRecord[]; corrupt: number }> {
  return db.transaction('r', db.codes, async () => {
    const records: CodeRecord[] = [];
    let corrupt = 0;
    let page = await db.codes.orderBy(':id').limit(pageRows).toArray();
    for (;;) {
      const parsed = parseRowsFast(page);
      records.push(...parsed.records);
      corrupt += parsed.corrupt;
      const last = page.at(-1);
      if (page.length < pageRows || last === undefined) return { records, corrupt };
      page = await db.codes.where(':id').above(last.code).limit(pageRows).toArray();
    }
  });
}
