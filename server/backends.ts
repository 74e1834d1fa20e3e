// Where meetings, presence, broadcasts and rate limits live. One process: SQLite and memory.
// With REDIS_URL: all of them in Redis, so that any number of processes serve the same meetings.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config';
import { PresenceBook, type PresenceTracker } from './presence';
import { RedisPresence } from './presence-redis';
import { COMMANDS_PER_SECOND } from './realtime';
import { connectRedis, durabilityWarnings, reportOutages } from './redis-connection';
import { createHistoryEraser } from './redis-history';
import { openRedisStore } from './store/redis';
import type { SessionStore } from './store/session-store';
import { openSqliteStore } from './store/sqlite';

const BROADCAST_STREAM = 'balint:socket.io';
/**
 * The stream only carries broadcasts to the other processes, which read it within milliseconds
 * (connection state recovery is not used: a client that reconnects is sent the full view).
 */
const BROADCAST_STREAM_MAX_LEN = 2_000;

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

type Log = { warn: (msg: string) => void; error: (obj: object, msg: string) => void };

const commandLimits = { points: COMMANDS_PER_SECOND, duration: 1 };

export async function openBackends(config: Config, log: Log): Promise<Backends> {
  if (config.redisUrl) return openRedisBackends(config.redisUrl, config, log);
  const store = openSqliteStore(config.dataDir);
  return {
    store,
    presence: new PresenceBook(config.takeoverAfterSec * 1000),
    commandLimiter: new RateLimiterMemory(commandLimits),
    joinLimitRedis: null,
    close: () => store.close(),
  };
}

async function openRedisBackends(url: string, config: Config, log: Log): Promise<Backends> {
  const client = await connectRedis(url, 'state');
  const limits = await connectRedis(url, 'limits').catch(async (error: unknown) => {
    client.disconnect();
    throw error;
  });
  for (const warning of await durabilityWarnings(client)) log.warn(warning);
  reportOutages(client, log);

  const history = createHistoryEraser(client, BROADCAST_STREAM, log);
  const presence = await RedisPresence.start(client, config.takeoverAfterSec * 1000, log);
  return {
    store: openRedisStore(client, { afterErase: history.eraseSoon }),
    presence,
    commandLimiter: new RateLimiterRedis({
      ...commandLimits,
      storeClient: limits,
      keyPrefix: 'balint:rl:command',
      // While Redis is away each process counts on its own rather than refuse every command.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(commandLimits),
    }),
    joinLimitRedis: limits,
    adapter: createAdapter(client, {
      streamName: BROADCAST_STREAM,
      channelPrefix: BROADCAST_STREAM,
      maxLen: BROADCAST_STREAM_MAX_LEN,
      // Views are JSON: no need to look for binary data in every packet.
      onlyPlaintext: true,
    }),
    async close() {
      await presence.close();
      await history.flush();
      // QUIT waits for the replies to everything sent before it.
      await Promise.allSettled([client.quit(), limits.quit()]);
    },
  };
}
