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

/**
 * The settings the environment may give, each with its variable and the value it must hold. One
 * left out or empty (`TRUST_PROXY=` in a unit file) keeps its default above; a bad one stops the
 * start, naming the first in this order.
 */
const FROM_ENVIRONMENT: { readonly [K in keyof Config]?: readonly [variable: string, reading: z.ZodType<Config[K]>] } = {
  port: ['PORT', number(0).max(65535)],
  host: ['HOST', z.string().min(1)],
  dataDir: ['DATA_DIR', z.string().min(1)],
  certificateKeyDir: ['CERTIFICATE_KEY_DIR', z.string().min(1)],
  redisUrl: ['REDIS_URL', z.string().min(1)],
  trustProxy: ['TRUST_PROXY', proxyList],
  joinRatePerMinute: ['JOIN_RATE_PER_MINUTE', number(1)],
  joinFailuresPerCode: ['JOIN_FAILURES_PER_CODE', number(1)],
  joinMissesPerMinute: ['JOIN_MISSES_PER_MINUTE', number(1)],
  joinsPerAddressPerHour: ['JOINS_PER_ADDRESS_PER_HOUR', number(1)],
  maxParticipants: ['MAX_PARTICIPANTS', number(1)],
  createRatePerHour: ['CREATE_RATE_PER_HOUR', number(1)],
  logLevel: ['LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])],
  logFormat: ['LOG_FORMAT', z.enum(['json', 'pretty'])],
  // Long enough that it cannot be guessed at scrape speed.
  metricsToken: ['METRICS_TOKEN', z.string().regex(/^\S{16,256}$/, '16 to 256 characters, no spaces')],
  metricsHost: ['METRICS_HOST', z.string().min(1)],
  metricsPort: ['METRICS_PORT', number(0).max(65535)],
  retentionDays: ['RETENTION_DAYS', number(1)],
  idleEndHours: ['IDLE_END_HOURS', number(1)],
  groupRetentionDays: ['GROUP_RETENTION_DAYS', number(1)],
  takeoverAfterSec: ['TAKEOVER_AFTER_SEC', number(0)],
  clientDir: ['CLIENT_DIR', z.string().min(1)],
};

/** Reads the environment; a bad value stops the start with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const config: Config = { ...defaultConfig };
  for (const [key, [variable, reading]] of Object.entries(FROM_ENVIRONMENT)) {
    const text = env[variable];
    if (text === undefined || text === '') continue;
    const parsed = reading.safeParse(text);
    if (!parsed.success) throw new Error(`Bad setting ${variable}: ${parsed.error.issues[0]!.message}`);
    Object.assign(config, { [key]: parsed.data });
  }
  return config;
}
