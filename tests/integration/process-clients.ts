// Servers as their own processes (process.ts) and their clients, for the tests that kill and
// restart them: each test file keeps one pool and stops all of it at the end.
import type { CommandReply } from '../../shared/protocol';
import type { View } from '../../shared/views';
import { freePort } from '../../scripts/free-port';
import { connect, removeDir, tempDataDir, type Client } from './harness';
import { startProcess, type ServerProcess } from './process';

export interface Server {
  url: string;
  process: ServerProcess;
}

/** Generous: on a loaded machine (CI runs browsers beside these) an ack can take seconds. */
export const ACK_TIMEOUT_MS = 20_000;
export const PROCESS_TEST_TIMEOUT_MS = 90_000;

export function processPool() {
  const processes: ServerProcess[] = [];
  const open: Client[] = [];
  const dirs: string[] = [];
  return {
    async startServer(env: Record<string, string>, port?: number): Promise<Server> {
      port ??= await freePort();
      const serverProcess = await startProcess({ PORT: String(port), JOIN_RATE_PER_MINUTE: '1000', ...env });
      processes.push(serverProcess);
      return { url: `http://127.0.0.1:${port}`, process: serverProcess };
    },
    async client(server: Server, token: string): Promise<Client> {
      const connected = await connect(server.url, token);
      connected.send = (command) => connected.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', command as never);
      open.push(connected);
      return connected;
    },
    /** A data folder removed with the pool. */
    dataDir(): string {
      const dir = tempDataDir();
      dirs.push(dir);
      return dir;
    },
    async stopAll(): Promise<void> {
      for (const client of open) client.close();
      await Promise.all(processes.map((p) => (p.child.exitCode === null ? p.stop('SIGKILL') : null)));
      for (const dir of dirs) removeDir(dir);
    },
  };
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
