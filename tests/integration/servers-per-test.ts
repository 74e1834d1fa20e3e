// For files whose tests each start what they need (servers with their own limits, Redis, folders):
// everything a test started is closed and erased after it, in one place, so no test leaves a
// server running or a name on disk for the next.
import { afterEach } from 'vitest';
import type { Config } from '../../server/config';
import { connect, removeDir, startServer, type Client, type Running } from './harness';
import type { RedisServer } from './redis';

export function serversPerTest(defaults: Partial<Config> = {}) {
  const running: Running[] = [];
  const redises: RedisServer[] = [];
  const clients: Client[] = [];
  const folders: string[] = [];
  afterEach(async () => {
    for (const connected of clients.splice(0)) connected.close();
    for (const started of running.splice(0)) {
      await started.stop();
      removeDir(started.dataDir);
    }
    for (const redis of redises.splice(0)) await redis.remove();
    for (const folder of folders.splice(0)) removeDir(folder);
  });
  return {
    /** Servers still to stop; a test that stops one itself takes it out. */
    running,
    /** Redis servers to remove, pushed by the test that started them. */
    redises,
    /** Folders to erase, pushed by the test that made them. */
    folders,
    /** A server with the file's defaults and this test's `overrides`. */
    server: async (overrides: Partial<Config> = {}): Promise<Running> => {
      const started = await startServer({ ...defaults, ...overrides });
      running.push(started);
      return started;
    },
    /** A client connected to `url` with `token`, closed after the test. */
    client: async (url: string, token: string): Promise<Client> => {
      const connected = await connect(url, token);
      clients.push(connected);
      return connected;
    },
  };
}
