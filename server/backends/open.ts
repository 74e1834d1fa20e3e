// The choice of backends. One process: SQLite and memory. With REDIS_URL: all of them in Redis, so
// that any number of processes serve the same meetings.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Backends } from './contract';
import { openSqliteBackends } from './sqlite/backends';

export async function openBackends(config: Config, log: FastifyBaseLogger): Promise<Backends> {
  if (!config.redisUrl) return openSqliteBackends(config);
  // Loaded only here: a single process on SQLite starts faster without the Redis clients.
  const { openRedisBackends } = await import('./redis/backends');
  return openRedisBackends(config.redisUrl, config, log);
}
