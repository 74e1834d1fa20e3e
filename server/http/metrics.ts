// GET /metrics for Prometheus: off unless METRICS_TOKEN or METRICS_HOST is set. With a token it
// answers only a scraper that sends it; with a host it is served on that address alone (a private
// interface the room's network cannot reach), and the app's own port answers 404 as when it is off.
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Config } from '../config';
import type { MetricsRegistry } from '../metrics';
import { bearerToken, sendError } from './errors';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether the request carries the token, compared in constant time (digests have one length). */
function carriesToken(presented: string | null, expected: Buffer): boolean {
  return timingSafeEqual(digest(presented ?? ''), expected) && presented !== null;
}

function serveMetrics(app: FastifyInstance, metrics: MetricsRegistry | null, token: string | null): void {
  const expected = token === null ? null : digest(token);
  app.get('/metrics', async (request, reply) => {
    if (metrics === null) return sendError(reply, 'not_found', 'Not found.');
    if (expected !== null && !carriesToken(bearerToken(request), expected)) {
      reply.header('www-authenticate', 'Bearer');
      return sendError(reply, 'unauthorized', 'The metrics token is required.');
    }
    return reply.type(metrics.contentType).header('cache-control', 'no-store').send(await metrics.text());
  });
}

/** Whether this configuration measures anything at all. */
export const metricsWanted = (config: Pick<Config, 'metricsToken' | 'metricsHost'>): boolean =>
  config.metricsToken !== null || config.metricsHost !== null;

/** The app's own /metrics: served behind the token, or 404 when off or served elsewhere. */
export const metricsRoute: FastifyPluginAsync<{ metrics: MetricsRegistry | null; config: Config }> = async (app, { metrics, config }) => {
  serveMetrics(app, config.metricsHost === null ? metrics : null, config.metricsToken);
};

/**
 * The listener of its own for METRICS_HOST, not yet listening (main.ts listens on METRICS_PORT,
 * tests on port 0). It answers /metrics and nothing else; the token still applies when set.
 */
export function metricsListener(metrics: MetricsRegistry, config: Config): FastifyInstance {
  const app = Fastify({ logger: false });
  serveMetrics(app, metrics, config.metricsToken);
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'not_found', 'Not found.'));
  return app;
}
