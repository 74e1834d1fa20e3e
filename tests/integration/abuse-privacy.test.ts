// Hardening (issue 13), nothing private leaks: no name or note in any log line when Redis fails, a
// Markdown record no title can turn into HTML or a link, names cleaned of invisible characters and
// told apart for the leaders, links that the leader can replace, and on disk a private data folder
// whose write-ahead log is emptied after an erasure even when a reader held it.
import Database from 'better-sqlite3';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { filesHolding } from './disk';
import { createMeeting, joinMeeting, meetingHoldingPrivateWords, postJson, refusal, tempDataDir } from './harness';
import { startRedis } from './redis';
import { serversPerTest } from './servers-per-test';

const { server, client, running, redises, folders } = serversPerTest({ joinRatePerMinute: 1000 });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('logs in Redis mode', () => {
  it('hold no name, note or state when Redis refuses a write', async () => {
    const redis = await startRedis();
    redises.push(redis);
    const lines: string[] = [];
    const started = await server({ redisUrl: redis.url, logLevel: 'info', logStream: { write: (line) => lines.push(line) } });
    const name = 'Zebediah-Logscan';
    const note = 'Kumquat-Logscan note';
    const { meeting, joined } = await meetingHoldingPrivateWords(started.url, { title: 'Log scan', name, note }, client);
    const leader = await client(started.url, meeting.leaderToken);
    await leader.send({ type: 'presenter.set', participantId: joined.participantId });

    const direct = new Redis(redis.url);
    try {
      // Redis out of memory and refusing writes: every save now fails, carrying the whole state.
      await direct.config('SET', 'maxmemory-policy', 'noeviction');
      await direct.config('SET', 'maxmemory', '1mb');
      const refused = await leader.send({ type: 'timer.extend', seconds: 60 });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      const join = await postJson(`${started.url}/api/join`, { joinCode: meeting.joinCode, name: 'Ottoline-Logscan' });
      expect(join.status).toBe(500);
      expect(join.body).toEqual({ error: { code: 'internal', message: 'Something went wrong.' } });
    } finally {
      await direct.config('SET', 'maxmemory', '0');
      direct.disconnect();
    }

    const errors = lines.filter((line) => /"level":50/.test(line));
    expect(errors.some((line) => line.includes('command could not be saved') && line.includes('OOM'))).toBe(true);
    expect(errors.some((line) => line.includes('request failed'))).toBe(true);
    for (const line of lines) {
      for (const text of [name, note, 'Ottoline-Logscan', meeting.leaderToken, meeting.coLeaderToken, joined.token, '"args"']) {
        expect(line).not.toContain(text);
      }
    }
  });
});

describe('the Markdown record', () => {
  it('keeps HTML and link syntax in the titles of a meeting, its phases and a group format inert', async () => {
    const started = await server();
    const group = (await postJson(`${started.url}/api/groups`, { name: 'Markdown' })).body;
    const put = await fetch(`${started.url}/api/groups/${group.groupId}/formats/evil`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(group.groupToken) },
      body: JSON.stringify({
        title: '<img src=x onerror=alert(1)>',
        phases: [
          { title: '[x](javascript:alert(1))', durationSec: 60, prompt: '' },
          { title: '<script>alert(2)</script>', durationSec: 60, prompt: '' },
        ],
      }),
    });
    expect(put.status).toBe(200);
    const meeting = (
      await postJson(`${started.url}/api/sessions`, { title: '<img src=x onerror=alert(3)> [y](javascript:alert(4))', template: 'evil' }, bearer(group.groupToken))
    ).body;
    const response = await fetch(`${started.url}/api/sessions/${meeting.sessionId}/report?format=md`, { headers: bearer(meeting.leaderToken) });
    const markdown = await response.text();
    expect(markdown).toContain('onerror=alert(3)');
    expect(markdown).not.toMatch(/<img|<script/);
    const liveBrackets = [...markdown.matchAll(/(\\*)[[\]]/g)].filter(([, slashes]) => slashes!.length % 2 === 0);
    expect(liveBrackets).toEqual([]);
  });
});

describe('names', () => {
  it('lose invisible and reordering characters, and a second "Dana" is "Dana (2)" to the leaders', async () => {
    const started = await server();
    const meeting = await createMeeting(started.url);
    const first = await joinMeeting(started.url, meeting.joinCode, '\u200BDana\u202E');
    const second = await joinMeeting(started.url, meeting.joinCode, 'Dana\u0007\u2066');
    const leader = await client(started.url, meeting.leaderToken);
    const view = (await leader.waitForView((v) => (v as LeadersView).participants.length === 2)) as LeadersView;
    expect(view.participants.map((p) => p.name)).toEqual(['Dana', 'Dana (2)']);
    // Each Dana's own phone says the name as typed, cleaned.
    const phone = await client(started.url, second.token);
    await expect.poll(() => phone.selves.at(-1)?.name).toBe('Dana');
    expect(first.participantId).not.toBe(second.participantId);
    // A knock is cleaned the same way, and numbered for the leaders.
    await leader.send({ type: 'room.lock' });
    expect((await postJson(`${started.url}/api/knock`, { joinCode: meeting.joinCode, name: '\uFEFFDana\u200D' })).status).toBe(201);
    const knocked = (await leader.waitForView((v) => (v as LeadersView).knocks.length === 1)) as LeadersView;
    expect(knocked.knocks.map((k) => k.name)).toEqual(['Dana (3)']);
    // Nothing visible is no name at all.
    expect((await postJson(`${started.url}/api/join`, { joinCode: meeting.joinCode, name: '\u200B\u202E\u2060' })).status).toBe(400);
  });
});

describe('link rotation', () => {
  it('gives the leader a new co-leader or display link; the old token stops at once and its screens are closed', async () => {
    const started = await server();
    const url = started.url;
    const meeting = await createMeeting(url);
    const coLeader = await client(url, meeting.coLeaderToken);
    const display = await client(url, meeting.displayToken);
    const coLeaderClosed = new Promise<string>((resolve) => coLeader.socket.once('closed', resolve));
    const rotate = (role: unknown, token = meeting.leaderToken) =>
      postJson(`${url}/api/sessions/${meeting.sessionId}/links`, { role }, bearer(token));

    const rotated = await rotate('co-leader');
    expect(rotated.status).toBe(201);
    expect(rotated.body).toEqual({ role: 'co-leader', token: expect.any(String), link: `/s/${meeting.sessionId}/co-leader#${rotated.body.token}` });
    expect(await coLeaderClosed).toBe('revoked');
    expect(await refusal(url, meeting.coLeaderToken)).toBe('unauthorized');
    const fresh = await client(url, rotated.body.token);
    expect(fresh.latest().role).toBe('co-leader');
    // The display was not touched.
    expect(display.socket.connected).toBe(true);

    const displayClosed = new Promise<string>((resolve) => display.socket.once('closed', resolve));
    const newDisplay = await rotate('display');
    expect(newDisplay.status).toBe(201);
    expect(await displayClosed).toBe('revoked');
    expect(await refusal(url, meeting.displayToken)).toBe('unauthorized');
    expect((await client(url, newDisplay.body.token)).latest().role).toBe('display');

    // Only the leader may, only for those roles.
    expect((await rotate('co-leader', rotated.body.token)).status).toBe(403);
    expect((await rotate('leader')).status).toBe(400);
    expect((await rotate('co-leader', 'nobody')).status).toBe(401);
    const leader = await client(url, meeting.leaderToken);
    await leader.send({ type: 'session.end' });
    expect((await rotate('display')).status).toBe(409);
  });
});

describe('on disk', () => {
  it('creates the data folder 0700 and its files 0600, and puts older ones right', async () => {
    const parent = tempDataDir();
    folders.push(parent);
    const dataDir = join(parent, 'data');
    const started = await server({ dataDir });
    const meeting = await createMeeting(started.url);
    await joinMeeting(started.url, meeting.joinCode, 'Ann');
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    const files = readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['balint-live.sqlite', 'balint-live.sqlite-wal', 'balint-live.sqlite-shm']));
    for (const file of files) expect([file, mode(join(dataDir, file))]).toEqual([file, 0o600]);
    await started.stop();
    running.splice(running.indexOf(started), 1);

    // A folder and files an older version left readable by others are closed at the next start.
    chmodSync(dataDir, 0o755);
    for (const file of readdirSync(dataDir)) chmodSync(join(dataDir, file), 0o644);
    const again = await server({ dataDir });
    expect(mode(dataDir)).toBe(0o700);
    for (const file of readdirSync(dataDir)) expect([file, mode(join(dataDir, file))]).toEqual([file, 0o600]);
    expect((await createMeeting(again.url)).sessionId).toEqual(expect.any(String));
  });

  it('empties the write-ahead log after an erasure, retrying while a reader holds it', async () => {
    const started = await server();
    const meeting = await createMeeting(started.url);
    const name = 'Philippa-Checkpoint';
    await joinMeeting(started.url, meeting.joinCode, name);
    const leader = await client(started.url, meeting.leaderToken);
    await expect.poll(() => filesHolding(started.dataDir, name).length).toBeGreaterThan(0);

    // A reader in the middle of a read (a backup, an operator's sqlite3) holds the log.
    const reader = new Database(join(started.dataDir, 'balint-live.sqlite'));
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM sessions').get();
    try {
      expect(await leader.send({ type: 'session.end' })).toMatchObject({ ok: true });
      // The checkpoint could not empty the log: the name is still in it.
      expect(filesHolding(started.dataDir, name)).toEqual(['balint-live.sqlite-wal']);
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }
    // Once the reader is done, the server's retry empties the log.
    await expect.poll(() => filesHolding(started.dataDir, name), { timeout: 10_000, interval: 100 }).toEqual([]);
    expect(statSync(join(started.dataDir, 'balint-live.sqlite-wal')).size).toBe(0);
  });
});
