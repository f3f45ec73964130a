import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listCodes } from '../../lib/db/repository';
import type { Settings } from '../../lib/settings/schema';
import { useFollowedSettings } from '../common/use-followed-settings';
import { useServices } from './services';

/** The inventory, kept current as the popup, panel or an import write to it. */
export function useInventory() {
  const { db } = useServices();
  return useLiveQuery(() => listCodes(db), [db]);
}

export function useSettings(): Settings | undefined {
  return useFollowedSettings(useServices(), undefined);
}

/** Time and zone, refreshed each minute so "ends today" turns over while the tab stays open. */
export function useClock() {
  const { clock } = useServices();
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), 60_000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
