// Helpers for the leaders' records over HTTP: a request with a token, a group with its leaders, a
// meeting of the group run to its end with members, a flag and (if asked) a takeover.
import { expect } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { connect, joinMeeting, postJson, type Client } from './harness';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function call(method: string, url: string, token: string | null, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? bearer(token) : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, type, body: type.includes('json') && text ? JSON.parse(text) : text };
}

export interface Setup {
  base: string;
  groupId: string;
  token: string;
  anna: string;
  carl: string;
}

export async function groupWithLeaders(base: string, names = ['Anna Berg', 'C. D.']): Promise<Setup> {
  const group = (await postJson(`${base}/api/groups`, { name: 'Thursday GP group' })).body;
  const saved = await call('PUT', `${base}/api/groups/${group.groupId}/leaders`, group.groupToken, {
    version: 0,
    leaders: names.map((name) => ({ name })),
  });
  expect(saved.status).toBe(200);
  const [anna, carl] = saved.body.leaders.map((leader: { leaderId: string }) => leader.leaderId);
  return { base, groupId: group.groupId, token: group.groupToken, anna, carl };
}

/** A meeting of the group: members join (one is removed), the clock runs, and it ends. */
export async function runMeeting(
  setup: Setup,
  leaders: { ledBy: string | null; coLedBy: string | null },
  { takeover = false, connectClient = connect }: { takeover?: boolean; connectClient?: (base: string, token: string) => Promise<Client> } = {},
) {
  const created = await postJson(`${setup.base}/api/sessions`, { title: 'Thursday', ...leaders }, bearer(setup.token));
  expect(created.status).toBe(201);
  const meeting = created.body;
  const joined = [];
  for (const name of ['Zebediah-Quill', 'Ottoline-March', 'Perpetua-Vane']) joined.push(await joinMeeting(setup.base, meeting.joinCode, name));
  let leader = await connectClient(setup.base, meeting.leaderToken);
  const coLeader = await connectClient(setup.base, meeting.coLeaderToken);
  expect(await leader.send({ type: 'participant.remove', participantId: joined[2]!.participantId })).toMatchObject({ ok: true });
  expect(await leader.send({ type: 'timer.resume' })).toMatchObject({ ok: true });
  expect(await leader.send({ type: 'phase.next' })).toMatchObject({ ok: true });
  if (takeover) {
    leader.close();
    await coLeader.waitForView((view) => (view as LeadersView).leaderConnected === false);
    expect(await coLeader.send({ type: 'leader.takeover' })).toMatchObject({ ok: true });
    leader = await connectClient(setup.base, meeting.leaderToken);
  }
  expect(await coLeader.send({ type: 'flag.raise', kind: 'advice-giving', note: 'Kumquat-Lantern note' })).toMatchObject({ ok: true });
  expect(await leader.send({ type: 'session.end' })).toMatchObject({ ok: true });
  leader.close();
  coLeader.close();
  return { meeting, joined };
}

