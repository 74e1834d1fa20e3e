// The HTTP half of the contract, against the real server.
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { JOIN_CODE_ALPHABET } from '../../shared/join-codes';
import { STANDARD_PHASE_IDS } from '../standard-phases';
import { createMeeting, joinMeeting, postJson, refusal, removeDir, serverForFile, startServer } from './harness';

const served = serverForFile({ joinRatePerMinute: 1000 });

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function expectError(response: { status: number; body: any }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
}

describe('health and templates', () => {
  it('reports health', async () => {
    const response = await fetch(`${served.url}/api/health`);
    expect(response.status).toBe(200);
    // The version is package.json's, and the store the one this run uses (TEST_REDIS=1: Redis).
    expect(await response.json()).toEqual({
      status: 'ok',
      version: packageJson.version,
      store: process.env.TEST_REDIS ? 'redis' : 'sqlite',
    });
  });

  it('lists the formats, standard first with the contract phase ids', async () => {
    const templates = await (await fetch(`${served.url}/api/templates`)).json();
    expect(templates.length).toBeGreaterThanOrEqual(6);
    const standard = templates.find((template: any) => template.id === 'standard');
    expect(standard.phases.map((phase: any) => phase.id)).toEqual([...STANDARD_PHASE_IDS]);
    for (const phase of standard.phases) {
      expect(phase).toMatchObject({ title: expect.any(String), durationSec: expect.any(Number), prompt: expect.any(String) });
    }
  });

  it('answers German requests with the formats too', async () => {
    const response = await fetch(`${served.url}/api/templates?lang=de`);
    expect(response.status).toBe(200);
    expect((await response.json()).length).toBeGreaterThanOrEqual(6);
  });
});

describe('starting a meeting', () => {
  it('returns tokens, a join code and links that carry tokens only in the fragment', async () => {
    const { status, body } = await postJson(`${served.url}/api/sessions`, { title: 'Tuesday group', template: 'uk-classic' });
    expect(status).toBe(201);
    expect(body.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    for (const token of [body.leaderToken, body.coLeaderToken, body.displayToken]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/); // ≥ 128 bits, URL-safe
    }
    expect(new Set([body.leaderToken, body.coLeaderToken, body.displayToken]).size).toBe(3);
    expect(body.links.leader).toBe(`/s/${body.sessionId}/leader#${body.leaderToken}`);
    expect(body.links.coLeader).toBe(`/s/${body.sessionId}/co-leader#${body.coLeaderToken}`);
    expect(body.links.display).toBe(`/s/${body.sessionId}/display#${body.displayToken}`);
    expect(body.links.join).toBe(`/join/${body.joinCode}`);
    for (const link of Object.values(body.links) as string[]) {
      const [path] = link.split('#');
      for (const token of [body.leaderToken, body.coLeaderToken, body.displayToken]) {
        expect(path).not.toContain(token);
      }
    }
  });

  it('takes an empty body and defaults to the standard format', async () => {
    const response = await fetch(`${served.url}/api/sessions`, { method: 'POST' });
    expect(response.status).toBe(201);
  });

  it.each([
    [{ template: 'no-such-format' }],
    [{ title: '' }],
    [{ title: '   ' }],
    [{ title: 'x'.repeat(121) }],
    [{ title: 42 }],
    [[1, 2]],
    ['"just a string"'],
  ])('refuses %j with invalid', async (body) => {
    expectError(await postJson(`${served.url}/api/sessions`, body), 400, 'invalid');
  });

  it('refuses malformed JSON and poisoned keys with invalid', async () => {
    expectError(await postJson(`${served.url}/api/sessions`, '{"title":'), 400, 'invalid');
    expectError(await postJson(`${served.url}/api/sessions`, '{"__proto__":{"x":1}}'), 400, 'invalid');
    expectError(await postJson(`${served.url}/api/sessions`, '{"constructor":{"prototype":{"x":1}}}'), 400, 'invalid');
  });

  it('refuses bodies over 16 KiB with too_large', async () => {
    expectError(await postJson(`${served.url}/api/sessions`, { title: 'x'.repeat(17 * 1024) }), 413, 'too_large');
  });
});

describe('joining', () => {
  it('admits a member by code, case-insensitively, trimming the name', async () => {
    const meeting = await createMeeting(served.url);
    const { status, body } = await postJson(`${served.url}/api/join`, {
      joinCode: meeting.joinCode.toLowerCase(),
      name: '  Ann  ',
    });
    expect(status).toBe(201);
    expect(body).toEqual({ sessionId: meeting.sessionId, participantId: expect.any(String), token: expect.any(String) });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it('answers an unknown code with not_found', async () => {
    expectError(await postJson(`${served.url}/api/join`, { joinCode: 'ZZZZZZ', name: 'Ann' }), 404, 'not_found');
  });

  it.each([
    [{ joinCode: 'ABCDEF' }],
    [{ joinCode: 'ABCDEF', name: '' }],
    [{ joinCode: 'ABCDEF', name: '    ' }],
    [{ joinCode: 'ABCDEF', name: 'x'.repeat(41) }],
    [{ joinCode: 7, name: 'Ann' }],
    [{}],
  ])('refuses %j with invalid', async (body) => {
    expectError(await postJson(`${served.url}/api/join`, body), 400, 'invalid');
  });

  it('accepts a 40-character name', async () => {
    const meeting = await createMeeting(served.url);
    const { status } = await postJson(`${served.url}/api/join`, { joinCode: meeting.joinCode, name: 'x'.repeat(40) });
    expect(status).toBe(201);
  });
});

describe('the process record', () => {
  it('is open to the leaders only', async () => {
    const meeting = await createMeeting(served.url, { title: 'Record' });
    const member = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const other = await createMeeting(served.url);
    const url = `${served.url}/api/sessions/${meeting.sessionId}/report`;

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: auth('not-a-token') })).status).toBe(401);
    expect((await fetch(url, { headers: auth(other.leaderToken) })).status).toBe(401);
    const forbidden = await fetch(url, { headers: auth(member.token) });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    expect((await fetch(url, { headers: auth(meeting.displayToken) })).status).toBe(403);

    for (const token of [meeting.leaderToken, meeting.coLeaderToken]) {
      const response = await fetch(url, { headers: auth(token) });
      expect(response.status).toBe(200);
      const report = await response.json();
      expect(report).toMatchObject({
        sessionId: meeting.sessionId,
        title: 'Record',
        format: 'standard',
        startedAt: expect.any(Number),
        endedAt: null,
        pauseSignals: 0,
        flags: [],
        leadership: [],
      });
      expect(report.rounds).toHaveLength(1);
      expect(report.rounds[0].phases[0]).toEqual({
        id: 'opening',
        title: expect.any(String),
        plannedSec: 180,
        actualSec: 0,
        pauseSignals: 0,
        startedAt: null,
      });
      expect(JSON.stringify(report)).not.toContain('Ann');
    }
  });

  it('comes as Markdown with ?format=md', async () => {
    const meeting = await createMeeting(served.url, { title: 'In Markdown' });
    const response = await fetch(`${served.url}/api/sessions/${meeting.sessionId}/report?format=md`, {
      headers: auth(meeting.leaderToken),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    const text = await response.text();
    expect(text).toContain('In Markdown');
    expect(text).toContain('Case presentation');
  });
});

describe('erasing a meeting', () => {
  it('takes the leader token only, then refuses every token of the meeting', async () => {
    const meeting = await createMeeting(served.url);
    const member = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const url = `${served.url}/api/sessions/${meeting.sessionId}`;

    expect((await fetch(url, { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(url, { method: 'DELETE', headers: auth(meeting.coLeaderToken) })).status).toBe(403);
    expect((await fetch(url, { method: 'DELETE', headers: auth(member.token) })).status).toBe(403);
    const deleted = await fetch(url, { method: 'DELETE', headers: auth(meeting.leaderToken) });
    expect(deleted.status).toBe(204);

    for (const token of [meeting.leaderToken, meeting.coLeaderToken, meeting.displayToken, member.token]) {
      expect(await refusal(served.url, token)).toBe('unauthorized');
    }
    const report = await fetch(`${url}/report`, { headers: auth(meeting.leaderToken) });
    expect(report.status).toBe(401);
    expectError(await postJson(`${served.url}/api/join`, { joinCode: meeting.joinCode, name: 'Bo' }), 404, 'not_found');
  });
});

describe('unknown routes', () => {
  it('answers unknown API paths with not_found', async () => {
    const response = await fetch(`${served.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('serves the app page for surface paths, with security headers', async () => {
    const response = await fetch(`${served.url}/s/anything/member`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('join rate limit', () => {
  it('caps failed join attempts per address with rate_limited; joins that succeed do not count', async () => {
    const limited = await startServer({ joinRatePerMinute: 3 });
    try {
      const meeting = await createMeeting(limited.url);
      for (let i = 0; i < 5; i += 1) {
        expect((await postJson(`${limited.url}/api/join`, { joinCode: meeting.joinCode, name: `M${i}` })).status).toBe(201);
      }
      for (const code of ['ZZZZZZ', 'YYYYYY', 'XXXXXX']) {
        expectError(await postJson(`${limited.url}/api/join`, { joinCode: code, name: 'Guess' }), 404, 'not_found');
      }
      expectError(await postJson(`${limited.url}/api/join`, { joinCode: meeting.joinCode, name: 'Late' }), 429, 'rate_limited');
    } finally {
      await limited.stop();
      removeDir(limited.dataDir);
    }
  });
});
