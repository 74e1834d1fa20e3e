// Where meetings, presence, broadcasts and rate limits live. One process: SQLite and memory.
// With REDIS_URL: all of them in Redis, so that any number of processes serve the same meetings.
import type { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import { memoryLimiters, type Limiters } from './limits';
import { PresenceBook, type PresenceTracker } from './presence';
import type { SessionStore, StoreOptions } from './store/session-store';
import { openSqliteStore } from './store/sqlite';

export interface Backends {
  store: SessionStore;
  presence: PresenceTracker;
  /** Limits every process counts together (joins, creations, per person). */
  limiters: Limiters;
  /** The Redis connection for @fastify/rate-limit; null keeps its in-memory store. */
  limitsRedis: Redis | null;
  /** The Socket.IO adapter; undefined keeps the in-memory one. */
  adapter?: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export type Log = { warn: (msg: string) => void; error: (obj: object, msg: string) => void };

const DAY_MS = 24 * 60 * 60 * 1000;

export function storeOptions(config: Config): StoreOptions {
  return {
    now: config.now,
    retentionMs: config.retentionDays * DAY_MS,
    groupRetentionMs: config.groupRetentionDays * DAY_MS,
  };
}

export async function openBackends(config: Config, log: Log): Promise<Backends> {
  if (config.redisUrl) {
    // Loaded only here: a single process on SQLite starts faster without the Redis clients.
    const { openRedisBackends } = await import('./backends-redis');
    return openRedisBackends(config.redisUrl, config, log);
  }
  const store = await openSqliteStore(config.dataDir, storeOptions(config));
  return {
    store,
    presence: new PresenceBook(config.takeoverAfterSec * 1000),
    limiters: memoryLimiters,
    limitsRedis: null,
    close: () => store.close(),
  };
}
