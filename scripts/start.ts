// `npm start`: builds the client when the build is missing or older than its sources, then runs
// the server in this same process, so that SIGTERM and Ctrl-C reach it directly.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/client/index.html';

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

const sources = ['client', 'shared', 'vite.config.ts', 'package.json'].filter((path) => existsSync(path));
const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newestChange));
if (stale) {
  process.stdout.write('Building the client…\n');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}

await import('../server/main');
