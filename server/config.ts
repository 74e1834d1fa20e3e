// Configuration from the environment, with the defaults the README documents.
import { z } from 'zod';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where the certificate signing keys live; DATA_DIR when null. Processes sharing Redis share this folder. */
  certificateKeyDir: string | null;
  redisUrl: string | null;
  /**
   * The proxies whose X-Forwarded-For is believed (addresses or CIDRs); null trusts nobody, so a
   * client can never pick the address its limits are counted under.
   */
  trustProxy: string[] | null;
  /** Failed join attempts (unknown code, locked room, bad body) per client address per minute. */
  joinRatePerMinute: number;
  /** Failed join attempts at one code per minute, from all addresses together. */
  joinFailuresPerCode: number;
  /** Unknown codes tried per minute on the whole server: what caps code guessing from many addresses. */
  joinMissesPerMinute: number;
  /** Successful joins per client address per hour: a hospital NAT fills a hall, a script no more. */
  joinsPerAddressPerHour: number;
  /** Members per meeting; a full meeting refuses joins and knocks with 403. */
  maxParticipants: number;
  /** Meetings and groups started per client address per hour. */
  createRatePerHour: number;
  logLevel: string;
  /** Human-readable lines or JSON; null follows the terminal (server/logging.ts). */
  logFormat: 'json' | 'pretty' | null;
  /** Serves GET /metrics behind this bearer token; null with no metricsHost keeps metrics off. */
  metricsToken: string | null;
  /** Serves /metrics on its own address instead of the app's (a private interface). */
  metricsHost: string | null;
  metricsPort: number;
  retentionDays: number;
  /** A meeting with no command and no connection for this long ends by itself. */
  idleEndHours: number;
  /** A group nobody used for this long is erased with its formats and meetings. */
  groupRetentionDays: number;
  takeoverAfterSec: number;
  /** Where the built client lives; a placeholder page is served when it is missing. */
  clientDir: string;
  /** The server's clock; never from the environment: tests set one to move time without waiting. */
  now: () => number;
  /** Where log lines go (stdout when left out); never from the environment: tests read the log. */
  logStream?: { write(line: string): void };
}

export const defaultConfig: Config = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  certificateKeyDir: null,
  redisUrl: null,
  trustProxy: null,
  joinRatePerMinute: 30,
  joinFailuresPerCode: 60,
  joinMissesPerMinute: 20,
  joinsPerAddressPerHour: 2000,
  maxParticipants: 1000,
  createRatePerHour: 60,
  logLevel: 'info',
  logFormat: null,
  metricsToken: null,
  metricsHost: null,
  metricsPort: 9464,
  retentionDays: 30,
  idleEndHours: 12,
  groupRetentionDays: 365,
  takeoverAfterSec: 20,
  clientDir: './dist/client',
  now: Date.now,
};

const number = (min: number) => z.coerce.number().int().min(min);
/** "127.0.0.1, 10.0.0.0/8": the proxies in front of the server, as Fastify's trustProxy takes them. */
const proxyList = z
  .string()
  .transform((list) => list.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0))
  .pipe(z.array(z.string().regex(/^[0-9A-Fa-f:.]+(\/\d{1,3})?$|^(loopback|linklocal|uniquelocal)$/, 'an address or CIDR')).min(1));

const envSchema = z.object({
  PORT: number(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).optional(),
  CERTIFICATE_KEY_DIR: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  TRUST_PROXY: proxyList.optional(),
  JOIN_RATE_PER_MINUTE: number(1).optional(),
  JOIN_FAILURES_PER_CODE: number(1).optional(),
  JOIN_MISSES_PER_MINUTE: number(1).optional(),
  JOINS_PER_ADDRESS_PER_HOUR: number(1).optional(),
  MAX_PARTICIPANTS: number(1).optional(),
  CREATE_RATE_PER_HOUR: number(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  // Long enough that it cannot be guessed at scrape speed.
  METRICS_TOKEN: z.string().regex(/^\S{16,256}$/, '16 to 256 characters, no spaces').optional(),
  METRICS_HOST: z.string().min(1).optional(),
  METRICS_PORT: number(0).max(65535).optional(),
  RETENTION_DAYS: number(1).optional(),
  IDLE_END_HOURS: number(1).optional(),
  GROUP_RETENTION_DAYS: number(1).optional(),
  TAKEOVER_AFTER_SEC: number(0).optional(),
  CLIENT_DIR: z.string().min(1).optional(),
});

/** Reads the environment; a bad value stops the start with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable (`TRUST_PROXY=` in a unit file) is the same as one left out.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Bad setting ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const d = defaultConfig;
  return {
    port: e.PORT ?? d.port,
    host: e.HOST ?? d.host,
    dataDir: e.DATA_DIR ?? d.dataDir,
    certificateKeyDir: e.CERTIFICATE_KEY_DIR ?? null,
    redisUrl: e.REDIS_URL ?? null,
    trustProxy: e.TRUST_PROXY ?? null,
    joinRatePerMinute: e.JOIN_RATE_PER_MINUTE ?? d.joinRatePerMinute,
    joinFailuresPerCode: e.JOIN_FAILURES_PER_CODE ?? d.joinFailuresPerCode,
    joinMissesPerMinute: e.JOIN_MISSES_PER_MINUTE ?? d.joinMissesPerMinute,
    joinsPerAddressPerHour: e.JOINS_PER_ADDRESS_PER_HOUR ?? d.joinsPerAddressPerHour,
    maxParticipants: e.MAX_PARTICIPANTS ?? d.maxParticipants,
    createRatePerHour: e.CREATE_RATE_PER_HOUR ?? d.createRatePerHour,
    logLevel: e.LOG_LEVEL ?? d.logLevel,
    logFormat: e.LOG_FORMAT ?? null,
    metricsToken: e.METRICS_TOKEN ?? null,
    metricsHost: e.METRICS_HOST ?? null,
    metricsPort: e.METRICS_PORT ?? d.metricsPort,
    retentionDays: e.RETENTION_DAYS ?? d.retentionDays,
    idleEndHours: e.IDLE_END_HOURS ?? d.idleEndHours,
    groupRetentionDays: e.GROUP_RETENTION_DAYS ?? d.groupRetentionDays,
    takeoverAfterSec: e.TAKEOVER_AFTER_SEC ?? d.takeoverAfterSec,
    clientDir: e.CLIENT_DIR ?? d.clientDir,
    now: d.now,
  };
}
