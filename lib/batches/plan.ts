import { byEarnings, type RankingFigures } from '../records/performance';
import type { CodeRecord } from '../records/schema';
import { authorizationEnd, canAuthorize } from '../records/usability';

export interface Batch {
  /** Same account, position and codes give the same id, so re-rendering a plan keeps its keys. */
  id: string;
  adAccountId: string | null;
  codes: string[];
  earliestExpiry: number | null;
}

export interface PlanOptions {
  /** Codes per batch; Ads Manager is said to take about 20 at once. */
  size?: number;
  now: number;
  timeZone?: string;
  /** `spend`: highest spend first (then ROAS, stars, sooner end), as the dashboard ranks. */
  order?: 'expiry' | 'spend';
  /** What each code's post earned and whether the buyer starred it; read for `spend` only. */
  earnings?: (code: string) => { figures?: RankingFigures; starred: boolean };
}

export const DEFAULT_BATCH_SIZE = 20;

interface Candidate {
  code: string;
  adAccountId: string | null;
  endsAt: number | null;
  addedAt: number;
}

function candidateOf(record: CodeRecord, options: PlanOptions): Candidate | undefined {
  if (!canAuthorize(record, options.now, options.timeZone)) return undefined;
  return {
    code: record.code,
    adAccountId: record.adAccountId?.trim() || null,
    endsAt: authorizationEnd(record, options.timeZone),
    addedAt: record.addedAt,
  };
}

/** Soonest end first; codes whose end is unknown (or never comes) go last, oldest first. */
function byTime(a: Candidate, b: Candidate): number {
  const aEnd = a.endsAt ?? Infinity;
  const bEnd = b.endsAt ?? Infinity;
  // Either end may be Infinity, so the two are compared only when they differ.
  if (aEnd !== bEnd) return aEnd - bEnd;
  return a.addedAt - b.addedAt;
}

/** {@link byTime}, then the code itself so the order never depends on the input's. */
function byUrgency(a: Candidate, b: Candidate): number {
  // Codes in a plan are distinct, so two are never equal.
  return byTime(a, b) || (a.code < b.code ? -1 : 1);
}

/** The dashboard's ranking over plan candidates; a code without figures or star ranks by time. */
function byEarningsOf(options: PlanOptions): (a: Candidate, b: Candidate) => number {
  const rankable = (candidate: Candidate) => ({
    code: candidate.code,
    ...(options.earnings?.(candidate.code) ?? { starred: false }),
    endsAt: candidate.endsAt ?? Infinity,
  });
  return (a, b) => byEarnings(rankable(a), rankable(b));
}

function batchSize(size = DEFAULT_BATCH_SIZE): number {
  if (!Number.isFinite(size)) return DEFAULT_BATCH_SIZE;
  return Math.max(1, Math.floor(size));
}

/** FNV-1a: short, stable and dependency-free; ids only need to differ, not to be secret. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  // Stryker disable next-line EqualityOperator: a step past the end still gives a stable, distinct id
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function batchId(adAccountId: string | null, index: number, codes: readonly string[]): string {
  // Stryker disable next-line StringLiteral,ArithmeticOperator: any stable, distinct spelling of the id will do
  return `batch-${adAccountId ?? 'none'}-${index + 1}-${hash(codes.join('\n'))}`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Splits the codes that can still be authorized into paste-sized batches, one ad account at a
 * time, most urgent first. Codes without an account form their own group, since pasting them
 * into the wrong account would waste them.
 */
export function planBatches(records: readonly CodeRecord[], options: PlanOptions): Batch[] {
  const size = batchSize(options.size);
  const seen = new Set<string>();
  const groups = new Map<string | null, Candidate[]>();
  for (const record of records) {
    if (seen.has(record.code)) continue;
    const candidate = candidateOf(record, options);
    if (!candidate) continue;
    seen.add(record.code);
    const group = groups.get(candidate.adAccountId) ?? [];
    group.push(candidate);
    groups.set(candidate.adAccountId, group);
  }

  const compare = options.order === 'spend' ? byEarningsOf(options) : byUrgency;
  const ordered = [...groups.entries()].map(([account, group]) => ({
    account,
    codes: [...group].sort(compare),
  }));
  // The group holding the first code in that order comes first; ties go to a named account.
  ordered.sort((a, b) => {
    const first = (g: typeof a) => g.codes[0] as Candidate;
    return (
      (options.order === 'spend' ? compare(first(a), first(b)) : byTime(first(a), first(b))) ||
      (a.account === null ? 1 : 0) - (b.account === null ? 1 : 0) ||
      // Stryker disable next-line StringLiteral: only two named accounts get this far
      (a.account ?? '').localeCompare(b.account ?? '')
    );
  });

  return ordered.flatMap(({ account, codes }) =>
    chunk(codes, size).map((part, index) => {
      const list = part.map((c) => c.code);
      return {
        id: batchId(account, index, list),
        adAccountId: account,
        codes: list,
        // Stryker disable next-line OptionalChaining: a chunk is never empty
        earliestExpiry: part[0]?.endsAt ?? null,
      };
    }),
  );
}

/** What goes on the clipboard: one code per line, as Ads Manager's batch field expects. */
export function batchCopyText(batch: Batch): string {
  return batch.codes.join('\n');
}
