// Where meetings, presence, broadcasts and rate limits live. One process: SQLite and memory.
// With REDIS_URL: all of them in Redis, so that any number of processes serve the same meetings.
import type { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config';
import { PresenceBook, type PresenceTracker } from './presence';
import { COMMANDS_PER_SECOND } from './realtime';
import type { SessionStore } from './store/session-store';
import { openSqliteStore } from './store/sqlite';

export interface Backends {
  store: SessionStore;
  presence: PresenceTracker;
  commandLimiter: RateLimiterAbstract;
  /** The Redis connection for @fastify/rate-limit; null keeps its in-memory store. */
  joinLimitRedis: Redis | null;
  /** The Socket.IO adapter; undefined keeps the in-memory one. */
  adapter?: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export type Log = { warn: (msg: string) => void; error: (obj: object, msg: string) => void };

export const commandLimits = { points: COMMANDS_PER_SECOND, duration: 1 };

export async function openBackends(config: Config, log: Log): Promise<Backends> {
  if (config.redisUrl) {
    // Loaded only here: a single process on SQLite starts faster without the Redis clients.
    const { openRedisBackends } = await import('./backends-redis');
    return openRedisBackends(config.redisUrl, config, log);
  }
  const store = await openSqliteStore(config.dataDir);
  return {
    store,
    presence: new PresenceBook(config.takeoverAfterSec * 1000),
    commandLimiter: new RateLimiterMemory(commandLimits),
    joinLimitRedis: null,
    close: () => store.close(),
  };
}
