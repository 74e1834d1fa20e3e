// What a first-time leader needs from the server, over real sockets and HTTP: whether the
// co-leader is connected (one process, and several sharing Redis), a wrong join code caught before
// the name is asked for, and the Markdown record in the leader's language and time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { type Client, connect, createMeeting, joinMeeting, removeDir, serverForFile, startServer, type Running } from './harness';
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
    // The co-leader's own first view can be sent before its presence is counted: wait for the one after.
    await coLeader.waitForView((view) => (view as LeadersView).coLeaderConnected === true);
    expect(leadersView(coLeader)).toMatchObject({ coLeaderConnected: true, leaderConnected: true });
    expect(leadersView(leader).participants.map((member) => member.name)).toEqual(['Ann']);
    expect(ann.latest()).not.toHaveProperty('coLeaderConnected');

    coLeader.close();
    await leader.waitForView((view) => (view as LeadersView).coLeaderConnected === false);
    expect(leadersView(leader).participants).toEqual([expect.objectContaining({ name: 'Ann', connected: true })]);
  });
});

describe('a join code checked at "Continue"', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer({ joinRatePerMinute: 4 });
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('says whether a meeting has the code, as typed; every check counts as a join attempt', async () => {
    const meeting = await createMeeting(server.url, { title: 'Codes' });
    const check = (code: string) => fetch(`${server.url}/api/join/${encodeURIComponent(code)}`);

    const found = await check(meeting.joinCode.toLowerCase());
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ ok: true });
    const unknown = await check('ZZZ999');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await check('no')).status).toBe(404);
    expect((await check('A'.repeat(60))).status).toBe(404);
    // JOIN_RATE_PER_MINUTE (4 here) counts failed attempts, checks included: after a fourth wrong
    // code in the minute, even the right one is refused from this address.
    expect((await check('ZZZ998')).status).toBe(404);
    const limited = await check(meeting.joinCode);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });
});

describe('the Markdown record over HTTP', () => {
  const server = serverForFile();

  it('speaks the language and zone asked for; anything unknown falls back, never an error', async () => {
    const meeting = await createMeeting(server.url, { title: 'Export' });
    const markdown = (query: string) =>
      fetch(`${server.url}/api/sessions/${meeting.sessionId}/report?${query}`, {
        headers: { authorization: `Bearer ${meeting.leaderToken}` },
      });

    const german = await markdown('format=md&lang=de&tz=Europe/Berlin');
    expect(german.status).toBe(200);
    expect(german.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(german.headers.get('content-language')).toBe('de');
    const text = await german.text();
    expect(text).toContain('# Nachbesprechung: Export');
    expect(text).toContain('Uhrzeiten in Europe/Berlin.');

    for (const query of ['format=md&lang=zz&tz=Not/AZone', 'format=md&lang=&tz=', 'format=md&lang[]=de&tz[]=x', 'format=md&tz=%00%FF']) {
      const fallback = await markdown(query);
      expect(fallback.status, query).toBe(200);
      const body = await fallback.text();
      expect(body, query).toContain('# Debrief: Export');
      expect(body, query).toContain('Times are in UTC.');
    }
    // The JSON record keeps its ids, whatever the query.
    const json = (await (await markdown('lang=de&tz=Europe/Berlin')).json()) as { format: string };
    expect(json.format).toBe('standard');
  });
});
