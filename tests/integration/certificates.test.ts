// Attendance certificates over the real server: only members who were connected take one, once
// each, within a day of the end, with their own token only; the name they type is nowhere on disk
// or in the logs afterwards, and the record keeps only the count. In Redis mode two processes
// share the "was there" and "issued" marks and the signing key.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting, postJson, tempDataDir } from './harness';
import { redisFilesHolding, startRedis } from './redis';
import { serversPerTest } from './servers-per-test';

const { server, client, redises, folders } = serversPerTest({ joinRatePerMinute: 1000 });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const take = (url: string, sessionId: string, token: string | null, name: string) =>
  postJson(`${url}/api/sessions/${sessionId}/certificates`, { name }, token === null ? {} : bearer(token));
const check = (url: string, certificate: string) => postJson(`${url}/api/verify`, { certificate });

/** Every file in the folder (the database, its log and shared memory, the key file) that holds `text`. */
function filesHolding(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(needle));
}

async function report(url: string, sessionId: string, token: string) {
  const response = await fetch(`${url}/api/sessions/${sessionId}/report`, { headers: bearer(token) });
  return response.json();
}

describe('attendance certificates', () => {
  it('go to members who were connected, once each, and leave no name on disk or in the logs', async () => {
    const lines: string[] = [];
    const started = await server({ logLevel: 'trace', logStream: { write: (line) => lines.push(line) } });
    const { url } = started;
    const group = (await postJson(`${url}/api/groups`, { name: 'Residents 2026' })).body;
    const meeting = (await postJson(`${url}/api/sessions`, { title: 'Thursday group' }, bearer(group.groupToken))).body;
    const stayed = await joinMeeting(url, meeting.joinCode, 'Ana');
    const left = await joinMeeting(url, meeting.joinCode, 'Ben');
    const never = await joinMeeting(url, meeting.joinCode, 'Cleo');
    const leader = await client(url, meeting.leaderToken);
    await client(url, stayed.token);
    // Ben's phone went dark before the end: he was there all the same.
    (await client(url, left.token)).close();

    expect((await take(url, meeting.sessionId, stayed.token, 'Dr. Zebediah Certname')).status).toBe(409);
    expect(await leader.send({ type: 'session.end' })).toMatchObject({ ok: true });

    const names = ['Dr. Zebediah Certname', 'Ottoline Certname'];
    const first = await take(url, meeting.sessionId, stayed.token, names[0]!);
    expect(first.status).toBe(201);
    expect(first.body.certificate).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const verified = await check(url, first.body.certificate);
    expect(verified).toEqual({
      status: 200,
      body: {
        valid: true,
        attests: {
          name: names[0],
          title: 'Thursday group',
          format: expect.any(String),
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          plannedMin: expect.any(Number),
          actualMin: expect.any(Number),
          group: 'Residents 2026',
        },
      },
    });

    // Once each: a second time is a conflict, whatever the name.
    expect(await take(url, meeting.sessionId, stayed.token, 'Someone')).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((await take(url, meeting.sessionId, left.token, names[1]!)).status).toBe(201);
    expect(await take(url, meeting.sessionId, never.token, 'Cleo')).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });

    // Any token but the member's own of this meeting: 401.
    const other = await createMeeting(url, { title: 'Other' });
    for (const token of [meeting.leaderToken, meeting.coLeaderToken, meeting.displayToken, group.groupToken, 'not-a-token', null]) {
      expect(await take(url, meeting.sessionId, token, 'Ana')).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    }
    expect((await take(url, other.sessionId, never.token, 'Cleo')).status).toBe(401);
    // Bad bodies change nothing: Cleo is still refused for never having been there, not counted.
    for (const body of [{ name: '' }, { name: 'x'.repeat(81) }, { name: 42 }, {}, '[]']) {
      const response = await postJson(`${url}/api/sessions/${meeting.sessionId}/certificates`, body, bearer(never.token));
      expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid' } } });
    }

    // The record counts them, and knows nobody.
    const record = await report(url, meeting.sessionId, meeting.leaderToken);
    expect(record.certificates).toBe(2);
    const markdown = await (await fetch(`${url}/api/sessions/${meeting.sessionId}/report?format=md`, { headers: bearer(meeting.leaderToken) })).text();
    expect(markdown).toContain('- Attendance certificates issued: 2');
    for (const name of names) {
      expect(JSON.stringify(record)).not.toContain(name);
      expect(filesHolding(started.dataDir, name)).toEqual([]);
      for (const line of lines) expect(line).not.toContain(name);
    }
    expect(filesHolding(started.dataDir, first.body.certificate)).toEqual([]);
    expect(lines.some((line) => line.includes('/certificates'))).toBe(true);
  });

  it('checks a certificate: altered, unsigned or malformed is not valid; the public keys are listed', async () => {
    const { url } = await server();
    const meeting = await createMeeting(url, { title: 'Checked' });
    const joined = await joinMeeting(url, meeting.joinCode, 'Ana');
    const leader = await client(url, meeting.leaderToken);
    await client(url, joined.token);
    await leader.send({ type: 'session.end' });
    const { certificate } = (await take(url, meeting.sessionId, joined.token, 'Ana Residency')).body as { certificate: string };

    const middle = Math.floor(certificate.length / 3);
    const altered = certificate.slice(0, middle) + (certificate[middle] === 'A' ? 'B' : 'A') + certificate.slice(middle + 1);
    for (const text of [altered, 'hello', '', certificate.split('.').slice(0, 2).join('.')]) {
      expect(await check(url, text)).toEqual({ status: 200, body: { valid: false } });
    }
    for (const body of [{}, { certificate: 7 }, { certificate: 'x'.repeat(5000) }]) {
      expect((await postJson(`${url}/api/verify`, body)).status).toBe(400);
    }
    const keys = await (await fetch(`${url}/api/verify/keys`)).json();
    expect(keys).toEqual({ keys: [{ id: certificate.split('.')[1], publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), current: true }] });
  });

  it('can be taken for a day after the end, not later', async () => {
    let clock = Date.now();
    const { url } = await server({ now: () => clock });
    const meeting = await createMeeting(url, { title: 'A day' });
    const early = await joinMeeting(url, meeting.joinCode, 'Ana');
    const late = await joinMeeting(url, meeting.joinCode, 'Ben');
    const leader = await client(url, meeting.leaderToken);
    await client(url, early.token);
    await client(url, late.token);
    await leader.send({ type: 'session.end' });
    clock += 23 * 60 * 60 * 1000;
    expect((await take(url, meeting.sessionId, early.token, 'Ana')).status).toBe(201);
    clock += 2 * 60 * 60 * 1000;
    expect(await take(url, meeting.sessionId, late.token, 'Ben')).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((await report(url, meeting.sessionId, meeting.leaderToken)).certificates).toBe(1);
  });

  it('keep who was there and who took one for the day only; the sweep drops them, the count stays', async () => {
    let clock = Date.now();
    const started = await server({ now: () => clock });
    const { url } = started;
    const meeting = await createMeeting(url, { title: 'Swept' });
    const joined = await joinMeeting(url, meeting.joinCode, 'Ana');
    const leader = await client(url, meeting.leaderToken);
    await client(url, joined.token);
    await leader.send({ type: 'session.end' });
    expect((await take(url, meeting.sessionId, joined.token, 'Ana')).status).toBe(201);
    const marks = () => {
      const db = new Database(join(started.dataDir, 'balint-live.sqlite'), { readonly: true });
      try {
        const row = db.prepare("SELECT json_extract(state, '$.certificates') AS marks FROM sessions WHERE id = ?").get(meeting.sessionId) as { marks: string };
        return JSON.parse(row.marks);
      } finally {
        db.close();
      }
    };
    await started.app.maintain();
    expect(marks()).toEqual({ attended: [joined.participantId], issued: [joined.participantId], count: 1 });
    clock += 25 * 60 * 60 * 1000;
    await started.app.maintain();
    expect(marks()).toEqual({ attended: [], issued: [], count: 1 });
    expect((await report(url, meeting.sessionId, meeting.leaderToken)).certificates).toBe(1);
  });
});

describe('attendance certificates in Redis mode', () => {
  it('share who was there, who took one and the key between two processes', async () => {
    const redis = await startRedis();
    redises.push(redis);
    const keyDir = tempDataDir();
    folders.push(keyDir);
    let clock = Date.now();
    const a = await server({ redisUrl: redis.url, certificateKeyDir: keyDir, now: () => clock });
    const b = await server({ redisUrl: redis.url, certificateKeyDir: keyDir, now: () => clock });
    const meeting = await createMeeting(a.url, { title: 'Two processes' });
    const joined = await joinMeeting(a.url, meeting.joinCode, 'Ana');
    const absent = await joinMeeting(b.url, meeting.joinCode, 'Ben');
    await client(a.url, joined.token);
    const leader = await client(b.url, meeting.leaderToken);
    await leader.send({ type: 'session.end' });

    const taken = await take(b.url, meeting.sessionId, joined.token, 'Ana Twoprocess');
    expect(taken.status).toBe(201);
    expect((await take(a.url, meeting.sessionId, joined.token, 'Ana Twoprocess')).status).toBe(409);
    expect((await take(a.url, meeting.sessionId, absent.token, 'Ben')).status).toBe(403);
    expect((await check(a.url, taken.body.certificate)).body).toMatchObject({ valid: true, attests: { name: 'Ana Twoprocess' } });
    expect((await report(a.url, meeting.sessionId, meeting.leaderToken)).certificates).toBe(1);

    // A day later either process's sweep drops the marks; the count stays.
    const direct = new Redis(redis.url);
    try {
      const marks = async () => JSON.parse((await direct.hget(`balint:session:${meeting.sessionId}`, 'state'))!).certificates;
      expect(await direct.exists(`balint:attended:${meeting.sessionId}`)).toBe(0);
      expect((await marks()).issued).toEqual([joined.participantId]);
      clock += 25 * 60 * 60 * 1000;
      await b.app.maintain();
      expect(await marks()).toEqual({ attended: [], issued: [], count: 1 });
      // Redis's append-only file never saw the name either.
      expect(redisFilesHolding(redis.dir, 'Ana Twoprocess')).toEqual([]);
    } finally {
      direct.disconnect();
    }
  });
});
