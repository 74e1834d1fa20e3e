// Two servers in this test process sharing one real redis-server, and their clients: the set-up
// of the tests that carry a meeting across processes without killing any.
import type { Config } from '../../server/config';
import { connect, removeDir, startServer, type Client, type Running } from './harness';
import { startRedis, type RedisServer } from './redis';

export interface TwoOnRedis {
  redis: RedisServer;
  a: Running;
  b: Running;
  client(server: Running, token: string): Promise<Client>;
  stop(): Promise<void>;
}

export async function startTwoOnRedis(overrides: Partial<Config> = {}): Promise<TwoOnRedis> {
  const redis = await startRedis();
  const a = await startServer({ redisUrl: redis.url, joinRatePerMinute: 1000, ...overrides });
  const b = await startServer({ redisUrl: redis.url, joinRatePerMinute: 1000, ...overrides });
  const clients: Client[] = [];
  return {
    redis,
    a,
    b,
    async client(server, token) {
      const connected = await connect(server.url, token);
      clients.push(connected);
      return connected;
    },
    async stop() {
      for (const client of clients) client.close();
      await a.stop();
      await b.stop();
      await redis.remove();
      removeDir(a.dataDir);
      removeDir(b.dataDir);
    },
  };
}
