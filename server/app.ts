// buildApp(config): the HTTP API, the static client, the Socket.IO gateway and the store, wired
// together with no process-level side effects, so tests can start as many as they like on port 0.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { createActivity } from './activity';
import { openBackends } from './backends/open';
import { createBroadcaster, type RealtimeServer } from './broadcast';
import { openCertificateKeys } from './certificates/keys';
import { defaultConfig, type Config } from './config';
import { clientFiles } from './http/client-files';
import { certificateRoutes } from './http/certificates';
import { handleError } from './http/errors';
import { zodValidatorCompiler } from './http/validation';
import { groupCheckoutRoutes } from './http/group-checkout';
import { groupRoutes } from './http/groups';
import { joinRoutes } from './http/join';
import { joinCheckRoutes } from './http/join-check';
import { knockRoutes } from './http/knock';
import { leadingLogRoutes } from './http/leading-log';
import { supervisionRoutes } from './http/supervision';
import { freezeLogEntry } from './group-records';
import { metaRoutes } from './http/meta';
import { metricsListener, metricsRoute, metricsWanted } from './http/metrics';
import { meetingRoutes } from './http/meetings';
import { createJoinGuard } from './join-guard';
import { loggerOptions } from './logging';
import { createMaintenance } from './maintenance';
import { createMeetings } from './meetings';
import { countSockets, createMetrics, NO_METRICS, type SocketCensus } from './metrics';
import { createNoticeExpiry } from './notice-expiry';
import { attachRealtime } from './realtime';
import { RecentCommands } from './recent-commands';

export const BODY_LIMIT_BYTES = 16 * 1024;
/** Retention, group retention, idle meetings: hours-long limits, checked every ten minutes. */
const MAINTAIN_EVERY_MS = 10 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface App {
  http: FastifyInstance;
  io: RealtimeServer;
  config: Config;
  /** The listener of its own for METRICS_HOST, not yet listening; null when /metrics is not served apart. */
  metricsHttp: FastifyInstance | null;
  /** One round of what the server does by itself (sweeps, idle end); tests call it with a moved clock. */
  maintain(): Promise<void>;
}

export async function buildApp(overrides: Partial<Config> = {}): Promise<App> {
  const config: Config = { ...defaultConfig, ...overrides };
  const http = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // Believe X-Forwarded-For only from the proxies named in TRUST_PROXY: otherwise any client
    // could name its own address, and every per-address limit would be void.
    trustProxy: config.trustProxy ?? false,
    // JSON lines, or readable ones in a leader's terminal; the same safe serializers either way.
    ...loggerOptions(config),
  });
  http.setErrorHandler(handleError);
  // Routes declare zod schemas (typed by fastify-type-provider-zod); a failure is a 400 `invalid`.
  http.setValidatorCompiler(zodValidatorCompiler);

  await http.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        // The app is served over plain HTTP on the room's network: do not upgrade to HTTPS.
        'upgrade-insecure-requests': null,
      },
    },
    hsts: false,
  });
  // SQLite and memory for one process; Redis when REDIS_URL is set (fails here if unreachable).
  const backends = await openBackends(config, http.log);
  const { store, presence, limiters } = backends;
  await http.register(rateLimit, {
    global: false,
    // Creations counted across every process; a Redis hiccup lets them through rather than refuse them.
    ...(backends.limitsRedis ? { redis: backends.limitsRedis, nameSpace: 'balint:rl:create:', skipOnError: true } : {}),
  });
  /** Meetings and groups started from one address: a leader starts a few a day, a script thousands. */
  const creationLimit = {
    config: {
      rateLimit: {
        max: config.createRatePerHour,
        timeWindow: HOUR_MS,
        errorResponseBuilder: () => ({ statusCode: 429, message: 'Too many started from this address; wait a while.' }),
      },
    },
  };

  const io: RealtimeServer = new Server(http.server, {
    maxHttpBufferSize: BODY_LIMIT_BYTES,
    serveClient: false,
    // Notice a phone that dropped off the Wi-Fi within seconds, for the leader's connection dots.
    pingInterval: 10_000,
    pingTimeout: 10_000,
    ...(backends.adapter ? { adapter: backends.adapter } : {}),
  });
  const registry = metricsWanted(config) ? createMetrics(() => socketCensus(io)) : null;
  const metrics = registry ?? NO_METRICS;
  const broadcaster = createBroadcaster(io, presence, http.log);
  presence.onStale((sessionId) => broadcaster.publishPresenceSoon(sessionId, () => store.load(sessionId)));
  const { now, maxParticipants } = config;
  const expiry = createNoticeExpiry(() => meetings, now, http.log);
  const meetings = createMeetings(store, async (change) => {
    expiry.watch(change.after);
    // A group meeting that just ended leaves its row in the group's leading log, which outlives the
    // meeting's record. A failure here is caught up when the log is next read (completeLog).
    if (change.before.endedAt === null && change.after.endedAt !== null && change.after.groupId !== null) {
      await freezeLogEntry(store, change.after).catch((error: unknown) => http.log.error({ err: error }, 'log row not written'));
    }
    return broadcaster.publishChange(change);
  }, metrics.storeWritten);
  const activity = createActivity(store, http.log);
  const recent = new RecentCommands();
  attachRealtime(io, {
    store,
    meetings,
    presence,
    broadcaster,
    limiters,
    expiry,
    activity,
    maxParticipants,
    recent,
    metrics,
    now,
    log: http.log,
  });

  const guard = createJoinGuard(limiters, config, http.log);
  await http.register(metaRoutes, { store: config.redisUrl ? 'redis' : 'sqlite' });
  await http.register(metricsRoute, { metrics: registry, config });
  await http.register(meetingRoutes, { store, meetings, broadcaster, now, creationLimit });
  await http.register(groupRoutes, { store, broadcaster, creationLimit });
  await http.register(leadingLogRoutes, { store });
  await http.register(supervisionRoutes, { store, now });
  await http.register(groupCheckoutRoutes, { store });
  const joining = { store, meetings, guard, maxParticipants, metrics, now };
  await http.register(joinRoutes, joining);
  await http.register(joinCheckRoutes, joining);
  await http.register(knockRoutes, joining);
  // Made at first start, beside the database unless CERTIFICATE_KEY_DIR names a shared folder.
  const certificateKeys = openCertificateKeys(config.certificateKeyDir ?? config.dataDir);
  await http.register(certificateRoutes, { store, meetings, keys: certificateKeys, now });
  await clientFiles(http, config.clientDir);

  const maintenance = createMaintenance({ io, store, meetings, broadcaster, activity, recent, config, log: http.log });
  // Expired meetings are gone, and abandoned ones ended, before the first request can reach them.
  await maintenance.run();
  const maintainer = setInterval(() => void maintenance.run(), MAINTAIN_EVERY_MS);
  maintainer.unref();

  http.addHook('preClose', async () => {
    clearInterval(maintainer);
    recent.stop();
    expiry.stop();
    broadcaster.stop();
    // Tell every client the server is going away, then drop the connections underneath
    // Socket.IO: the clients see a lost transport and reconnect by themselves once the server is
    // back. (A Socket.IO-level disconnect would read as a kick, and they would stay away.)
    // Only this process's clients: the others are served on.
    io.local.emit('restarting');
    for (const socket of io.sockets.sockets.values()) socket.conn.close();
  });
  const metricsHttp = registry && config.metricsHost !== null ? metricsListener(registry, config) : null;
  http.addHook('onClose', async () => {
    await metricsHttp?.close();
    registry?.close();
    io.close();
    await backends.close();
  });

  return { http, io, config, metricsHttp, maintain: maintenance.run };
}

/** This process's sockets, counted when Prometheus asks (never on connect or leave). */
function socketCensus(io: RealtimeServer): SocketCensus {
  const grants = [...io.sockets.sockets.values()].flatMap((socket) => (socket.data.grant ? [socket.data.grant] : []));
  return countSockets(grants);
}
