// The Socket.IO commands over real sockets: phases, timer, flags, pause signals, presenter, lock,
// removal, ending and takeover, each acked once and seen by the right people.
import { describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { STANDARD_PHASE_IDS } from '../standard-phases';
import { joinMeeting, refusal, serverForFile, sleep } from './harness';
import { PRIVATE_KEYS, roomsOn } from './realtime-room';

const served = serverForFile({ joinRatePerMinute: 1000, takeoverAfterSec: 0 });
const client = served.client;
const room = roomsOn(served);

describe('commands', () => {
  it('moves through every phase, each change one version, seen by everyone', async () => {
    const { leader, display, ann } = await room();
    let version = leader.latest().version;
    const ids: string[] = [];
    expect(await leader.send({ type: 'timer.resume' })).toEqual({ ok: true, version: ++version });
    for (let i = 0; i < 6; i += 1) {
      const reply = await leader.send({ type: 'phase.next' });
      expect(reply).toEqual({ ok: true, version: ++version });
      const seen = await Promise.all([display, ann].map((c) => c.waitForView((view) => view.version === version)));
      ids.push(seen[0]!.phase.id);
      expect(seen[1]!.phase.id).toBe(seen[0]!.phase.id);
    }
    expect(ids).toEqual(STANDARD_PHASE_IDS.slice(1)); // every phase after the opening, in order
    expect(await leader.send({ type: 'phase.next' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await leader.send({ type: 'phase.goto', phaseId: 'discussion' })).toEqual({ ok: true, version: ++version });
    expect(await leader.send({ type: 'phase.goto', phaseId: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await leader.send({ type: 'phase.previous' })).toEqual({ ok: true, version: ++version });
    const view = await ann.waitForView((v) => v.version === version);
    expect(view.phase.id).toBe('clarifying-questions');
  });

  it('pauses, resumes and extends the timer', async () => {
    const { leader, display } = await room();
    await leader.send({ type: 'timer.resume' });
    await leader.send({ type: 'phase.next' });
    await sleep(30);
    const paused = await leader.send({ type: 'timer.pause' });
    expect(paused.ok).toBe(true);
    let view = await display.waitForView((v) => v.version === (paused as { version: number }).version);
    expect(view.phase.timer.runningSince).toBeNull();
    expect(view.phase.timer.elapsedMs).toBeGreaterThan(0);
    expect(await leader.send({ type: 'timer.pause' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const extended = await leader.send({ type: 'timer.extend', seconds: 120 });
    view = await display.waitForView((v) => v.version === (extended as { version: number }).version);
    expect(view.phase.timer.durationSec).toBe(120 + 120);
    const resumed = await leader.send({ type: 'timer.resume' });
    view = await display.waitForView((v) => v.version === (resumed as { version: number }).version);
    expect(view.phase.timer.runningSince).toEqual(expect.any(Number));
  });

  it('refuses leader commands from members and the display, and changes nothing', async () => {
    const { leader, display, ann, coLeader } = await room();
    const version = leader.latest().version;
    for (const c of [display, ann, coLeader]) {
      for (const command of [
        { type: 'phase.next' },
        { type: 'notice.show', text: 'hi' },
        { type: 'room.lock' },
        { type: 'session.end' },
      ]) {
        expect(await c.send(command)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      }
    }
    for (const command of [{ type: 'flag.raise', kind: 'airtime' }, { type: 'case.volunteer', volunteer: true }]) {
      expect(await display.send(command)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await leader.send({ type: 'case.volunteer', volunteer: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await sleep(50);
    expect(leader.latest().version).toBe(version);
  });

  it('carries a flag to the leaders only, and its redirect to the whole room', async () => {
    const { leader, coLeader, display, ann } = await room();
    const raised = await coLeader.send({ type: 'flag.raise', kind: 'cross-examination', note: 'Bo asks why again' });
    expect(raised.ok).toBe(true);
    const version = (raised as { version: number }).version;
    const leaderView = (await leader.waitForView((v) => v.version === version)) as LeadersView;
    expect(leaderView.flags).toEqual([
      { id: expect.any(String), kind: 'cross-examination', status: 'open', raisedAt: expect.any(Number), note: 'Bo asks why again' },
    ]);
    for (const c of [display, ann]) {
      const seen = await c.waitForView((v) => v.version === version);
      expect(JSON.stringify(seen)).not.toContain('Bo asks why');
      expect(JSON.stringify(seen)).not.toContain('cross-examination');
      for (const key of PRIVATE_KEYS) expect(seen).not.toHaveProperty(key);
    }
    const flagId = leaderView.flags[0]!.id;
    const sent = await leader.send({ type: 'notice.show', text: "Let's stop asking and wonder about it ourselves.", flagId });
    expect(sent.ok).toBe(true);
    const after = (sent as { version: number }).version;
    const shown = await display.waitForView((v) => v.version === after);
    expect(shown.notice).toEqual({ text: "Let's stop asking and wonder about it ourselves.", at: expect.any(Number) });
    expect((await ann.waitForView((v) => v.version === after)).notice?.text).toContain('stop asking');
    const resolved = (await coLeader.waitForView((v) => v.version === after)) as LeadersView;
    expect(resolved.flags[0]!.status).toBe('resolved');
    expect(await coLeader.send({ type: 'flag.update', flagId, status: 'dismissed' })).toMatchObject({ ok: true });
    expect(await coLeader.send({ type: 'flag.update', flagId: 'flag-999', status: 'dismissed' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await leader.send({ type: 'notice.clear' })).toMatchObject({ ok: true });
  });

  it('counts pause signals for the leaders, anonymously and once a minute per member', async () => {
    const { leader, ann, bo, display } = await room();
    expect(await ann.send({ type: 'pause.signal' })).toMatchObject({ ok: true });
    expect(await ann.send({ type: 'pause.signal' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    const reply = await bo.send({ type: 'pause.signal' });
    const version = (reply as { version: number }).version;
    const view = (await leader.waitForView((v) => v.version === version)) as LeadersView;
    expect(view.pauseSignals).toBe(2);
    // Who asked is nowhere: a participant is only id, name, connection and volunteering.
    for (const participant of view.participants) {
      expect(Object.keys(participant).sort()).toEqual(['connected', 'late', 'name', 'participantId', 'volunteer']);
    }
    expect(await display.waitForView((v) => v.version === version)).not.toHaveProperty('pauseSignals');
  });

  it('lets members volunteer and the leader pick the presenter', async () => {
    const { leader, ann, annId, bo } = await room();
    const volunteered = await ann.send({ type: 'case.volunteer', volunteer: true });
    const v1 = (volunteered as { version: number }).version;
    const view = (await leader.waitForView((v) => v.version === v1)) as LeadersView;
    expect(view.participants.find((p) => p.participantId === annId)?.volunteer).toBe(true);
    const picked = await leader.send({ type: 'presenter.set', participantId: annId });
    const v2 = (picked as { version: number }).version;
    expect((await bo.waitForView((v) => v.version === v2)).presenter).toEqual({ participantId: annId, name: 'Ann' });
    const boSelves = bo.selves.length;
    await sleep(50);
    expect(ann.selves.at(-1)).toMatchObject({ presenter: true, volunteer: true });
    // Only the member whose own status changed hears about it.
    expect(bo.selves).toHaveLength(boSelves);
    expect(await leader.send({ type: 'presenter.set', participantId: 'ghost' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await leader.send({ type: 'presenter.set', participantId: null })).toMatchObject({ ok: true });
  });

  it('locks the room against new joins', async () => {
    const { leader, meeting } = await room();
    expect(await leader.send({ type: 'room.lock' })).toMatchObject({ ok: true });
    const refused = await fetch(`${served.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: meeting.joinCode, name: 'Late' }),
    });
    expect(refused.status).toBe(423);
    expect(await refused.json()).toEqual({ error: { code: 'locked', message: expect.any(String) } });
    expect(await leader.send({ type: 'room.unlock' })).toMatchObject({ ok: true });
    await joinMeeting(served.url, meeting.joinCode, 'Late');
  });

  it('removes a participant: their socket is told and closed, their token refused', async () => {
    const { leader, meeting } = await room();
    const joined = await joinMeeting(served.url, meeting.joinCode, 'Cy');
    const cy = await client(joined.token);
    const closed = new Promise((resolve) => cy.socket.once('closed', resolve));
    const disconnected = new Promise((resolve) => cy.socket.once('disconnect', resolve));
    const reply = await leader.send({ type: 'participant.remove', participantId: joined.participantId });
    expect(reply.ok).toBe(true);
    expect(await closed).toBe('removed');
    expect(await disconnected).toBe('io server disconnect');
    expect(await refusal(served.url, joined.token)).toBe('unauthorized');
    const view = (await leader.waitForView((v) => v.version === (reply as { version: number }).version)) as LeadersView;
    expect(view.participants.map((p) => p.name)).not.toContain('Cy');
  });

  it('ends the meeting: names gone, every later command a conflict', async () => {
    const { leader, coLeader, ann, display, meeting } = await room();
    await coLeader.send({ type: 'flag.raise', kind: 'airtime', note: 'secret note' });
    const ended = await leader.send({ type: 'session.end' });
    const version = (ended as { version: number }).version;
    const leaderView = (await leader.waitForView((v) => v.version === version)) as LeadersView;
    expect(leaderView.ended).toBe(true);
    expect(leaderView.participants).toEqual([]);
    expect(JSON.stringify(leaderView)).not.toContain('secret note');
    expect((await ann.waitForView((v) => v.version === version)).ended).toBe(true);
    expect((await display.waitForView((v) => v.version === version)).ended).toBe(true);
    for (const [c, command] of [
      [leader, { type: 'phase.next' }],
      [coLeader, { type: 'flag.raise', kind: 'time' }],
      [ann, { type: 'pause.signal' }],
      [leader, { type: 'session.end' }],
    ] as const) {
      expect(await c.send(command)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    const join = await fetch(`${served.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: meeting.joinCode, name: 'Late' }),
    });
    expect(join.status).toBe(404);
    const report = await (
      await fetch(`${served.url}/api/sessions/${meeting.sessionId}/report`, { headers: { authorization: `Bearer ${meeting.leaderToken}` } })
    ).json();
    expect(report.endedAt).toEqual(expect.any(Number));
    expect(report.flags).toEqual([
      { kind: 'airtime', raisedAt: expect.any(Number), status: 'open', round: 0, phaseId: 'opening' },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Ann|Bo"|secret note/);
  });

  it('lets the co-leader take over only while the leader is gone, and hand back', async () => {
    const { meeting, coLeader, leader, display } = await room();
    expect(await coLeader.send({ type: 'leader.takeover' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    leader.close();
    await coLeader.waitForView((v) => (v as LeadersView).leaderConnected === false);
    const taken = await coLeader.send({ type: 'leader.takeover' });
    expect(taken.ok).toBe(true);
    expect(await coLeader.send({ type: 'phase.next' })).toMatchObject({ ok: true });
    expect(await coLeader.send({ type: 'session.end' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const seen = await display.waitForView((v) => v.acting === 'co-leader' && v.phase.id === 'case-call');
    expect(seen.phase.id).toBe('case-call');
    const back = await client(meeting.leaderToken);
    expect(back.latest().acting).toBe('co-leader');
    expect(await back.send({ type: 'phase.next' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await back.send({ type: 'leader.return' })).toMatchObject({ ok: true });
    expect(await back.send({ type: 'phase.next' })).toMatchObject({ ok: true });
    const report = await (
      await fetch(`${served.url}/api/sessions/${meeting.sessionId}/report`, { headers: { authorization: `Bearer ${meeting.leaderToken}` } })
    ).json();
    expect(report.leadership.map((change: { event: string }) => change.event)).toEqual(['takeover', 'handback']);
  });
});
