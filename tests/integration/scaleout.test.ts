// The multi-process mode over real processes, a real redis-server and real sockets: two servers
// share meetings through Redis; concurrent commands on both lose nothing; a Redis restart loses
// nothing acknowledged; clients of a killed process resume on the other.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandReply } from '../../shared/protocol';
import type { LeadersView, View } from '../../shared/views';
import { connect, createMeeting, joinMeeting, sleep, type Client } from './harness';
import { freePort } from '../../scripts/free-port';
import { newestFrom, PROCESS_TEST_TIMEOUT_MS, processPool, versionOf, type Server } from './process-clients';
import { redisFilesHolding, startRedis, type RedisServer } from './redis';

let redis: RedisServer;
let a: Server;
let b: Server;
const pool = processPool();
const { startServer, client } = pool;

const startRedisServer = () => startServer({ REDIS_URL: redis.url, TAKEOVER_AFTER_SEC: '0' });

beforeAll(async () => {
  redis = await startRedis();
  [a, b] = await Promise.all([startRedisServer(), startRedisServer()]);
});

afterAll(async () => {
  await pool.stopAll();
  await redis.remove();
});

const leadersView = (view: View) => view as LeadersView;

describe('two processes sharing Redis', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('carries every change, flag, presence and removal to the clients of both', async () => {
    const meeting = await createMeeting(a.url, { title: 'Two processes' });
    const ann = await joinMeeting(b.url, meeting.joinCode, 'Ann');
    const bo = await joinMeeting(a.url, meeting.joinCode, 'Bo');
    const leader = await client(a, meeting.leaderToken);
    const coLeader = await client(b, meeting.coLeaderToken);
    const display = await client(b, meeting.displayToken);
    const annOnB = await client(b, ann.token);
    const boOnA = await client(a, bo.token);

    // Presence is shared: the leader on A sees Ann (on B) and Bo (on A) connected.
    await leader.waitForView((view) => leadersView(view).participants.every((p) => p.connected));
    expect(leadersView(await newestFrom(coLeader, 1)).leaderConnected).toBe(true);
    // And the co-leader on B may not take over while the leader on A is connected.
    expect(await coLeader.send({ type: 'leader.takeover' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await leader.send({ type: 'timer.resume' });
    const moved = versionOf(await leader.send({ type: 'phase.next' }));
    for (const c of [display, annOnB, coLeader, boOnA]) {
      expect((await newestFrom(c, moved)).phase.id).toBe('case-call');
    }

    const flagged = versionOf(await coLeader.send({ type: 'flag.raise', kind: 'advice-giving', note: 'you should' }));
    const flags = leadersView(await newestFrom(leader, flagged)).flags;
    expect(flags).toMatchObject([{ kind: 'advice-giving', note: 'you should' }]);
    expect(JSON.stringify(await newestFrom(boOnA, flagged))).not.toContain('you should');

    const volunteered = versionOf(await annOnB.send({ type: 'case.volunteer', volunteer: true }));
    const seen = leadersView(await newestFrom(leader, volunteered));
    expect(seen.participants.find((p) => p.participantId === ann.participantId)?.volunteer).toBe(true);
    const picked = versionOf(await leader.send({ type: 'presenter.set', participantId: ann.participantId }));
    expect((await newestFrom(display, picked)).presenter).toEqual({ participantId: ann.participantId, name: 'Ann' });
    await expect.poll(() => annOnB.selves.at(-1)?.presenter).toBe(true);

    // A removal on A closes the member's socket on B, and their token is refused on both.
    const annClosed = new Promise((resolve) => annOnB.socket.once('closed', resolve));
    const annGone = new Promise((resolve) => annOnB.socket.once('disconnect', resolve));
    await leader.send({ type: 'participant.remove', participantId: ann.participantId });
    expect(await annClosed).toBe('removed');
    expect(await annGone).toBe('io server disconnect');
    await expect(connect(a.url, ann.token)).rejects.toThrow('unauthorized');
    await expect(connect(b.url, ann.token)).rejects.toThrow('unauthorized');

    // The leader on A leaves: the co-leader on B sees it and may take over.
    leader.close();
    await coLeader.waitForView((view) => leadersView(view).leaderConnected === false);
    const taken = versionOf(await coLeader.send({ type: 'leader.takeover' }));
    expect((await newestFrom(boOnA, taken)).acting).toBe('co-leader');

    // Ending on one process erases on both.
    const back = await client(b, meeting.leaderToken);
    expect(await back.send({ type: 'leader.return' })).toMatchObject({ ok: true });
    const ended = versionOf(await back.send({ type: 'session.end' }));
    expect((await newestFrom(boOnA, ended)).ended).toBe(true);
    expect(leadersView(await newestFrom(coLeader, ended)).participants).toEqual([]);
    expect(boOnA.socket.connected).toBe(true);
  });

  it('tells the leaders when a process died without a word', async () => {
    const meeting = await createMeeting(a.url, { title: 'Ghosts' });
    const ann = await joinMeeting(a.url, meeting.joinCode, 'Ann');
    // A third process, written straight into Redis: the leader's and Ann's sockets are on it.
    const direct = new Redis(redis.url);
    const ghost = {
      presence: `balint:presence:${meeting.sessionId}`,
      alive: 'balint:process:ghost',
      meetings: 'balint:process:ghost:meetings',
    };
    try {
      await direct
        .multi()
        .hset(ghost.presence, { 'ghost|leader': 1, [`ghost|m|${ann.participantId}`]: 1, leaderLeftAt: 0 })
        .set(ghost.alive, '1')
        .zadd('balint:processes', Date.now(), 'ghost')
        .sadd(ghost.meetings, meeting.sessionId)
        .exec();
      const coLeader = await client(b, meeting.coLeaderToken);
      // The view on connecting, then the one the co-leader's own arrival sends the leaders.
      await expect.poll(() => coLeader.views.length).toBeGreaterThanOrEqual(2);
      for (const view of coLeader.views) {
        expect(leadersView(view)).toMatchObject({
          leaderConnected: true,
          participants: [{ participantId: ann.participantId, connected: true }],
        });
      }

      // It is killed: its heartbeat stops. No socket event reaches A or B, yet the leaders learn it.
      const [seconds] = await direct.time();
      await direct.multi().del(ghost.alive).zadd('balint:processes', Number(seconds) * 1000 - 60_000, 'ghost').exec();
      const told = leadersView(await coLeader.waitForView((view) => leadersView(view).leaderConnected === false));
      expect(told.participants).toMatchObject([{ participantId: ann.participantId, connected: false }]);
      expect(await coLeader.send({ type: 'leader.takeover' })).toMatchObject({ ok: true });
      expect(await direct.exists(ghost.meetings)).toBe(0);
    } finally {
      direct.disconnect();
    }
  });

  it('loses no update when both processes take commands for one meeting at once', async () => {
    const meeting = await createMeeting(a.url, { title: 'Concurrent' });
    // Four leader sockets (a token holds at most four), two on each process, ten commands each:
    // under the per-socket and the per-person limits.
    const leaders = await Promise.all(
      Array.from({ length: 4 }, (_, i) => client(i % 2 === 0 ? a : b, meeting.leaderToken)),
    );
    const displays = [await client(a, meeting.displayToken), await client(b, meeting.displayToken)];
    const start = leaders[0]!.latest();

    const replies = (
      await Promise.all(
        leaders.map((leader) =>
          Promise.all(Array.from({ length: 10 }, () => leader.send({ type: 'timer.extend', seconds: 1 }))),
        ),
      )
    ).flat();

    expect(replies.filter((reply) => !reply.ok)).toEqual([]);
    const versions = replies.map(versionOf).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: 40 }, (_, i) => start.version + 1 + i));
    for (const display of displays) {
      const final = await newestFrom(display, start.version + 40);
      expect(final.version).toBe(start.version + 40);
      expect(final.phase.timer.durationSec).toBe(start.phase.timer.durationSec + 40);
    }
  });

  // SIGTERM: Redis flushes and exits. SIGKILL: every acknowledged write was already handed to the
  // operating system (appendfsync everysec guards against a power cut only; docs/deploy.md).
  it.each(['SIGTERM', 'SIGKILL'] as const)('survives a Redis restart (%s), losing nothing acked', async (signal) => {
    const meeting = await createMeeting(a.url, { title: 'Redis restart' });
    const leaderOnA = await client(a, meeting.leaderToken);
    const leaderOnB = await client(b, meeting.leaderToken);
    const displayOnB = await client(b, meeting.displayToken);
    const start = leaderOnA.latest();
    const acked: number[] = [];
    const extend = async (leader: Client) => {
      const reply = await leader.send({ type: 'timer.extend', seconds: 1 }).catch(() => null);
      if (reply?.ok) acked.push(reply.version);
      return reply;
    };

    for (let i = 0; i < 10; i += 1) await extend(i % 2 === 0 ? leaderOnA : leaderOnB);
    expect(acked).toHaveLength(10);

    // Commands sent while Redis is away wait for it (or are refused): none is acknowledged and lost.
    await redis.stop(signal);
    const duringOutage = [extend(leaderOnA), extend(leaderOnB)];
    await sleep(300); // long enough for both processes to notice and start reconnecting
    await redis.start();
    await Promise.all(duringOutage);

    // Service resumes on both processes, broadcasts included.
    let resumed: CommandReply | null = null;
    for (let attempt = 0; attempt < 50 && !resumed?.ok; attempt += 1) resumed = await extend(leaderOnB);
    expect(resumed?.ok).toBe(true);
    const last = versionOf((await extend(leaderOnA))!);

    const final = await newestFrom(displayOnB, last);
    const changes = final.version - start.version;
    expect(final.version).toBe(Math.max(...acked));
    expect(new Set(acked).size).toBe(acked.length);
    expect(acked.length).toBeLessThanOrEqual(changes);
    expect(final.phase.timer.durationSec).toBe(start.phase.timer.durationSec + changes);
    // A fresh client on either process reads the same state from Redis.
    for (const server of [a, b]) {
      const fresh = await client(server, meeting.displayToken);
      expect(fresh.latest().phase.timer.durationSec).toBe(final.phase.timer.durationSec);
    }
  });

  it('keeps no member name, note or token in Redis or its files once the meeting ended', async () => {
    const meeting = await createMeeting(a.url, { title: 'Erasure in Redis' });
    const name = 'Wilhelmina-Crumpet';
    const note = 'Parsnip-Trombone note';
    const joined = await joinMeeting(b.url, meeting.joinCode, name);
    const leader = await client(a, meeting.leaderToken);
    const coLeader = await client(b, meeting.coLeaderToken);
    const member = await client(b, joined.token);
    await coLeader.send({ type: 'flag.raise', kind: 'identifier', note });
    await leader.send({ type: 'presenter.set', participantId: joined.participantId });
    await member.send({ type: 'case.volunteer', volunteer: true });
    await expect.poll(() => redisFilesHolding(redis.dir, name).length, { timeout: 5000 }).toBeGreaterThan(0);

    expect((await leader.send({ type: 'session.end' })).ok).toBe(true);
    // The append-only file is rewritten from memory and the broadcast stream trimmed shortly after.
    for (const text of [name, note]) {
      await expect.poll(() => redisFilesHolding(redis.dir, text), { timeout: 15_000, interval: 250 }).toEqual([]);
    }
    for (const token of [meeting.leaderToken, meeting.coLeaderToken, meeting.displayToken, joined.token]) {
      expect(redisFilesHolding(redis.dir, token)).toEqual([]);
    }
  });

  it('resumes the clients of a killed process on the other, state intact', async () => {
    const meeting = await createMeeting(a.url, { title: 'Failover' });
    const ann = await joinMeeting(b.url, meeting.joinCode, 'Ann');
    const leader = await client(a, meeting.leaderToken);
    await leader.send({ type: 'timer.resume' });
    await leader.send({ type: 'phase.next' });
    const onB = {
      display: await client(b, meeting.displayToken),
      coLeader: await client(b, meeting.coLeaderToken),
      ann: await client(b, ann.token),
    };
    const tokens = { display: meeting.displayToken, coLeader: meeting.coLeaderToken, ann: ann.token };
    const noticed = versionOf(await leader.send({ type: 'notice.show', text: 'Stay with the patient' }));
    const before = {
      display: await newestFrom(onB.display, noticed),
      ann: await newestFrom(onB.ann, noticed),
      coLeader: leadersView(await newestFrom(onB.coLeader, noticed)),
    };

    // A client whose server is gone connects to one that is up, with the same token: what a load
    // balancer does when the process behind it dies.
    const moved = (Object.keys(onB) as (keyof typeof onB)[]).map(
      (role) =>
        new Promise<[typeof role, Client]>((resolve, reject) => {
          onB[role].socket.once('disconnect', () => {
            client(a, tokens[role]).then((c) => resolve([role, c]), reject);
          });
        }),
    );
    await b.process.stop('SIGKILL');
    const onA = Object.fromEntries(await Promise.all(moved)) as Record<keyof typeof onB, Client>;

    expect(onA.display.latest()).toEqual(before.display);
    expect(onA.ann.latest()).toEqual(before.ann);
    const coLeaderView = leadersView(onA.coLeader.latest());
    expect(coLeaderView.version).toBe(noticed);
    expect(coLeaderView.notice).toEqual(before.coLeader.notice);
    expect(coLeaderView.flags).toEqual(before.coLeader.flags);
    await leader.waitForView((view) => leadersView(view).participants[0]?.connected === true);

    const next = versionOf(await leader.send({ type: 'phase.next' }));
    for (const c of Object.values(onA)) expect((await newestFrom(c, next)).phase.id).toBe('presentation');
    expect(a.process.output()).not.toContain(ann.token);
    expect(a.process.output()).not.toContain('Stay with the patient');
  });

  it('refuses to start when Redis cannot be reached, and says why', async () => {
    const closedPort = await freePort();
    const failed = await startServer({ REDIS_URL: `redis://127.0.0.1:${closedPort}` }).then(
      () => new Error('started'),
      (error: Error) => error,
    );
    expect(failed.message).toMatch(/exited with 1/);
    expect(failed.message).toContain(`Cannot reach Redis at 127.0.0.1:${closedPort}`);
  });
});
