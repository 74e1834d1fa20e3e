// Serves the built client. Every path that is not the API opens the single-page app, which picks
// the surface from the path; hashed assets are cached for good, the page itself never.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sendError } from './errors';

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Balint Live</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Balint Live</h1><p>The client has not been built yet: run <code>npm run build</code>.</p></main></body></html>`;

export async function clientFiles(app: FastifyInstance, clientDir: string): Promise<void> {
  const root = resolve(clientDir);
  const built = existsSync(resolve(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file; serve them to browsers that accept them.
      preCompressed: true,
      // Everything outside /assets/ is revalidated on every use. For sw.js that is what lets a new
      // version reach the devices at all (the browser compares it byte for byte on each visit); the
      // manifest goes out as application/manifest+json by its .webmanifest extension.
      setHeaders(reply, path) {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (!isPage || isFile || path === '/api' || path.startsWith('/api/') || path.startsWith('/socket.io')) {
      return sendError(reply, 'not_found', 'Not found.');
    }
    if (!built) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(PLACEHOLDER);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
