/**
 * "Now" and the buyer's time zone, read together everywhere a rule depends on the date. Injected
 * so tests pin both; the system clock reads them on every use, since a laptop travels.
 */
export interface Clock {
  now(): number;
  /** IANA zone recorded calendar dates are read in; undefined reads them as UTC. */
  readonly timeZone: string | undefined;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  get timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
};

/** A clock stopped at `now`, for tests and for one consistent reading across a computation. */
export function fixedClock(now: number, timeZone: string | undefined = 'UTC'): Clock {
  return { now: () => now, timeZone };
}
