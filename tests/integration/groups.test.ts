// Groups without accounts over HTTP: a private token, the group's own formats, its meetings'
// records gathered on its page, and erasure of everything it holds.
import { describe, expect, it } from 'vitest';
import { connect, joinMeeting, postJson, refusal, serverForFile } from './harness';

const served = serverForFile({ joinRatePerMinute: 1000 });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function put(url: string, body: unknown, token: string) {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('groups', () => {
  it('creates a group with a private link', async () => {
    const { status, body } = await postJson(`${served.url}/api/groups`, { name: 'Thursday GP group' });
    expect(status).toBe(201);
    expect(body).toEqual({ groupId: expect.any(String), groupToken: expect.any(String), links: { group: expect.any(String) } });
    expect(body.groupToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(body.links.group).toBe(`/g/${body.groupId}#${body.groupToken}`);
  });

  it.each([[{}], [{ name: '' }], [{ name: 'x'.repeat(81) }], [{ name: 3 }]])('refuses %j', async (body) => {
    const { status, body: error } = await postJson(`${served.url}/api/groups`, body);
    expect(status).toBe(400);
    expect(error.error.code).toBe('invalid');
  });

  it('keeps its own formats, runs meetings with them and gathers their records', async () => {
    const group = (await postJson(`${served.url}/api/groups`, { name: 'Residents' })).body;
    const formatUrl = `${served.url}/api/groups/${group.groupId}/formats/short-evening`;
    const format = {
      title: 'Short evening',
      phases: [
        { id: 'opening', title: 'Arriving', durationSec: 120, prompt: 'Phones away.' },
        { id: 'case-call', title: 'Who has a case?', durationSec: 60, prompt: '' },
        { title: 'The case', durationSec: 600, prompt: 'Tell it your way.' },
      ],
    };
    expect((await put(formatUrl, format, 'wrong')).status).toBe(401);
    const saved = await put(formatUrl, format, group.groupToken);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: 'short-evening', title: 'Short evening' });
    expect(saved.body.phases.map((phase: { id: string }) => phase.id)).toEqual(['opening', 'case-call', 'phase-1']);
    expect((await put(formatUrl, { title: 'x', phases: [] }, group.groupToken)).status).toBe(400);
    expect((await put(`${served.url}/api/groups/${group.groupId}/formats/Bad_Id`, format, group.groupToken)).status).toBe(400);

    const created = await postJson(`${served.url}/api/sessions`, { title: 'Week 1', template: 'short-evening' }, bearer(group.groupToken));
    expect(created.status).toBe(201);
    const plain = await postJson(`${served.url}/api/sessions`, { template: 'short-evening' });
    expect(plain.status).toBe(400);
    expect((await postJson(`${served.url}/api/sessions`, {}, bearer('not-a-group-token'))).status).toBe(401);

    const ann = await joinMeeting(served.url, created.body.joinCode, 'Ann-Groupmember');
    const leader = await connect(served.url, created.body.leaderToken);
    expect(leader.latest().phases.map((phase) => phase.title)).toEqual(['Arriving', 'Who has a case?', 'The case']);
    expect(leader.latest()).toMatchObject({ groupId: group.groupId, format: 'short-evening' });
    await leader.send({ type: 'timer.resume' });
    await leader.send({ type: 'phase.next' });
    await leader.send({ type: 'session.end' });
    leader.close();

    const page = await fetch(`${served.url}/api/groups/${group.groupId}`, { headers: bearer(group.groupToken) });
    expect(page.status).toBe(200);
    const body = await page.json();
    expect(body).toMatchObject({ groupId: group.groupId, name: 'Residents' });
    expect(body.formats.map((f: { id: string }) => f.id)).toEqual(['short-evening']);
    expect(body.meetings).toHaveLength(1);
    expect(body.meetings[0]).toMatchObject({ sessionId: created.body.sessionId, title: 'Week 1', format: 'short-evening' });
    expect(body.meetings[0].endedAt).toEqual(expect.any(Number));
    expect(JSON.stringify(body)).not.toContain('Ann-Groupmember');
    expect(JSON.stringify(body)).not.toContain(ann.token);

    expect((await fetch(`${served.url}/api/groups/${group.groupId}`)).status).toBe(401);
    const other = (await postJson(`${served.url}/api/groups`, { name: 'Other' })).body;
    expect((await fetch(`${served.url}/api/groups/${group.groupId}`, { headers: bearer(other.groupToken) })).status).toBe(401);
  });

  it('keeps the step-back hints off for a format that turns them off', async () => {
    const group = (await postJson(`${served.url}/api/groups`, { name: 'Quiet phones' })).body;
    const saved = await put(
      `${served.url}/api/groups/${group.groupId}/formats/no-hints`,
      { title: 'No hints', hints: false, phases: [{ title: 'Only phase', durationSec: 600, prompt: '' }] },
      group.groupToken,
    );
    expect(saved.body).toMatchObject({ id: 'no-hints', hints: false });
    const created = await postJson(`${served.url}/api/sessions`, { template: 'no-hints' }, bearer(group.groupToken));
    const display = await connect(served.url, created.body.displayToken);
    expect(display.latest().hints).toBe(false);
    display.close();
  });

  it('erases the group, its formats and its meetings', async () => {
    const group = (await postJson(`${served.url}/api/groups`, { name: 'To be erased' })).body;
    const meeting = (await postJson(`${served.url}/api/sessions`, { title: 'Only meeting' }, bearer(group.groupToken))).body;
    const url = `${served.url}/api/groups/${group.groupId}`;
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(url, { method: 'DELETE', headers: bearer(group.groupToken) })).status).toBe(204);
    expect((await fetch(url, { headers: bearer(group.groupToken) })).status).toBe(401);
    expect(await refusal(served.url, meeting.leaderToken)).toBe('unauthorized');
    expect((await fetch(`${served.url}/api/sessions/${meeting.sessionId}/report`, { headers: bearer(meeting.leaderToken) })).status).toBe(401);
  });
});
