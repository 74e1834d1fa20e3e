// Facilitation depth over real sockets: two cases in one meeting, editing a running meeting,
// takeover and handback, the hints switch, and the leaders' debrief notes.
import { describe, expect, it } from 'vitest';
import type { CommandReply } from '../../shared/protocol';
import type { LeadersView } from '../../shared/views';
import { createMeeting, joinMeeting, serverForFile } from './harness';

const served = serverForFile({ joinRatePerMinute: 1000, takeoverAfterSec: 0 });
const client = served.client;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const versionOf = (reply: CommandReply) => (reply.ok ? reply.version : -1);

describe('a meeting with two cases and a takeover', () => {
  it('records both rounds, the takeover and the handback', async () => {
    const meeting = await createMeeting(served.url, { title: 'Ninety minutes' });
    const ann = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const leader = await client(meeting.leaderToken);
    const coLeader = await client(meeting.coLeaderToken);
    const member = await client(ann.token);

    expect(await leader.send({ type: 'timer.resume' })).toMatchObject({ ok: true });
    expect(await leader.send({ type: 'case.next' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (let i = 0; i < 6; i += 1) await leader.send({ type: 'phase.next' });
    const next = await leader.send({ type: 'case.next' });
    const seen = await member.waitForView((view) => view.version === versionOf(next));
    expect(seen).toMatchObject({ round: 1, phase: { id: 'case-call' } });

    leader.close();
    await coLeader.waitForView((view) => (view as LeadersView).leaderConnected === false);
    expect(await coLeader.send({ type: 'leader.takeover' })).toMatchObject({ ok: true });
    expect(await coLeader.send({ type: 'phase.next' })).toMatchObject({ ok: true });
    const back = await client(meeting.leaderToken);
    expect(await back.send({ type: 'leader.return' })).toMatchObject({ ok: true });
    expect(await back.send({ type: 'phase.next' })).toMatchObject({ ok: true });
    expect(await back.send({ type: 'session.end' })).toMatchObject({ ok: true });

    const report = await (await fetch(`${served.url}/api/sessions/${meeting.sessionId}/report`, { headers: bearer(meeting.leaderToken) })).json();
    expect(report.rounds).toHaveLength(2);
    expect(report.rounds[0].phases.map((p: { id: string }) => p.id)).toHaveLength(7);
    expect(report.rounds[1].phases.find((p: { id: string }) => p.id === 'opening').actualSec).toBe(0);
    expect(report.rounds[1].startedAt).toEqual(expect.any(Number));
    expect(report.leadership.map((change: { event: string }) => change.event)).toEqual(['takeover', 'handback']);
  });
});

describe('editing a running meeting', () => {
  it('keeps the running timer when the current phase stays', async () => {
    const meeting = await createMeeting(served.url);
    const leader = await client(meeting.leaderToken);
    const display = await client(meeting.displayToken);
    await leader.send({ type: 'timer.resume' });
    await leader.send({ type: 'phase.next' });
    const running = leader.latest().phase.timer.runningSince;
    const plan = (leader.latest() as LeadersView).plan;
    const edited = [
      ...plan.slice(0, 2),
      { title: 'A short check-in', durationSec: 120, prompt: 'One word each.' },
      ...plan.slice(2).map((phase) => (phase.id === 'discussion' ? { ...phase, durationSec: 25 * 60 } : phase)),
    ];
    const reply = await leader.send({ type: 'phases.update', phases: edited });
    expect(reply.ok).toBe(true);
    const view = await display.waitForView((v) => v.version === versionOf(reply));
    expect(view.phase).toMatchObject({ id: 'case-call', timer: { runningSince: running } });
    expect(view.phases).toHaveLength(8);
    expect(view.phases[2]).toMatchObject({ title: 'A short check-in', durationSec: 120 });
    expect(await leader.send({ type: 'phases.update', phases: [] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('step-back hints', () => {
  it('reach the phones, and the leader can switch them off', async () => {
    const meeting = await createMeeting(served.url);
    const ann = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const leader = await client(meeting.leaderToken);
    const member = await client(ann.token);
    expect(member.latest().hints).toBe(true);
    const reply = await leader.send({ type: 'hints.set', enabled: false });
    expect((await member.waitForView((v) => v.version === versionOf(reply))).hints).toBe(false);
  });
});

describe('debrief notes', () => {
  it('are written by the leaders after the meeting and kept out of the record', async () => {
    const meeting = await createMeeting(served.url);
    const member = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const url = `${served.url}/api/sessions/${meeting.sessionId}/debrief`;
    const put = (token: string, body: unknown) =>
      fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });

    expect((await put(meeting.leaderToken, { notes: 'early' })).status).toBe(409);
    const leader = await client(meeting.leaderToken);
    await leader.send({ type: 'session.end' });
    expect((await put(member.token, { notes: 'x' })).status).toBe(403);
    expect((await put('nope', { notes: 'x' })).status).toBe(401);
    expect((await put(meeting.leaderToken, { notes: 'x'.repeat(4001) })).status).toBe(400);
    const saved = await put(meeting.coLeaderToken, { notes: 'We let the silence work.' });
    expect(saved.status).toBe(200);
    const version = (await saved.json()).version;
    expect(((await leader.waitForView((v) => v.version === version)) as LeadersView).debriefNotes).toBe('We let the silence work.');
    const report = await (await fetch(`${served.url}/api/sessions/${meeting.sessionId}/report`, { headers: bearer(meeting.leaderToken) })).text();
    expect(report).not.toContain('silence');
  });
});
