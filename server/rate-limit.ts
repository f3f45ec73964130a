/**
 * Attempts at the invite exchange, per client address. With Redis configured the counter is
 * shared, so adding instances does not multiply what one address may try.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export interface Limiter {
  /** Undefined when allowed; otherwise the seconds to wait. */
  take(key: string): Promise<number | undefined>;
}

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
    async take(key) {
      try {
        await limiter.consume(key);
        return undefined;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        }
        throw rejection;
      }
    },
  };
}
