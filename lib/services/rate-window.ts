/**
 * A sliding one-window limit per key (a tab): at most `limit` units in any `windowMs`. Kept in
 * the service worker's memory on purpose: a restarted worker starting afresh is harmless, and
 * nothing a page does can reset it.
 */
export function createRateWindow(options: { limit: number; windowMs: number; now: () => number }) {
  const spent = new Map<string, number[]>();

  const recent = (key: string) => {
    const since = options.now() - options.windowMs;
    const times = (spent.get(key) ?? []).filter((at) => at > since);
    spent.set(key, times);
    return times;
  };

  return {
    /** Takes up to `wanted` units for `key`; returns how many were granted. */
    take(key: string, wanted = 1): number {
      const times = recent(key);
      const granted = Math.max(0, Math.min(wanted, options.limit - times.length));
      const at = options.now();
      for (let i = 0; i < granted; i++) times.push(at);
      if (times.length === 0) spent.delete(key);
      return granted;
    },
    /** Milliseconds until `key` may take one unit again (0 when it may now). */
    waitFor(key: string): number {
      const times = recent(key);
      if (times.length < options.limit) return 0;
      return Math.max(0, (times[0] ?? 0) + options.windowMs - options.now());
    },
  };
}

export type RateWindow = ReturnType<typeof createRateWindow>;
