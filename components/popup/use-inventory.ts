import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listCodes } from '../../lib/db/repository';
import type { CodeRecord } from '../../lib/db/schema';
import { useServices } from './services';

export interface Inventory {
  records: CodeRecord[];
  byCode: ReadonlyMap<string, CodeRecord>;
  /** Stored rows that failed validation: counted and reported, never shown. */
  corrupt: number;
}

/**
 * The whole inventory as a live query: any write to the database, from this page or from the
 * background on behalf of the Ads Manager panel, re-runs it. Undefined until the first read.
 */
export function useInventory(): Inventory | undefined {
  const { db } = useServices();
  const listed = useLiveQuery(() => listCodes(db), [db]);
  return useMemo(
    () =>
      listed && {
        records: listed.records,
        byCode: new Map(listed.records.map((r) => [r.code, r])),
        corrupt: listed.corrupt,
      },
    [listed],
  );
}
