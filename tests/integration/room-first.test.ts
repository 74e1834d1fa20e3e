// The room comes first, over real sockets: what each audience is sent (no cues to the room, no
// notice to the presenter, notices gone after a phase change and after their minute), the wall's
// rules at the edge, latecomers knocking at a locked room, and a record with no words in it.
import { describe, expect, it } from 'vitest';
import { CUE_KINDS } from '../../shared/cues';
import { NOTICE_LIFETIME_MS } from '../../shared/changes/signals';
import type { CreatedMeeting } from '../../shared/protocol';
import type { LeadersView, View } from '../../shared/views';
import { type Client, createMeeting, joinMeeting, postJson, refusal, serverForFile } from './harness';

/** The server's clock, moved by the tests: a notice's minute passes without waiting for it. */
let offsetMs = 0;
const now = () => Date.now() + offsetMs;

const server = serverForFile({ joinRatePerMinute: 1000, now });
const client = server.client;

interface Room {
  meeting: CreatedMeeting;
  leader: Client;
  coLeader: Client;
  display: Client;
  presenter: Client;
  presenterId: string;
  presenterToken: string;
  member: Client;
}

async function room(): Promise<Room> {
  const meeting = await createMeeting(server.url, { title: 'Thursday' });
  const presenterJoin = await joinMeeting(server.url, meeting.joinCode, 'Ann');
  const memberJoin = await joinMeeting(server.url, meeting.joinCode, 'Bo');
  const leader = await client(meeting.leaderToken);
  const r: Room = {
    meeting,
    leader,
    coLeader: await client(meeting.coLeaderToken),
    display: await client(meeting.displayToken),
    presenter: await client(presenterJoin.token),
    presenterId: presenterJoin.participantId,
    presenterToken: presenterJoin.token,
    member: await client(memberJoin.token),
  };
  await ok(leader, { type: 'timer.resume' });
  await ok(leader, { type: 'presenter.set', participantId: r.presenterId });
  await ok(leader, { type: 'phase.goto', phaseId: 'discussion' });
  return r;
}

async function ok(who: Client, command: Record<string, unknown>): Promise<number> {
  const reply = await who.send(command);
  if (!reply.ok) throw new Error(`${String(command.type)} refused: ${reply.error.code} ${reply.error.message}`);
  return reply.version;
}

const atVersion = (who: Client, version: number) => who.waitForView((view) => view.version >= version);

function fetchJson(path: string, init: RequestInit = {}) {
  return fetch(`${server.url}${path}`, init).then(async (response) => ({
    status: response.status,
    body: response.status === 204 ? null : await response.json(),
  }));
}

describe('what each audience is sent', () => {
  it('cues go between the leaders only, and the record counts them by kind', async () => {
    const r = await room();
    const version = await ok(r.coLeader, { type: 'cue.send', cue: 'let-silence-run' });
    await ok(r.leader, { type: 'cue.send', cue: 'you-take-this' });
    const leaders = (await r.leader.waitForView((view) => (view as LeadersView).cues?.length === 2)) as LeadersView;
    expect(leaders.cues.map(({ cue, from }) => ({ cue, from }))).toEqual([
      { cue: 'let-silence-run', from: 'co-leader' },
      { cue: 'you-take-this', from: 'leader' },
    ]);
    await r.coLeader.waitForView((view) => (view as LeadersView).cues?.length === 2);
    for (const who of [r.display, r.member, r.presenter]) {
      const seen = await atVersion(who, version + 1);
      expect(seen).not.toHaveProperty('cues');
      for (const view of who.views) expect(JSON.stringify(view)).not.toMatch(/let-silence-run|you-take-this/);
    }
    const report = await fetchJson(`/api/sessions/${r.meeting.sessionId}/report`, {
      headers: { authorization: `Bearer ${r.meeting.leaderToken}` },
    });
    expect(report.body.cues).toEqual({ 'let-silence-run': 1, 'you-take-this': 1 });
  });

  it("the presenter's phone never carries a notice; the others do", async () => {
    const r = await room();
    const version = await ok(r.leader, { type: 'notice.show', text: "Let's hear from someone who hasn't spoken yet." });
    for (const who of [r.member, r.display]) {
      expect((await atVersion(who, version)).notice?.text).toBe("Let's hear from someone who hasn't spoken yet.");
    }
    expect((await atVersion(r.presenter, version)).notice).toBeNull();
    for (const view of r.presenter.views) expect(view.notice).toBeNull();
    // Reconnecting, the presenter is sent the view without the notice too.
    const again = await client(r.presenterToken);
    expect(again.latest().notice).toBeNull();
    expect(again.latest().version).toBe(version);
  });

  it('a notice is gone from every view after the next phase change', async () => {
    const r = await room();
    await ok(r.leader, { type: 'notice.show', text: 'Back to the relationship.' });
    const version = await ok(r.leader, { type: 'phase.next' });
    for (const who of [r.leader, r.coLeader, r.member, r.display, r.presenter]) {
      expect((await atVersion(who, version)).notice).toBeNull();
    }
  });

  it('a notice clears itself a minute after it was shown: a change every view is sent', async () => {
    const r = await room();
    const shown = await ok(r.leader, { type: 'notice.show', text: 'Back to the relationship.' });
    await atVersion(r.display, shown);
    offsetMs += NOTICE_LIFETIME_MS + 1000;
    for (const who of [r.leader, r.coLeader, r.member, r.display]) {
      const cleared = await who.waitForView((view) => view.version === shown + 1, 10_000);
      expect(cleared.notice).toBeNull();
    }
  });

  it('every view carries the settings; a room that turns the clocks on is told at once', async () => {
    const r = await room();
    for (const who of [r.leader, r.member, r.display]) {
      expect(who.latest().settings).toEqual({ displayClock: 'quiet', phoneClock: false });
    }
    const version = await ok(r.leader, { type: 'room.settings', displayClock: 'full', phoneClock: true });
    for (const who of [r.leader, r.coLeader, r.member, r.display, r.presenter]) {
      expect((await atVersion(who, version)).settings).toEqual({ displayClock: 'full', phoneClock: true });
    }
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['an unknown cue', { type: 'cue.send', cue: 'hurry-up' }, 'invalid'],
    ['a cue with no kind', { type: 'cue.send' }, 'invalid'],
    ['settings with no field', { type: 'room.settings' }, 'invalid'],
    ['settings with a wrong value', { type: 'room.settings', displayClock: 'loud' }, 'invalid'],
    ['settings with a wrong type', { type: 'room.settings', phoneClock: 1 }, 'invalid'],
    ['admitting a knock that never was', { type: 'knock.admit', knockId: 'nobody' }, 'not_found'],
    ['no case outside the case call', { type: 'case.none' }, 'conflict'],
  ])('%s', async (_label, command, code) => {
    const r = await room();
    const before = r.leader.latest().version;
    const reply = await r.leader.send(command);
    expect(reply).toEqual({ ok: false, error: { code, message: expect.any(String) } });
    expect((await r.leader.send({ type: 'timer.pause' })).ok).toBe(true);
    expect(r.leader.latest().version).toBe(before + 1);
  });

  it('a member may not send a cue or change the settings', async () => {
    const r = await room();
    for (const command of [{ type: 'cue.send', cue: CUE_KINDS[0] }, { type: 'room.settings', phoneClock: true }]) {
      expect(await r.member.send(command)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('projecting a flag whose kind points at one person is forbidden; the flag stays open', async () => {
    const r = await room();
    await ok(r.coLeader, { type: 'flag.raise', kind: 'judgement' });
    const flagId = ((await r.leader.waitForView((view) => (view as LeadersView).flags?.length === 1)) as LeadersView).flags[0]!.id;
    const reply = await r.leader.send({ type: 'notice.show', text: 'Can we stay curious rather than judging?', flagId });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const leaders = r.leader.latest() as LeadersView;
    expect(leaders.flags[0]!.status).toBe('open');
    expect(leaders.notice).toBeNull();
  });
});

describe('the record holds no words typed during the meeting', () => {
  it('neither a notice, nor an edited line, nor a note', async () => {
    const r = await room();
    await ok(r.coLeader, { type: 'flag.raise', kind: 'advice-giving', note: 'Bo again with guidelines' });
    await ok(r.coLeader, { type: 'flag.raise', kind: 'airtime' });
    const flags = ((await r.leader.waitForView((view) => (view as LeadersView).flags?.length === 2)) as LeadersView).flags;
    await ok(r.leader, { type: 'notice.show', text: 'What is going on between the two of them?', flagId: flags[0]!.id });
    await ok(r.leader, { type: 'flag.update', flagId: flags[1]!.id, status: 'resolved', handled: 'said' });
    await ok(r.leader, { type: 'notice.show', text: 'A word of our own for the room' });
    const auth = { headers: { authorization: `Bearer ${r.meeting.leaderToken}` } };
    const json = await fetchJson(`/api/sessions/${r.meeting.sessionId}/report`, auth);
    expect(json.body.flags.map((flag: { handled: string }) => flag.handled)).toEqual(['projected-edited', 'said']);
    const markdown = await fetch(`${server.url}/api/sessions/${r.meeting.sessionId}/report?format=md`, auth).then((res) => res.text());
    for (const text of [JSON.stringify(json.body), markdown]) {
      expect(text).not.toContain('two of them');
      expect(text).not.toContain('word of our own');
      expect(text).not.toContain('guidelines');
    }
  });
});

describe('a latecomer knocks at a locked room', () => {
  async function lockedRoom(): Promise<Room> {
    const r = await room();
    await ok(r.leader, { type: 'room.lock' });
    return r;
  }

  it('a plain join still gets 423; a knock waits, the leaders see the name, the leader lets them in', async () => {
    const r = await lockedRoom();
    const join = await postJson(`${server.url}/api/join`, { joinCode: r.meeting.joinCode, name: 'Dana' });
    expect(join.status).toBe(423);

    const knocked = await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode.toLowerCase(), name: 'Dana' });
    expect(knocked.status).toBe(201);
    const { knockId, token } = knocked.body as { knockId: string; token: string };
    const bearer = { headers: { authorization: `Bearer ${token}` } };
    expect(await fetchJson(`/api/knock/${knockId}`, bearer)).toEqual({ status: 200, body: { status: 'waiting' } });
    // Until let in, the token opens no socket.
    expect(await refusal(server.url, token)).toBe('unauthorized');

    const leaders = (await r.leader.waitForView((view) => (view as LeadersView).knocks?.length === 1)) as LeadersView;
    expect(leaders.knocks[0]).toMatchObject({ knockId, name: 'Dana' });
    for (const who of [r.member, r.display]) expect(JSON.stringify(who.latest())).not.toContain('Dana');

    await ok(r.leader, { type: 'knock.admit', knockId });
    expect(await fetchJson(`/api/knock/${knockId}`, bearer)).toEqual({ status: 200, body: { status: 'admitted' } });
    const dana = await client(token);
    expect(dana.latest().role).toBe('member');
    const admitted = r.leader.latest() as LeadersView;
    expect(admitted.knocks).toEqual([]);
    expect(admitted.participants.find((person) => person.participantId === knockId)).toMatchObject({ name: 'Dana', late: true });

    // Admitting twice: a clear error, nothing changed.
    const version = r.leader.latest().version;
    expect(await r.leader.send({ type: 'knock.admit', knockId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(r.leader.latest().version).toBe(version);
  });

  it('the latecomer may stop waiting; their token then opens nothing', async () => {
    const r = await lockedRoom();
    const knocked = await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode, name: 'Eli' });
    const { knockId, token } = knocked.body as { knockId: string; token: string };
    const bearer = { headers: { authorization: `Bearer ${token}` } };
    expect((await fetchJson(`/api/knock/${knockId}`, { ...bearer, method: 'DELETE' })).status).toBe(204);
    await r.leader.waitForView((view) => (view as LeadersView).knocks?.length === 0);
    expect((await fetchJson(`/api/knock/${knockId}`, bearer)).status).toBe(401);
  });

  it('knocking at an open room, an ended meeting, with bad input or a stranger token: clear errors', async () => {
    const r = await room();
    const open = await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode, name: 'Fay' });
    expect(open.status).toBe(409);
    expect(open.body).toMatchObject({ error: { code: 'conflict' } });
    expect((await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode })).status).toBe(400);
    expect((await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode, name: '   ' })).status).toBe(400);

    await ok(r.leader, { type: 'room.lock' });
    const knocked = await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode, name: 'Gil' });
    const { knockId } = knocked.body as { knockId: string };
    const stranger = { headers: { authorization: `Bearer ${r.meeting.displayToken}` } };
    expect((await fetchJson(`/api/knock/${knockId}`, stranger)).status).toBe(401);

    await ok(r.leader, { type: 'session.end' });
    const ended = await postJson(`${server.url}/api/knock`, { joinCode: r.meeting.joinCode, name: 'Hal' });
    expect(ended.status).toBe(404);
    expect(ended.body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('no case today', () => {
  it('ends the case call in the closing, and the record says so', async () => {
    const meeting = await createMeeting(server.url, { title: 'Quiet Thursday' });
    const leader = await client(meeting.leaderToken);
    await ok(leader, { type: 'timer.resume' });
    await ok(leader, { type: 'phase.next' });
    const version = await ok(leader, { type: 'case.none', then: 'closing' });
    const seen: View = await atVersion(leader, version);
    expect(seen.phase.id).toBe('closing');
    const report = await fetchJson(`/api/sessions/${meeting.sessionId}/report`, {
      headers: { authorization: `Bearer ${meeting.leaderToken}` },
    });
    expect(report.body.rounds.map((round: { kind: string }) => round.kind)).toEqual(['no-case']);
  });
});
