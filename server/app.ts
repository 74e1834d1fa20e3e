// buildApp(config): the HTTP API, the static client, the Socket.IO gateway and the store, wired
// together with no process-level side effects, so tests can start as many as they like on port 0.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { openBackends } from './backends';
import { createBroadcaster, type RealtimeServer } from './broadcast';
import { defaultConfig, type Config } from './config';
import { clientFiles } from './http/client-files';
import { handleError } from './http/errors';
import { groupRoutes } from './http/groups';
import { joinRoutes } from './http/join';
import { joinCheckRoutes } from './http/join-check';
import { knockRoutes } from './http/knock';
import { metaRoutes } from './http/meta';
import { sessionRoutes } from './http/sessions';
import { createMeetings } from './meetings';
import { createNoticeExpiry } from './notice-expiry';
import { attachRealtime } from './realtime';

export const BODY_LIMIT_BYTES = 16 * 1024;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface App {
  http: FastifyInstance;
  io: RealtimeServer;
  config: Config;
}

export async function buildApp(overrides: Partial<Config> = {}): Promise<App> {
  const config: Config = { ...defaultConfig, ...overrides };
  const http = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
    logger: {
      level: config.logLevel,
      // Only what an operator needs: no bodies, no headers, so no names, notes or tokens.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
  });
  http.setErrorHandler(handleError);

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
  const backends = await openBackends(config, {
    warn: (msg) => http.log.warn(msg),
    error: (obj, msg) => http.log.error(obj, msg),
  });
  const { store, presence, commandLimiter } = backends;
  await http.register(rateLimit, {
    global: false,
    // Join attempts counted across every process; a Redis hiccup lets joins through rather than refuse them.
    ...(backends.joinLimitRedis
      ? { redis: backends.joinLimitRedis, nameSpace: 'balint:rl:join:', skipOnError: true }
      : {}),
  });

  const io: RealtimeServer = new Server(http.server, {
    maxHttpBufferSize: BODY_LIMIT_BYTES,
    serveClient: false,
    // Notice a phone that dropped off the Wi-Fi within seconds, for the leader's connection dots.
    pingInterval: 10_000,
    pingTimeout: 10_000,
    ...(backends.adapter ? { adapter: backends.adapter } : {}),
  });
  const broadcaster = createBroadcaster(io, presence, http.log);
  presence.onStale((sessionId) => broadcaster.publishPresenceSoon(sessionId, () => store.load(sessionId)));
  const { now } = config;
  const expiry = createNoticeExpiry(() => meetings, now, http.log);
  const meetings = createMeetings(store, (change) => {
    expiry.watch(change.after);
    return broadcaster.publishChange(change);
  });
  attachRealtime(io, { store, meetings, presence, broadcaster, commandLimiter, expiry, now, log: http.log });

  metaRoutes(http);
  sessionRoutes(http, { store, meetings, broadcaster, now });
  groupRoutes(http, { store, broadcaster });
  joinRoutes(http, { store, meetings, joinRatePerMinute: config.joinRatePerMinute, now });
  joinCheckRoutes(http, { store, joinRatePerMinute: config.joinRatePerMinute });
  knockRoutes(http, { store, meetings, joinRatePerMinute: config.joinRatePerMinute, now });
  await clientFiles(http, config.clientDir);

  const sweep = () =>
    store
      .sweep(Date.now() - config.retentionDays * DAY_MS)
      .then((erased) => {
        for (const sessionId of erased) broadcaster.closeMeeting(sessionId);
        if (erased.length > 0) http.log.info({ erased: erased.length }, 'expired meetings erased');
      })
      .catch((error: unknown) => http.log.error({ err: error }, 'retention sweep failed'));
  // Expired meetings are gone before the first request can reach them.
  await sweep();
  const sweeper = setInterval(sweep, SWEEP_EVERY_MS);
  sweeper.unref();

  http.addHook('preClose', async () => {
    clearInterval(sweeper);
    expiry.stop();
    broadcaster.stop();
    // Tell every client the server is going away, then drop the connections underneath
    // Socket.IO: the clients see a lost transport and reconnect by themselves once the server is
    // back. (A Socket.IO-level disconnect would read as a kick, and they would stay away.)
    // Only this process's clients: the others are served on.
    io.local.emit('restarting');
    for (const socket of io.sockets.sockets.values()) socket.conn.close();
  });
  http.addHook('onClose', async () => {
    io.close();
    await backends.close();
  });

  return { http, io, config };
}
