// The anonymous check-out on the running server: the group's setting and results with the group
// token only; answers on members' phones at the closing (values 1–5, once each); the "answered"
// marks gone from every file on disk when the meeting ends, and the counts holding no one's id.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CreatedMeeting, JoinedMeeting } from '../../shared/protocol';
import type { LeadersView, RoomView } from '../../shared/views';
import { checkoutMark } from '../../server/checkout-marks';
import { connect, joinMeeting, postJson, serverForFile, type Client } from './harness';

const served = serverForFile({ joinRatePerMinute: 1000 });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function request(method: string, path: string, token: string | null, body?: unknown) {
  const response = await fetch(`${served.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? bearer(token) : {}) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Every database file in the data folder whose raw bytes hold `text` (the log and its index too). */
function filesHolding(text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const dir = served.dataDir;
  return readdirSync(dir)
    .filter((file) => file.startsWith('balint-live'))
    .filter((file) => readFileSync(join(dir, file)).includes(needle));
}

async function newGroup(checkout: boolean): Promise<{ groupId: string; groupToken: string }> {
  const group = (await postJson(`${served.url}/api/groups`, { name: 'Thursday GP group' })).body;
  if (checkout) expect((await request('PUT', `/api/groups/${group.groupId}/checkout`, group.groupToken, { enabled: true })).status).toBe(200);
  return group;
}

interface Room {
  meeting: CreatedMeeting;
  leader: Client;
  display: Client;
  joined: JoinedMeeting[];
  phones: Client[];
}

/** A group's meeting with members in, at its closing. */
async function roomAtClosing(groupToken: string | null, members: number): Promise<Room> {
  const created = await postJson(`${served.url}/api/sessions`, { title: 'Week 1' }, groupToken ? bearer(groupToken) : {});
  const meeting = created.body as CreatedMeeting;
  const joined: JoinedMeeting[] = [];
  for (let index = 0; index < members; index += 1) joined.push(await joinMeeting(served.url, meeting.joinCode, `Member${index}`));
  const leader = await served.client(meeting.leaderToken);
  const display = await served.client(meeting.displayToken);
  const phones: Client[] = [];
  for (const member of joined) phones.push(await served.client(member.token));
  const moved = await leader.send({ type: 'phase.goto', phaseId: 'closing' });
  expect(moved.ok).toBe(true);
  for (const phone of phones) await phone.waitForView((view) => view.phase.id === 'closing');
  return { meeting, leader, display, joined, phones };
}

const answer = (safety: unknown, focus: unknown) => ({ type: 'checkout.answer', answers: { safety, focus } });

describe("the group's check-out setting and results", () => {
  it('opens with the group token only: never a meeting token, another group, or none', async () => {
    const group = await newGroup(false);
    const other = await newGroup(false);
    const path = `/api/groups/${group.groupId}/checkout`;
    expect(await request('GET', path, group.groupToken)).toEqual({ status: 200, body: { enabled: false, meetings: [] } });
    expect(await request('PUT', path, group.groupToken, { enabled: true })).toEqual({ status: 200, body: { enabled: true } });
    expect((await request('GET', path, group.groupToken)).body.enabled).toBe(true);

    const room = await roomAtClosing(group.groupToken, 1);
    const tokens = [null, 'not-a-token', other.groupToken, room.meeting.leaderToken, room.meeting.coLeaderToken, room.meeting.displayToken, room.joined[0]!.token];
    for (const token of tokens) {
      for (const [method, body] of [['GET', undefined], ['PUT', { enabled: false }]] as const) {
        const refused = await request(method, path, token, body);
        expect(refused.status, `${method} with ${token?.slice(0, 6)}`).toBe(401);
        expect(refused.body.error.code).toBe('unauthorized');
      }
    }
    expect((await request('GET', path, group.groupToken)).body.enabled).toBe(true);
  });

  it.each([[{}], [{ enabled: 'yes' }], [{ enabled: true, extra: 1 }], ['[]']])('refuses the setting %j, changing nothing', async (body) => {
    const group = await newGroup(true);
    const refused = await request('PUT', `/api/groups/${group.groupId}/checkout`, group.groupToken, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid');
    expect((await request('GET', `/api/groups/${group.groupId}/checkout`, group.groupToken)).body.enabled).toBe(true);
  });

  it('is off unless the group turned it on: no invitation on phones, answers refused', async () => {
    for (const groupToken of [null, (await newGroup(false)).groupToken]) {
      const room = await roomAtClosing(groupToken, 1);
      expect(room.phones[0]!.latest()).not.toHaveProperty('checkoutOpen');
      expect(room.leader.latest()).not.toHaveProperty('checkout');
      const refused = await room.phones[0]!.send(answer(4, 4));
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
  });
});

describe('answering at the closing', () => {
  it('takes values 1–5 once per member; refuses the rest with clear errors and changes nothing', async () => {
    const group = await newGroup(true);
    const room = await roomAtClosing(group.groupToken, 3);
    const [phone] = room.phones as [Client];
    expect((phone.latest() as RoomView).checkoutOpen).toBe(true);
    expect(room.display.latest()).not.toHaveProperty('checkoutOpen');
    expect((room.leader.latest() as LeadersView).checkout).toEqual({ answered: 0 });

    const version = room.leader.latest().version;
    for (const wrong of [answer(0, 3), answer(6, 3), answer(2.5, 3), answer('3', 3), { type: 'checkout.answer', answers: { safety: 3 } }]) {
      const refused = await phone.send(wrong);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.any(String) } });
    }
    expect(await room.leader.send(answer(3, 3))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await room.display.send(answer(3, 3))).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const first = await phone.send(answer(5, 4));
    expect(first).toEqual({ ok: true, version: version + 1 });
    const twice = await phone.send(answer(1, 1));
    expect(twice).toEqual({ ok: false, error: { code: 'conflict', message: 'You have already answered the check-out.' } });
    const leaders = (await room.leader.waitForView((view) => view.version === version + 1)) as LeadersView;
    expect(leaders.checkout).toEqual({ answered: 1 });

    // The leaders see how many answered while the meeting runs, never what.
    const report = await request('GET', `/api/sessions/${room.meeting.sessionId}/report`, room.meeting.leaderToken);
    expect(report.body.checkout).toEqual({ answered: 1, tooFew: true });
    expect(room.leader.latest().version).toBe(version + 1);
  });

  it('drops the "answered" marks from every file when the meeting ends; the counts hold no one', async () => {
    const group = await newGroup(true);
    const room = await roomAtClosing(group.groupToken, 3);
    const { sessionId } = room.meeting;
    for (const [index, phone] of room.phones.entries()) expect((await phone.send(answer(index + 1, 5))).ok).toBe(true);

    const marks = room.joined.map((member) => checkoutMark(sessionId, member.participantId));
    for (const mark of marks) expect(filesHolding(mark).length).toBeGreaterThan(0);
    // The counts, in the saved meeting, name nobody even while it runs.
    const running = (await request('GET', `/api/sessions/${sessionId}/report`, room.meeting.leaderToken)).body;
    expect(JSON.stringify(running.checkout)).not.toMatch(new RegExp(room.joined.map((member) => member.participantId).join('|')));

    expect((await room.leader.send({ type: 'session.end' })).ok).toBe(true);
    for (const mark of marks) expect(filesHolding(mark)).toEqual([]);
    for (const member of room.joined) expect(filesHolding(member.participantId).filter((file) => file.endsWith('-wal'))).toEqual([]);

    const report = await request('GET', `/api/sessions/${sessionId}/report`, room.meeting.leaderToken);
    expect(report.body.checkout).toEqual({ answered: 3, counts: { safety: [1, 1, 1, 0, 0], focus: [0, 0, 0, 0, 3] } });
    for (const member of room.joined) expect(JSON.stringify(report.body)).not.toContain(member.participantId);
    for (const token of [room.meeting.displayToken, room.joined[0]!.token]) {
      // Refused as a wrong role's token (the contract's report is the leaders').
      expect([401, 403]).toContain((await request('GET', `/api/sessions/${sessionId}/report`, token)).status);
    }
    const trend = await request('GET', `/api/groups/${group.groupId}/checkout`, group.groupToken);
    expect(trend.body.meetings).toEqual([
      { sessionId, startedAt: expect.any(Number), endedAt: expect.any(Number), result: report.body.checkout },
    ]);
  });

  it('shows nothing of two answers: "too few", and the saved meeting keeps no counts', async () => {
    const group = await newGroup(true);
    const room = await roomAtClosing(group.groupToken, 2);
    for (const phone of room.phones) expect((await phone.send(answer(2, 4))).ok).toBe(true);
    expect((await room.leader.send({ type: 'session.end' })).ok).toBe(true);
    const trend = await request('GET', `/api/groups/${group.groupId}/checkout`, group.groupToken);
    expect(trend.body.meetings.map((meeting: { result: unknown }) => meeting.result)).toEqual([{ answered: 2, tooFew: true }]);
    // Both answered "2" for safety: its count would read 2 in the second slot of a saved tally.
    expect(filesHolding('"safety":[0,2,0,0,0]')).toEqual([]);
  });

  it('erasing the group erases its check-outs and their marks', async () => {
    const group = await newGroup(true);
    const room = await roomAtClosing(group.groupToken, 1);
    expect((await room.phones[0]!.send(answer(3, 3))).ok).toBe(true);
    const mark = checkoutMark(room.meeting.sessionId, room.joined[0]!.participantId);
    expect(filesHolding(mark).length).toBeGreaterThan(0);
    expect((await request('DELETE', `/api/groups/${group.groupId}`, group.groupToken)).status).toBe(204);
    expect((await request('GET', `/api/groups/${group.groupId}/checkout`, group.groupToken)).status).toBe(401);
    expect(filesHolding(mark)).toEqual([]);
    expect(filesHolding(room.meeting.sessionId)).toEqual([]);
  });
});
