// The server as it would be with compression, for the phone-join bench's what-if figure.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** Level 9: what a server that compresses ahead of time would send; dynamic gzip sends a little more. */
export const GZIP_LEVEL = 9;

/**
 * The server as it would be with compression: a proxy that passes everything through and gzips
 * HTML, CSS and JavaScript for clients that accept it. Only for the what-if figure.
 */
export async function gzipProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const proxy = createServer((request, reply) => {
    const forward = httpRequest(
      new URL(request.url ?? '/', upstream),
      { method: request.method, headers: { ...request.headers, host: upstream.host, 'accept-encoding': 'identity' } },
      (response) => {
        const type = String(response.headers['content-type'] ?? '');
        const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        if (!accepts || !/javascript|css|html/.test(type)) {
          reply.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(reply);
          return;
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = gzipSync(Buffer.concat(chunks), { level: GZIP_LEVEL });
          reply.writeHead(response.statusCode ?? 200, {
            ...response.headers,
            'content-encoding': 'gzip',
            'content-length': String(body.length),
            vary: 'Accept-Encoding',
          });
          reply.end(body);
        });
      },
    );
    forward.on('error', () => reply.destroy());
    request.pipe(forward);
  });
  await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => proxy.close(() => closed())),
  };
}
