// Notice expiry in the multi-process mode: two servers share one real redis-server; the notice is
// shown through one, and its minute passing clears it for the clients of both. The clock is
// injected (the same moved clock for both servers), so nobody waits a minute.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NOTICE_LIFETIME_MS } from '../../shared/changes/signals';
import { type Client, connect, createMeeting, joinMeeting, removeDir, startServer, type Running } from './harness';
import { startRedis, type RedisServer } from './redis';

let offsetMs = 0;
const now = () => Date.now() + offsetMs;

let redis: RedisServer;
let a: Running;
let b: Running;
const clients: Client[] = [];

beforeAll(async () => {
  redis = await startRedis();
  a = await startServer({ redisUrl: redis.url, joinRatePerMinute: 1000, now });
  b = await startServer({ redisUrl: redis.url, joinRatePerMinute: 1000, now });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await a.stop();
  await b.stop();
  await redis.remove();
  removeDir(a.dataDir);
  removeDir(b.dataDir);
});

async function client(server: Running, token: string): Promise<Client> {
  const connected = await connect(server.url, token);
  clients.push(connected);
  return connected;
}

it('a notice shown through one process clears itself for the clients of both', async () => {
  const meeting = await createMeeting(a.url, { title: 'Two processes' });
  const joined = await joinMeeting(b.url, meeting.joinCode, 'Ann');
  const leader = await client(a, meeting.leaderToken);
  const display = await client(b, meeting.displayToken);
  const member = await client(b, joined.token);

  const shown = await leader.send({ type: 'notice.show', text: 'Back to the relationship.' });
  if (!shown.ok) throw new Error(shown.error.message);
  for (const who of [display, member]) {
    expect((await who.waitForView((view) => view.version >= shown.version)).notice?.text).toBe('Back to the relationship.');
  }
  offsetMs += NOTICE_LIFETIME_MS + 1000;
  for (const who of [leader, display, member]) {
    const cleared = await who.waitForView((view) => view.version === shown.version + 1, 10_000);
    expect(cleared.notice).toBeNull();
  }
});
