// `npm run build`, and the first step of `npm start`: the client (Vite) and the server (one esbuild
// bundle of server/ and shared/, dependencies left in node_modules) are rebuilt only when a source
// is newer than the build. The server then starts as plain JavaScript: no TypeScript loader on the
// path of a restart, when a whole room is waiting to reconnect.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SERVER_BUNDLE = 'dist/server/main.js';
const CLIENT_BUILD = 'dist/client/index.html';

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

function isStale(output: string, sources: string[], root: string): boolean {
  const built = join(root, output);
  if (!existsSync(built)) return true;
  const present = sources.map((path) => join(root, path)).filter((path) => existsSync(path));
  return statSync(built).mtimeMs < Math.max(...present.map(newestChange));
}

export function buildClient(root = process.cwd()): boolean {
  if (!isStale(CLIENT_BUILD, ['client', 'shared', 'vite.config.ts', 'package.json'], root)) return false;
  process.stdout.write('Building the client…\n');
  // Vitest sets NODE_ENV=test, and Vite would pass it on to React, which would then ship its
  // development build: what is built here is what users get.
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return true;
}

export async function buildServer(root = process.cwd()): Promise<boolean> {
  if (!isStale(SERVER_BUNDLE, ['server', 'shared', 'package.json'], root)) return false;
  // Chunk names carry a hash: old ones would pile up.
  rmSync(join(root, 'dist/server'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // The SQLite writer runs in a worker thread of its own: an entry of its own.
    entryPoints: { main: 'server/main.ts', 'sqlite-writer': 'server/backends/sqlite/writer.ts' },
    outdir: 'dist/server',
    bundle: true,
    // The Redis backends stay a chunk of their own, loaded only with REDIS_URL.
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Stack traces in the logs point at the .ts lines (node runs with --enable-source-maps).
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildClient();
  await buildServer();
}
