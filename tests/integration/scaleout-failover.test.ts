// The multi-process mode, continued: Redis keeps no name once a meeting ended; clients of a killed
// process resume on the other; a server refuses to start without Redis. And the single-process
// SQLite server loses no acknowledged command to a kill -9.
import { describe, expect, it } from 'vitest';
import { type Client, createMeeting, joinMeeting, tempDataDir } from './harness';
import { freePort } from '../../scripts/free-port';
import { redisFilesHolding } from './redis';
import {
  a,
  b,
  client,
  dirs,
  leadersView,
  newestFrom,
  PROCESS_TEST_TIMEOUT_MS,
  redis,
  startServer,
  twoProcessesOnRedis,
  versionOf,
} from './scaleout-processes';

twoProcessesOnRedis();

describe('two processes sharing Redis', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
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

describe('the single SQLite process', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('loses no acknowledged command to a kill -9', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await startServer({ DATA_DIR: dataDir });
    const meeting = await createMeeting(first.url, { title: 'Kill -9' });
    const leaders = await Promise.all(Array.from({ length: 3 }, () => client(first, meeting.leaderToken)));
    const start = leaders[0]!.latest();

    // Sixty commands in flight from three sockets; the process dies once twenty are acknowledged.
    const acked: number[] = [];
    let killed: Promise<number | null> | null = null;
    const sent = leaders.flatMap((leader) =>
      Array.from({ length: 20 }, () =>
        leader
          .send({ type: 'timer.extend', seconds: 1 })
          .then((reply) => {
            if (!reply.ok) return;
            // An ack that was on its way when the process died counts too.
            acked.push(reply.version);
            if (acked.length === 20) killed = first.process.stop('SIGKILL');
          })
          .catch(() => undefined),
      ),
    );
    await Promise.all(sent);
    await killed;
    expect(acked.length).toBeGreaterThanOrEqual(20);
    expect(acked.length).toBeLessThan(60);

    const second = await startServer({ DATA_DIR: dataDir }, Number(new URL(first.url).port));
    const after = (await client(second, meeting.leaderToken)).latest();
    const changes = after.version - start.version;
    expect(after.version).toBeGreaterThanOrEqual(Math.max(...acked));
    expect(new Set(acked).size).toBe(acked.length);
    expect(after.phase.timer.durationSec).toBe(start.phase.timer.durationSec + changes);
  });
});
