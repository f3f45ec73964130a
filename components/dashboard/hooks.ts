import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { readPerformance, readStars } from '../../lib/db/performance';
import { listCodes } from '../../lib/db/repository';
import type { Settings } from '../../lib/settings/schema';
import { useFollowedSettings } from '../common/use-followed-settings';
import { useServices } from './services';

/** The inventory, kept current as the popup, panel or an import write to it. */
export function useInventory() {
  const { db } = useServices();
  return useLiveQuery(() => listCodes(db), [db]);
}

/** Each code's last figures and each account's last read, as the background stores them. */
export function usePerformance() {
  const { db } = useServices();
  return useLiveQuery(() => readPerformance(db), [db]);
}

const NO_STARS: ReadonlySet<string> = new Set();

/** The codes the buyer starred in the popup. */
export function useStars(): ReadonlySet<string> {
  const { db } = useServices();
  return useLiveQuery(() => readStars(db), [db]) ?? NO_STARS;
}

export function useSettings(): Settings | undefined {
  return useFollowedSettings(useServices(), undefined);
}

/** Time and zone, refreshed each minute so "ends today" turns over while the tab stays open. */
export function useClock() {
  const { clock } = useServices();
  const read = useCallback(
    () => ({ now: clock.now(), timeZone: clock.timeZone ?? 'UTC' }),
    [clock],
  );
  const [now, setNow] = useState(read);
  useEffect(() => {
    const timer = setInterval(() => setNow(read()), 60_000);
    return () => clearInterval(timer);
  }, [read]);
  return now;
}
