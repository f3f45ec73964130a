import type { CodeRecord } from '../records/schema';

/** Words the buyer typed; every one must match somewhere for a code to be shown. */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/**
 * What a code can be found by. The handle is included with and without "@" so both "maya" and
 * "@maya" find it; `raw` is left out because a pasted DM thread would match almost anything.
 */
function haystackOf(record: CodeRecord, accountName: string | undefined): string {
  return [
    record.code,
    record.creatorHandle ? `@${record.creatorHandle.replace(/^@/, '')}` : '',
    record.expectedPost,
    record.adAccountId,
    accountName,
    record.creatorRegion,
    record.notes,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

export function matchesSearch(
  record: CodeRecord,
  terms: readonly string[],
  accountName?: string,
): boolean {
  if (terms.length === 0) return true;
  const haystack = haystackOf(record, accountName);
  return terms.every((term) => haystack.includes(term));
}
