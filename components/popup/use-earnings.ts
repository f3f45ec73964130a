import { useLiveQuery } from 'dexie-react-hooks';
import type { CodePerformance } from '../../lib/records/performance';
import { readPerformance, readStars } from '../../lib/db/performance';
import { useServices } from './services';

export interface Earnings {
  performance?: ReadonlyMap<string, CodePerformance>;
  starred?: ReadonlySet<string>;
}

/** Each code's last figures and the buyer's stars, kept current as the background writes. */
export function useEarnings(): Earnings {
  const { db } = useServices();
  const stored = useLiveQuery(() => readPerformance(db), [db]);
  const starred = useLiveQuery(() => readStars(db), [db]);
  return { performance: stored?.byCode, starred };
}
