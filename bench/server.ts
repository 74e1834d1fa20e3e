// Starts the real server (the bundle `npm start` builds and runs, dist/server/main.js) as a child
// process on 127.0.0.1 with its own data folder, and talks to the probe preloaded into it.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { SERVER_BUNDLE } from '../scripts/build';
import { ask, residentBytes, type Message } from './lib';

export interface ServerStats {
  memory: NodeJS.MemoryUsage;
  loop: { p50: number; p99: number; max: number; mean: number };
}

export interface BenchServer {
  child: ChildProcess;
  pid: number;
  base: string;
  port: number;
  dataDir: string;
  /** Milliseconds from spawn until it printed that it is running. */
  startMs: number;
  stats(gc?: boolean): Promise<ServerStats & { rss: number }>;
  resetLoop(): Promise<void>;
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<void>;
  /** SIGTERM, and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
  output(): string;
}

const dataDirs: string[] = [];

export function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'balint-bench-'));
  dataDirs.push(dir);
  return dir;
}

/** Removes the data folders this run made (their servers must be stopped). */
export function removeDataDirs(): void {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Where the server's code is run from: this working tree, or an export of a commit (`--at`). */
let serverRoot = process.cwd();
export function setServerRoot(root: string): void {
  serverRoot = root;
}

let probe: string | null = null;

/** The server's bundle in the server root, and the probe as plain JavaScript beside the data folders. */
async function prepare(): Promise<string> {
  // Each tree is built by its own recipe: an older commit's entry points may since have moved.
  const recipe = pathToFileURL(join(serverRoot, 'scripts/build.ts')).href;
  const { buildServer } = (await import(recipe)) as typeof import('../scripts/build');
  await buildServer(serverRoot);
  if (!probe) {
    probe = join(mkdtempSync(join(tmpdir(), 'balint-bench-probe-')), 'server-probe.mjs');
    dataDirs.push(resolve(probe, '..'));
    await build({
      entryPoints: [resolve(import.meta.dirname, 'server-probe.ts')],
      outfile: probe,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  }
  return probe;
}

export async function startServer(port: number, dataDir: string, clientDir = '/nonexistent'): Promise<BenchServer> {
  const preload = await prepare();
  const startedAt = performance.now();
  const child = fork(SERVER_BUNDLE, [], {
    // --expose-gc only lets the probe collect before it reads the heap; nothing else calls gc().
    execArgv: ['--enable-source-maps', '--expose-gc', '--import', pathToFileURL(preload).href],
    silent: true,
    cwd: serverRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // The bench starts hundreds of meetings and fills halls from one address: no limit in its way.
      JOIN_RATE_PER_MINUTE: '100000000',
      JOINS_PER_ADDRESS_PER_HOUR: '100000000',
      CREATE_RATE_PER_HOUR: '100000000',
      MAX_PARTICIPANTS: '100000',
      CLIENT_DIR: clientDir,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('Balint Live is running')) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const startMs = performance.now() - startedAt;

  return {
    child,
    pid: child.pid!,
    base: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    startMs,
    async stats(gc = false) {
      const reply = await ask<Message & ServerStats>(child, { type: 'stats', gc }, 'stats', 30_000);
      return { memory: reply.memory, loop: reply.loop, rss: residentBytes(child.pid!) };
    },
    async resetLoop() {
      await ask(child, { type: 'loop-reset' }, 'loop-reset', 10_000);
    },
    async profileStart() {
      await ask(child, { type: 'profile-start' }, 'profile-started', 10_000);
    },
    async profileStop(file) {
      await ask(child, { type: 'profile-stop', file }, 'profile-stopped', 60_000);
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    output: () => output,
  };
}
