import type { StorageAreaLike } from '../settings/store';

/**
 * Remembers which codes were already in a notification today, so an alarm every few hours or a
 * browser restart does not tell the buyer the same thing twice. Only the current day is kept:
 * a new day starts a new list, which is also when repeating a reminder is wanted.
 */
export interface NotifiedStore {
  notifiedOn(day: string): Promise<ReadonlySet<string>>;
  remember(day: string, codes: readonly string[]): Promise<void>;
}

const NOTIFIED_KEY = 'lifecycleNotified';

interface StoredDay {
  day: string;
  codes: string[];
}

function readDay(value: unknown, day: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const stored = value as Partial<StoredDay>;
  if (stored.day !== day || !Array.isArray(stored.codes)) return [];
  return stored.codes.filter((c): c is string => typeof c === 'string');
}

export function createNotifiedStore(area: StorageAreaLike): NotifiedStore {
  return {
    async notifiedOn(day) {
      return new Set(readDay((await area.get(NOTIFIED_KEY))[NOTIFIED_KEY], day));
    },
    async remember(day, codes) {
      const known = readDay((await area.get(NOTIFIED_KEY))[NOTIFIED_KEY], day);
      const next: StoredDay = { day, codes: [...new Set([...known, ...codes])] };
      await area.set({ [NOTIFIED_KEY]: next });
    },
  };
}
