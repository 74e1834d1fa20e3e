// How the server hands out what makes the app installable: the service worker must be revalidated on
// every visit (or a new version never reaches the devices), the manifest must carry its own type, and
// the page's Content-Security-Policy must let both through. A small client folder stands in for the
// build, so this runs without one; the browser test (tests/e2e/offline.test.ts) uses the real build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, tempDataDir, type Running } from './harness';

let server: Running;
let clientDir: string;

beforeAll(async () => {
  clientDir = tempDataDir();
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Balint Live</title>');
  writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(clientDir, 'manifest.webmanifest'), JSON.stringify({ name: 'Balint Live', start_url: '/' }));
  writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), 'export {};');
  server = await startServer({ clientDir });
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
  removeDir(clientDir);
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('installable app files', () => {
  it('serves the service worker as JavaScript that is revalidated on every visit', async () => {
    const response = await get('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the manifest as application/manifest+json', async () => {
    const response = await get('/manifest.webmanifest');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toMatchObject({ name: 'Balint Live' });
  });

  it('keeps hashed assets for good, and the page never', async () => {
    expect((await get('/assets/index-abc123.js')).headers.get('cache-control')).toContain('immutable');
    const page = await get('/s/abc/display');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets the worker and the manifest through the Content-Security-Policy', async () => {
    const csp = (await get('/')).headers.get('content-security-policy') ?? '';
    const directive = (name: string) => csp.split(';').find((part) => part.trim().startsWith(`${name} `))?.trim();
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('manifest-src')).toBe("manifest-src 'self'");
  });

  it('never answers the API or the socket path with the page, as the worker never does either', async () => {
    for (const path of ['/api/nothing-here', '/socket.io/nothing-here']) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-type') ?? '', path).not.toContain('text/html');
    }
  });
});
