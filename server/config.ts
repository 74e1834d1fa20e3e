// Configuration from the environment, with the defaults the README documents.
import { z } from 'zod';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  redisUrl: string | null;
  joinRatePerMinute: number;
  logLevel: string;
  retentionDays: number;
  takeoverAfterSec: number;
  /** Where the built client lives; a placeholder page is served when it is missing. */
  clientDir: string;
  /** The server's clock; never from the environment: tests set one to move time without waiting. */
  now: () => number;
}

export const defaultConfig: Config = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  redisUrl: null,
  joinRatePerMinute: 30,
  logLevel: 'info',
  retentionDays: 30,
  takeoverAfterSec: 20,
  clientDir: './dist/client',
  now: Date.now,
};

const number = (min: number) => z.coerce.number().int().min(min);
const envSchema = z.object({
  PORT: number(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  JOIN_RATE_PER_MINUTE: number(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  RETENTION_DAYS: number(1).optional(),
  TAKEOVER_AFTER_SEC: number(0).optional(),
  CLIENT_DIR: z.string().min(1).optional(),
});

/** Reads the environment; a bad value stops the start with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Bad setting ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT ?? defaultConfig.port,
    host: e.HOST ?? defaultConfig.host,
    dataDir: e.DATA_DIR ?? defaultConfig.dataDir,
    redisUrl: e.REDIS_URL ?? null,
    joinRatePerMinute: e.JOIN_RATE_PER_MINUTE ?? defaultConfig.joinRatePerMinute,
    logLevel: e.LOG_LEVEL ?? defaultConfig.logLevel,
    retentionDays: e.RETENTION_DAYS ?? defaultConfig.retentionDays,
    takeoverAfterSec: e.TAKEOVER_AFTER_SEC ?? defaultConfig.takeoverAfterSec,
    clientDir: e.CLIENT_DIR ?? defaultConfig.clientDir,
    now: defaultConfig.now,
  };
}
