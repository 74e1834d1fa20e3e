// The HTTP edge in order: who may ask comes before what was sent, and a route's schema refuses bad
// input as a 400 `invalid` with the first issue and where it is.
import { describe, expect, it } from 'vitest';
import { createMeeting, postJson, serverForFile } from './harness';

const server = serverForFile();
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function put(url: string, body: unknown, token: string) {
  const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', ...auth(token) }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe('the HTTP edge', () => {
  it('asks for the token before it reads the body', async () => {
    const meeting = await createMeeting(server.url);
    const links = `${server.url}/api/sessions/${meeting.sessionId}/links`;
    expect(await postJson(links, { role: 'nobody' }, auth('not-a-token'))).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', message: 'A valid token for this meeting is required.' } },
    });
    expect(await postJson(links, { role: 'nobody' }, auth(meeting.coLeaderToken))).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: 'This token may not do that.' } },
    });
    const group = (await postJson(`${server.url}/api/groups`, { name: 'Thursday group' })).body;
    const refused = await put(`${server.url}/api/groups/${group.groupId}/checkout`, { enabled: 'yes' }, meeting.leaderToken);
    expect(refused).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: 'A valid token for this group is required.' } } });
  });

  it('refuses what the schema does not allow with the first issue and where it is', async () => {
    const meeting = await createMeeting(server.url);
    const refused = await postJson(`${server.url}/api/sessions/${meeting.sessionId}/links`, { role: 'nobody' }, auth(meeting.leaderToken));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: { code: 'invalid', message: expect.stringMatching(/^role: /) } });
    const titled = await postJson(`${server.url}/api/sessions`, { title: 5 });
    expect(titled).toEqual({ status: 400, body: { error: { code: 'invalid', message: 'title: Invalid input: expected string, received number' } } });
  });

  it('reads a request without a body as an empty one, as before the schemas', async () => {
    const response = await fetch(`${server.url}/api/sessions`, { method: 'POST' });
    expect(response.status).toBe(201);
  });
});
