// A real redis-server for the tests: its own free port and temp folder, the append-only file on
// (as docs/deploy.md asks of production), no RDB snapshots. It can be stopped and started again
// on the same port and folder, to restart Redis under running servers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  running(): boolean;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and folder, after a stop. */
  start(): Promise<void>;
  /** Stops it if running and removes its folder. */
  remove(): Promise<void>;
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--logfile', ''],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      const hint = 'scripts/install-system-packages.sh installs it';
      reject(new Error(`redis-server could not run (${error.message}); ${hint}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'balint-redis-'));
  let child: ChildProcess | null = await launch(port, dir);
  const server: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    running: () => child !== null,
    async stop(signal = 'SIGTERM') {
      const current = child;
      if (!current) return;
      child = null;
      if (current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise((resolve) => current.once('exit', resolve));
      current.kill(signal);
      await exited;
    },
    async start() {
      if (child) throw new Error('redis-server is already running');
      child = await launch(port, dir);
    },
    async remove() {
      // SIGTERM, not SIGKILL: Redis then also stops an append-only rewrite it has forked, which
      // would otherwise go on writing into the folder.
      await server.stop('SIGTERM');
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
  return server;
}

/** The files in Redis's folder (append-only files included) whose bytes contain `text`. */
export function redisFilesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path).includes(needle)) files.push(path);
    }
  };
  walk(dir);
  return files;
}
