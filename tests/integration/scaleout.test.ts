// The multi-process mode over real processes, a real redis-server and real sockets: two servers
// share meetings through Redis; concurrent commands on both lose nothing; a Redis restart loses
// nothing acknowledged. Erasure, failover and the single SQLite process: scaleout-failover.test.ts.
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { CommandReply } from '../../shared/protocol';
import { type Client, connect, createMeeting, joinMeeting, sleep } from './harness';
import {
  a,
  b,
  client,
  leadersView,
  newestFrom,
  PROCESS_TEST_TIMEOUT_MS,
  redis,
  twoProcessesOnRedis,
  versionOf,
} from './scaleout-processes';

twoProcessesOnRedis();

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
    // Refusals while the processes reconnect come back at once: give the reconnection time between
    // tries, so a loaded machine is not mistaken for a lost service.
    for (let attempt = 0; attempt < 100 && !resumed?.ok; attempt += 1) {
      resumed = await extend(leaderOnB);
      if (!resumed?.ok) await sleep(100);
    }
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
});
