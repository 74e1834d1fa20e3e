// A restart in the middle of a meeting: stop the process, start it on the same data folder, and
// every client resumes with the same tokens and the same view.
import { afterAll, describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { bringToMidCase, connect, createMeeting, joinMeeting, removeDir, tempDataDir, type Client } from './harness';
import { startProcess, type ServerProcess } from './process';
import { freePort } from '../../scripts/free-port';

const dataDir = tempDataDir();
const running: ServerProcess[] = [];
const clients: Client[] = [];

afterAll(async () => {
  for (const client of clients) client.close();
  for (const server of running) if (server.child.exitCode === null) await server.stop('SIGKILL');
  removeDir(dataDir);
});

describe('a restart mid-meeting', () => {
  it('closes cleanly on SIGTERM and resumes every client with the same tokens', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir };
    const base = `http://127.0.0.1:${port}`;
    const first = await startProcess(env);
    running.push(first);

    const meeting = await createMeeting(base, { title: 'Restart' });
    const ann = await joinMeeting(base, meeting.joinCode, 'Ann');
    const leader = await connect(base, meeting.leaderToken, { reconnection: true });
    const coLeader = await connect(base, meeting.coLeaderToken, { reconnection: true });
    const display = await connect(base, meeting.displayToken, { reconnection: true });
    const member = await connect(base, ann.token, { reconnection: true });
    clients.push(leader, coLeader, display, member);

    const version = await bringToMidCase(leader, coLeader, ann.participantId);
    await member.waitForView((view) => view.version === version);
    const before = { leader: leader.latest(), member: member.latest() };

    const told = new Promise((resolve) => member.socket.once('restarting', () => resolve(true)));
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(await told).toBe(true);
    expect(first.output()).not.toContain(meeting.leaderToken);
    expect(first.output()).not.toContain('Ann');
    expect(first.output()).not.toContain('drugs again');

    const viewsBefore = member.views.length;
    const second = await startProcess(env);
    running.push(second);

    // Each client reconnects by itself and is sent the view it held.
    const resumed = await member.waitForView((view) => member.views.length > viewsBefore && view.version === version, 15_000);
    expect(resumed).toEqual(before.member);
    const leaderResumed = (await leader.waitForView(
      (view) => view.version === version && (view as LeadersView).participants[0]?.connected === true,
      15_000,
    )) as LeadersView;
    expect(leaderResumed.flags).toEqual((before.leader as LeadersView).flags);
    expect(leaderResumed.notice).toEqual(before.leader.notice);

    // And they follow the next change without a reload.
    const next = await leader.send({ type: 'phase.next' });
    expect(next).toEqual({ ok: true, version: version + 1 });
    for (const client of [member, display, coLeader]) {
      const seen = await client.waitForView((view) => view.version === version + 1);
      expect(seen.phase.id).toBe('presentation');
    }
    expect(member.selves.at(-1)).toMatchObject({ participantId: ann.participantId, presenter: true });

    const report = await (
      await fetch(`${base}/api/sessions/${meeting.sessionId}/report`, {
        headers: { authorization: `Bearer ${meeting.coLeaderToken}` },
      })
    ).json();
    expect(report.flags).toHaveLength(1);
    expect(second.output()).not.toContain(ann.token);
    expect(await second.stop('SIGINT')).toBe(0);
  });
});
