// Connections to Redis for the multi-process mode. A process that cannot reach Redis at startup
// refuses to start (it could serve nothing); once running it rides out a Redis restart: commands
// wait in the client's queue while it reconnects and go out in order once Redis is back.
import type { FastifyBaseLogger } from 'fastify';
import { Redis, type RedisOptions } from 'ioredis';

/** How long a command may wait for Redis to come back before it fails (about 10 s of retries). */
const RETRIES_PER_COMMAND = 20;

const reconnectSoon = (attempt: number): number => Math.min(attempt * 100, 1000);

/** The address without credentials, for logs and error messages. */
export function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the configured address';
  }
}

export type RedisRole = 'state' | 'limits';

const optionsFor: Record<RedisRole, RedisOptions> = {
  // Meeting state: patient. A save waits through a short Redis restart rather than fail.
  state: { maxRetriesPerRequest: RETRIES_PER_COMMAND, retryStrategy: reconnectSoon },
  // Rate limits: quick to give up, so that a Redis hiccup falls back to the in-memory limits
  // instead of holding every join and command (the settings @fastify/rate-limit recommends).
  limits: { maxRetriesPerRequest: 1, connectTimeout: 500, retryStrategy: reconnectSoon },
};

export async function connectRedis(url: string, role: RedisRole): Promise<Redis> {
  const client = new Redis(url, { ...optionsFor[role], lazyConnect: true });
  let lastError: Error | null = null;
  // Without a listener ioredis prints every failed reconnect; the callers log what matters.
  client.on('error', (error: Error) => {
    lastError = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const reason = (lastError ?? (error as Error)).message;
    throw new Error(`Cannot reach Redis at ${redisAddress(url)} (REDIS_URL): ${reason}`);
  }
  return client;
}

/** One line in the log when Redis goes away and one when it is back, not one per retry. */
export function reportOutages(
  client: Redis,
  log: FastifyBaseLogger,
): void {
  let away = false;
  client.on('error', (error: Error) => {
    if (away) return;
    away = true;
    log.error({ err: error }, 'Redis is unreachable; changes wait for it');
  });
  client.on('ready', () => {
    if (!away) return;
    away = false;
    log.warn('Redis is back');
  });
}

/** Settings under which an acknowledged save could be lost, in words for the operator's log. */
export async function durabilityWarnings(client: Redis): Promise<string[]> {
  const warnings: string[] = [];
  try {
    const [, appendonly] = (await client.config('GET', 'appendonly')) as string[];
    const [, policy] = (await client.config('GET', 'maxmemory-policy')) as string[];
    if (appendonly !== 'yes') {
      warnings.push('Redis runs without appendonly: a Redis restart loses meetings (see docs/deploy.md)');
    }
    if (policy !== undefined && policy !== 'noeviction') {
      warnings.push(`Redis maxmemory-policy is ${policy}: meetings could be evicted; use noeviction`);
    }
  } catch {
    // CONFIG is often disabled on managed Redis; then the operator's settings are taken on trust.
  }
  return warnings;
}
