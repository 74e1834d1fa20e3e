// Hardening (issue 13), nothing lives for ever: a meeting nobody used for IDLE_END_HOURS ends by
// itself and its names and notes leave the disk; a meeting unused for a day takes no joins; a group
// unused for GROUP_RETENTION_DAYS is erased with its meetings; in Redis every key expires. The
// clock is injected and moved; one round of the server's own maintenance runs on demand.
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../server/config';
import { filesHolding } from './disk';
import { connect, createMeeting, joinMeeting, meetingHoldingPrivateWords, postJson, refusal, type Running } from './harness';
import { startRedis } from './redis';
import { serversPerTest } from './servers-per-test';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let offset = 0;
const now = () => Date.now() + offset;

const perTest = serversPerTest({ joinRatePerMinute: 1000, now });
const { redises } = perTest;
/** A server whose clock starts at the real time; the test moves it with `offset`. */
async function server(overrides: Partial<Config> = {}): Promise<Running> {
  offset = 0;
  return perTest.server(overrides);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const report = async (url: string, meeting: { sessionId: string; leaderToken: string }) =>
  (await fetch(`${url}/api/sessions/${meeting.sessionId}/report`, { headers: bearer(meeting.leaderToken) })).json();

describe('a meeting nobody ends', () => {
  it('ends by itself after IDLE_END_HOURS of no command and no connection, its names and notes erased', async () => {
    const started = await server({ idleEndHours: 12 });
    const name = 'Zebediah-Idleworth';
    const note = 'Kumquat-Overnight note';
    const { meeting, joined, coLeader } = await meetingHoldingPrivateWords(started.url, { title: 'Left running', name, note });
    const member = await connect(started.url, joined.token);
    coLeader.close();
    member.close();
    await expect.poll(() => filesHolding(started.dataDir, name).length).toBeGreaterThan(0);

    offset = 11 * HOUR;
    await started.app.maintain();
    expect((await report(started.url, meeting)).endedAt).toBeNull();

    offset = 12 * HOUR + 60_000;
    await started.app.maintain();
    const ended = await report(started.url, meeting);
    expect(ended.endedAt).toEqual(expect.any(Number));
    for (const text of [name, note]) expect(filesHolding(started.dataDir, text)).toEqual([]);
    // Every screen that comes back sees the end, as after session.end.
    const leader = await connect(started.url, meeting.leaderToken);
    expect(leader.latest()).toMatchObject({ ended: true, participants: [] });
    leader.close();
  });

  it('stays running while a screen is connected, and after a command', async () => {
    const started = await server({ idleEndHours: 12 });
    const watched = await createMeeting(started.url, { title: 'Display left on' });
    const display = await connect(started.url, watched.displayToken);
    const used = await createMeeting(started.url, { title: 'Used in the evening' });
    offset = 10 * HOUR;
    const leader = await connect(started.url, used.leaderToken);
    expect((await leader.send({ type: 'timer.resume' })).ok).toBe(true);
    leader.close();
    offset = 13 * HOUR;
    await started.app.maintain();
    expect((await report(started.url, watched)).endedAt).toBeNull();
    expect((await report(started.url, used)).endedAt).toBeNull();
    expect(display.latest().ended).toBe(false);
    display.close();
  });

  it('takes no joins once its last command or connection is more than a day old', async () => {
    const started = await server({ idleEndHours: 72 });
    const old = await createMeeting(started.url, { title: 'Yesterday' });
    const recent = await createMeeting(started.url, { title: 'Used this afternoon' });
    offset = 2 * HOUR;
    const leader = await connect(started.url, recent.leaderToken);
    await leader.send({ type: 'timer.resume' });
    leader.close();
    offset = DAY + 60_000;
    const refused = await postJson(`${started.url}/api/join`, { joinCode: old.joinCode, name: 'Late' });
    expect(refused).toEqual({ status: 404, body: { error: { code: 'not_found', message: expect.any(String) } } });
    expect((await postJson(`${started.url}/api/join`, { joinCode: recent.joinCode, name: 'Ann' })).status).toBe(201);
  });
});

describe('a group nobody uses', () => {
  it('is erased with its formats and meetings after GROUP_RETENTION_DAYS; using its link keeps it', async () => {
    const started = await server({ groupRetentionDays: 365, retentionDays: 400 });
    const abandoned = (await postJson(`${started.url}/api/groups`, { name: 'Abandoned' })).body;
    const kept = (await postJson(`${started.url}/api/groups`, { name: 'Kept' })).body;
    const meeting = (await postJson(`${started.url}/api/sessions`, { title: 'Once' }, bearer(abandoned.groupToken))).body;
    offset = 200 * DAY;
    expect((await fetch(`${started.url}/api/groups/${kept.groupId}`, { headers: bearer(kept.groupToken) })).status).toBe(200);
    offset = 366 * DAY;
    await started.app.maintain();
    expect((await fetch(`${started.url}/api/groups/${abandoned.groupId}`, { headers: bearer(abandoned.groupToken) })).status).toBe(401);
    expect(await refusal(started.url, meeting.leaderToken)).toBe('unauthorized');
    expect(filesHolding(started.dataDir, 'Abandoned')).toEqual([]);
    expect((await fetch(`${started.url}/api/groups/${kept.groupId}`, { headers: bearer(kept.groupToken) })).status).toBe(200);
  });
});

describe('in Redis', () => {
  it('gives a group saved by an older version a last use and an expiry, so that it is swept too', async () => {
    const redis = await startRedis();
    redises.push(redis);
    const direct = new Redis(redis.url);
    try {
      // As an older version left it: a group and its token, no last use, no expiry.
      const group = { groupId: 'older-group', name: 'From before', formats: [], createdAt: 0 };
      await direct.multi().hset('balint:group:older-group', 'group', JSON.stringify(group), 'tokenHash', 'h1').set('balint:grouptoken:h1', 'older-group').exec();
      const started = await server({ redisUrl: redis.url, groupRetentionDays: 365 });
      expect(await direct.pttl('balint:group:older-group')).toBeGreaterThan(0);
      expect(await direct.pttl('balint:grouptoken:h1')).toBeGreaterThan(0);
      offset = 366 * DAY;
      await started.app.maintain();
      expect(await direct.exists('balint:group:older-group', 'balint:grouptoken:h1')).toBe(0);
    } finally {
      direct.disconnect();
    }
  });

  it('every key has a TTL', async () => {
    const redis = await startRedis();
    redises.push(redis);
    const started = await server({ redisUrl: redis.url, joinRatePerMinute: 3 });
    const url = started.url;
    const group = (await postJson(`${url}/api/groups`, { name: 'Keys' })).body;
    await fetch(`${url}/api/groups/${group.groupId}/formats/short`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(group.groupToken) },
      body: JSON.stringify({ title: 'Short', phases: [{ title: 'One', durationSec: 60, prompt: '' }] }),
    });
    const meeting = (await postJson(`${url}/api/sessions`, { template: 'short' }, bearer(group.groupToken))).body;
    const plain = await createMeeting(url);
    const ann = await joinMeeting(url, meeting.joinCode, 'Ann');
    const leader = await connect(url, meeting.leaderToken);
    const coLeader = await connect(url, meeting.coLeaderToken);
    const display = await connect(url, meeting.displayToken);
    const member = await connect(url, ann.token);
    await coLeader.send({ type: 'flag.raise', kind: 'airtime', note: 'a note' });
    await leader.send({ type: 'notice.show', text: 'A notice', commandId: 'c1' });
    await leader.send({ type: 'room.lock' });
    expect((await postJson(`${url}/api/knock`, { joinCode: meeting.joinCode, name: 'Latecomer' })).status).toBe(201);
    expect((await postJson(`${url}/api/join`, { joinCode: 'ZZZZZZ', name: 'Guess' })).status).toBe(404);
    const ended = await connect(url, plain.leaderToken);
    await ended.send({ type: 'session.end' });

    const direct = new Redis(redis.url);
    try {
      const keysWithoutTtl = async () => {
        const keys = await direct.keys('*');
        const ttls = await Promise.all(keys.map(async (key) => [key, await direct.pttl(key)] as const));
        return ttls.filter(([, ttl]) => ttl < 0).map(([key]) => key);
      };
      const keys = await direct.keys('*');
      expect(keys.length).toBeGreaterThan(10);
      // What one person sends is counted in Redis, across processes; what one socket sends is not:
      // a socket lives in one process, and its count stays there.
      expect(keys.some((key) => key.startsWith('balint:rl:person-commands'))).toBe(true);
      expect(keys.filter((key) => /rl:command/.test(key))).toEqual([]);
      // The broadcast stream is given its expiry by the next heartbeat (every 5 s).
      await expect.poll(keysWithoutTtl, { timeout: 12_000, interval: 500 }).toEqual([]);
    } finally {
      direct.disconnect();
      for (const client of [leader, coLeader, display, member, ended]) client.close();
    }
  });
});
