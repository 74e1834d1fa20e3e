// What a first-time leader needs from the server, over real sockets and HTTP: whether the
// co-leader is connected (one process, and several sharing Redis), a wrong join code caught before
// the name is asked for, and the Markdown record in the leader's language and time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { type Client, connect, createMeeting, joinMeeting, removeDir, startServer, type Running } from './harness';
import { startRedis, type RedisServer } from './redis';

const leadersView = (client: Client) => client.latest() as LeadersView;

describe.each(['one process', 'two processes sharing Redis'] as const)('the co-leader’s presence, %s', (mode) => {
  let redis: RedisServer | null = null;
  let a: Running;
  let b: Running;
  const clients: Client[] = [];

  beforeAll(async () => {
    if (mode === 'one process') {
      a = b = await startServer({ joinRatePerMinute: 1000 });
    } else {
      redis = await startRedis();
      a = await startServer({ redisUrl: redis.url, joinRatePerMinute: 1000 });
      b = await startServer({ redisUrl: redis.url, joinRatePerMinute: 1000 });
    }
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    for (const server of new Set([a, b])) {
      await server.stop();
      removeDir(server.dataDir);
    }
    await redis?.remove();
  });

  async function client(server: Running, token: string): Promise<Client> {
    const connected = await connect(server.url, token);
    clients.push(connected);
    return connected;
  }

  it('the leader sees the co-leader arrive and leave; nobody else is told, and no member is invented', async () => {
    const meeting = await createMeeting(a.url, { title: 'Presence' });
    const joined = await joinMeeting(a.url, meeting.joinCode, 'Ann');
    const leader = await client(a, meeting.leaderToken);
    const ann = await client(a, joined.token);
    await leader.waitForView((view) => (view as LeadersView).participants[0]?.connected === true);
    expect(leadersView(leader).coLeaderConnected).toBe(false);

    // The co-leader's phone reaches the other process, where there are two.
    const coLeader = await client(b, meeting.coLeaderToken);
    await leader.waitForView((view) => (view as LeadersView).coLeaderConnected === true);
    expect(leadersView(coLeader)).toMatchObject({ coLeaderConnected: true, leaderConnected: true });
    expect(leadersView(leader).participants.map((member) => member.name)).toEqual(['Ann']);
    expect(ann.latest()).not.toHaveProperty('coLeaderConnected');

    coLeader.close();
    await leader.waitForView((view) => (view as LeadersView).coLeaderConnected === false);
    expect(leadersView(leader).participants).toEqual([expect.objectContaining({ name: 'Ann', connected: true })]);
  });
});
