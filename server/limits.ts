// Rate limits that several processes must count together (joins, creations, what one person
// sends) come from here: in memory for one process, in Redis for several. A limit that counts
// one socket does not: the socket lives in one process, and so does its count (realtime.ts).
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimitSpec {
  points: number;
  /** The window, in seconds. */
  duration: number;
}

/** A limiter by name: the same name in every process counts into the same buckets. */
export type Limiters = (name: string, spec: LimitSpec) => RateLimiterAbstract;

export const memoryLimiters: Limiters = (_name, spec) => new RateLimiterMemory(spec);

export function redisLimiters(client: Redis): Limiters {
  return (name, spec) =>
    new RateLimiterRedis({
      ...spec,
      storeClient: client,
      keyPrefix: `balint:rl:${name}`,
      // While Redis is away each process counts on its own rather than refuse everyone.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(spec),
    });
}

/** Takes a point; false when the bucket is empty. */
export async function take(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (refusal) {
    // Rejected with a RateLimiterRes when the bucket is empty; with an Error when the store failed
    // and even the insurance could not count: let the request through rather than refuse it.
    return !(refusal && typeof refusal === 'object' && 'msBeforeNext' in refusal);
  }
}

/** Whether the bucket is empty, without taking from it. */
export async function spent(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  const state = await limiter.get(key).catch(() => null);
  return state !== null && state.consumedPoints >= limiter.points;
}

/** Counts a point that already happened (a failure, a join): the next attempt finds it spent. */
export async function count(limiter: RateLimiterAbstract, key: string): Promise<void> {
  await limiter.penalty(key).catch(() => undefined);
}

/** Gives a point back: what was taken did not count after all. */
export async function giveBack(limiter: RateLimiterAbstract, key: string): Promise<void> {
  await limiter.reward(key).catch(() => undefined);
}
