import type { Clock } from '../db/repository';

/** The time and zone every service reads "now" from; injected so tests pin them. */
export interface ServiceClock {
  now: () => number;
  /** The buyer's IANA time zone, in which recorded calendar dates are read. */
  readonly timeZone?: string;
}

export function clockAt(clock: ServiceClock): Clock {
  return { now: clock.now(), timeZone: clock.timeZone };
}

/** Read on every use: the buyer's zone changes when their laptop travels. */
export const systemClock: ServiceClock = {
  now: () => Date.now(),
  get timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
};
