import { rankingFigures, type CodePerformance } from '../records/performance';
import type { CodeRecord } from '../records/schema';
import type { AdAccount } from '../settings/schema';
import { accountLabel } from './accounts';
import { matchesSearch, searchTerms } from './search';
import { deriveStatusChip, type ChipKind, type StatusChip } from './status-chip';
import { byEarnings } from './winners';

export const ALL = 'all';
export const NO_ACCOUNT = 'none';
/** Codes copied to the clipboard as part of a batch but not yet marked applied. */
export const COPIED = 'copied';
/** The codes the badge counts and the dashboard lists as needing action. */
export const NEEDS_ACTION = 'needs-action';

export type StatusFilter = typeof ALL | typeof COPIED | typeof NEEDS_ACTION | ChipKind;
export const sortKeys = ['expiry', 'added-newest', 'added-oldest', 'spend'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface InventoryQuery {
  search: string;
  status: StatusFilter;
  /** `all`, `none` (codes with no ad account) or an advertiser id. */
  account: string;
  sort: SortKey;
}

export const defaultQuery: InventoryQuery = {
  search: '',
  status: ALL,
  account: ALL,
  sort: 'expiry',
};

export interface InventoryRow {
  record: CodeRecord;
  chip: StatusChip;
  /** Copied as part of a batch and still waiting to be applied. */
  copiedPending: boolean;
  /** In the set the badge counts and the dashboard lists. */
  needsAction: boolean;
  /** Undefined when the code has no ad account. */
  accountLabel: string | undefined;
  /** Marked by hand as one that matters. */
  starred: boolean;
  /** What its post earned, as last read. */
  performance?: CodePerformance;
}

export interface ViewContext {
  now: number;
  /** The buyer's zone, in which days are counted. */
  timeZone?: string;
  /**
   * Codes the badge counts and the dashboard lists (lib/lifecycle/urgency.ts, worked out by the
   * caller: that rule sits in a layer this one does not import).
   */
  needingAction?: ReadonlySet<string>;
  alertWindowDays: number;
  accounts: readonly AdAccount[];
  /** Each code's last figures (lib/db/performance.ts). */
  performance?: ReadonlyMap<string, CodePerformance>;
  starred?: ReadonlySet<string>;
}

export function isCopiedPending(record: CodeRecord): boolean {
  return (
    record.copiedAt !== undefined &&
    record.batchId !== undefined &&
    (record.status === 'new' || record.status === 'ready')
  );
}

export function toRow(record: CodeRecord, context: ViewContext): InventoryRow {
  return {
    record,
    chip: deriveStatusChip(record, context.now, context.alertWindowDays, context.timeZone),
    copiedPending: isCopiedPending(record),
    needsAction: context.needingAction?.has(record.code) ?? false,
    accountLabel: accountLabel(record.adAccountId, context.accounts),
    starred: context.starred?.has(record.code) ?? false,
    performance: context.performance?.get(record.code),
  };
}

function matchesStatus(row: InventoryRow, status: StatusFilter): boolean {
  if (status === ALL) return true;
  if (status === COPIED) return row.copiedPending;
  if (status === NEEDS_ACTION) return row.needsAction;
  return row.chip.kind === status;
}

function matchesAccount(record: CodeRecord, account: string): boolean {
  if (account === ALL) return true;
  if (account === NO_ACCOUNT) return !record.adAccountId;
  return record.adAccountId === account;
}

/** Ties fall back to the code itself so the order never jumps between renders. */
export const comparators: Record<
  Exclude<SortKey, 'spend'>,
  (a: CodeRecord, b: CodeRecord) => number
> = {
  // Soonest end first; codes whose end is unknown or absent go last (Infinity - Infinity is NaN,
  // which is falsy, so two of those fall through to the next key).
  expiry: (a, b) =>
    (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity) ||
    b.addedAt - a.addedAt ||
    a.code.localeCompare(b.code),
  'added-newest': (a, b) => b.addedAt - a.addedAt || a.code.localeCompare(b.code),
  'added-oldest': (a, b) => a.addedAt - b.addedAt || a.code.localeCompare(b.code),
};

/** The rows the list shows, in order, for the buyer's search, filters and sort. */
export function buildInventoryRows(
  records: readonly CodeRecord[],
  query: InventoryQuery,
  context: ViewContext,
): InventoryRow[] {
  const terms = searchTerms(query.search);
  const names = new Map(context.accounts.map((a) => [a.id, a.name]));
  const rows: InventoryRow[] = [];
  for (const record of records) {
    if (!matchesAccount(record, query.account)) continue;
    if (
      !matchesSearch(record, terms, record.adAccountId ? names.get(record.adAccountId) : undefined)
    )
      continue;
    const row = toRow(record, context);
    if (matchesStatus(row, query.status)) rows.push(row);
  }
  const { sort } = query;
  if (sort !== 'spend') return rows.sort((a, b) => comparators[sort](a.record, b.record));
  // The dashboard's order: spend over 7 days, ROAS, stars, then the sooner end.
  const rankable = (row: InventoryRow) => ({
    code: row.record.code,
    figures: rankingFigures(row.performance),
    starred: row.starred,
    endsAt: row.record.expiresAt ?? Infinity,
  });
  return rows
    .map((row) => ({ row, rank: rankable(row) }))
    .sort((a, b) => byEarnings(a.rank, b.rank))
    .map(({ row }) => row);
}

export function isFiltered(query: InventoryQuery): boolean {
  return query.search.trim() !== '' || query.status !== ALL || query.account !== ALL;
}
