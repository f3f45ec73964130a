import { useEffect, useState } from 'react';
import { useServices } from './services';

/** The current time, refreshed each minute so "days left" rolls over while the page stays open. */
export function useNow(): number {
  const { clock } = useServices();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), 60_000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
