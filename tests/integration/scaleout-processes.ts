// The scale-out tests' servers: real processes on free ports, each test file's own, stopped with
// every socket they served when the file is done.
import type { CommandReply } from '../../shared/protocol';
import type { LeadersView, View } from '../../shared/views';
import { connect, removeDir, type Client } from './harness';
import { startProcess, type ServerProcess } from './process';
import { freePort } from '../../scripts/free-port';
import { afterAll, beforeAll } from 'vitest';
import { startRedis, type RedisServer } from './redis';

const processes: ServerProcess[] = [];
const open: Client[] = [];
/** Data folders to remove once the file is done. */
export const dirs: string[] = [];

export interface Server {
  url: string;
  process: ServerProcess;
}

export async function startServer(env: Record<string, string>, port?: number): Promise<Server> {
  port ??= await freePort();
  const serverProcess = await startProcess({ PORT: String(port), JOIN_RATE_PER_MINUTE: '1000', ...env });
  processes.push(serverProcess);
  return { url: `http://127.0.0.1:${port}`, process: serverProcess };
}

/** Generous: on a loaded machine (CI runs browsers beside these) an ack can take seconds. */
export const ACK_TIMEOUT_MS = 20_000;
export const PROCESS_TEST_TIMEOUT_MS = 90_000;

export async function client(server: Server, token: string): Promise<Client> {
  const connected = await connect(server.url, token);
  connected.send = (command) => connected.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', command as never);
  open.push(connected);
  return connected;
}

export const versionOf = (reply: CommandReply): number => {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code} ${reply.error.message}`);
  return reply.version;
};

/**
 * The newest view once the client holds `version` or later. Views from two processes may arrive
 * out of order (a client keeps the highest version), so this looks at all of them.
 */
export function newestFrom(c: Client, version: number, timeoutMs = ACK_TIMEOUT_MS): Promise<View> {
  const newest = () => c.views.reduce((best, view) => (view.version > best.version ? view : best));
  if (c.views.length > 0 && newest().version >= version) return Promise.resolve(newest());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      c.socket.off('state', check);
      reject(new Error(`no view of version ${version} (newest ${c.views.length ? newest().version : 'none'})`));
    }, timeoutMs);
    function check() {
      // The harness records the view before this listener runs.
      if (newest().version < version) return;
      clearTimeout(timer);
      c.socket.off('state', check);
      resolve(newest());
    }
    c.socket.on('state', check);
  });
}

export const leadersView = (view: View) => view as LeadersView;

/** The file's redis-server and the two processes sharing it (live bindings: set in beforeAll). */
export let redis: RedisServer;
export let a: Server;
export let b: Server;

const startRedisServer = () => startServer({ REDIS_URL: redis.url, TAKEOVER_AFTER_SEC: '0' });

/** Starts `redis`, then `a` and `b` on it, takeover possible at once; stops them all with the file. */
export function twoProcessesOnRedis(): void {
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startRedisServer(), startRedisServer()]);
  });
  afterAll(() => stopAll());
}

/** Closes every socket, kills every process still running, removes Redis and the data folders. */
async function stopAll(): Promise<void> {
  for (const client of open) client.close();
  await Promise.all(processes.map((p) => (p.child.exitCode === null ? p.stop('SIGKILL') : null)));
  await redis.remove();
  for (const dir of dirs) removeDir(dir);
}
