import { useMemo } from 'react';
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
  const performance = stored?.byCode;
  // One object while nothing changed, so the tabs it is handed to can skip a render.
  return useMemo(() => ({ performance, starred }), [performance, starred]);
}
