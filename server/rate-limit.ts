/**
 * Failed attempts at the invite exchange, per client address. With Redis configured the counter is
 * shared, so adding instances does not multiply what one address may try.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export interface Limiter {
  /** Undefined while the key may try; otherwise the seconds to wait. */
  blocked(key: string): Promise<number | undefined>;
  /** Counts a failed attempt against the key. */
  failed(key: string): Promise<void>;
}

/**
 * Failed exchanges are counted, successful ones are not: an office joining ten buyers from one
 * address is never locked out, while guessing stops after a few misses.
 */
export function inviteLimiter(limit: RateLimit, redis?: Redis): Limiter {
  const options = {
    points: limit.points,
    duration: limit.durationSeconds,
    keyPrefix: 'spark-team-invite',
  };
  const limiter = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis })
    : new RateLimiterMemory(options);
  return {
    async blocked(key) {
      const state = await limiter.get(key);
      if (!state || state.consumedPoints < limit.points) return undefined;
      return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    },
    async failed(key) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        // Already over the limit: `blocked` answers the next attempt.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
      }
    },
  };
}
