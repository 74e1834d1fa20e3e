// Privacy on disk: ending a meeting erases member names and notes from every file in the data
// folder; deleting it erases the meeting; the retention sweep erases old meetings.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHolding } from './disk';
import { connect, createMeeting, joinMeeting, refusal, removeDir, startServer } from './harness';

describe('erasure', () => {
  it('leaves no member name, note or token on disk after session.end', async () => {
    const server = await startServer({ joinRatePerMinute: 1000 });
    try {
      const meeting = await createMeeting(server.url, { title: 'Erasure' });
      const names = ['Zebediah-Quillfeather', 'Ottoline-Marchbanks'];
      const joined = [];
      for (const name of names) joined.push(await joinMeeting(server.url, meeting.joinCode, name));
      const leader = await connect(server.url, meeting.leaderToken);
      const coLeader = await connect(server.url, meeting.coLeaderToken);
      const member = await connect(server.url, joined[0]!.token);
      const note = 'Kumquat-Lantern note';
      await coLeader.send({ type: 'flag.raise', kind: 'identifier', note });
      await member.send({ type: 'case.volunteer', volunteer: true });
      await leader.send({ type: 'presenter.set', participantId: joined[0]!.participantId });
      for (let i = 0; i < 30; i += 1) await leader.send({ type: 'timer.extend', seconds: 1 });

      // The scan can see them while the meeting runs…
      const everything = [...names, note];
      expect(everything.some((text) => filesHolding(server.dataDir, text).length > 0)).toBe(true);

      const ended = await leader.send({ type: 'session.end' });
      expect(ended.ok).toBe(true);
      // …and finds none of them once it has ended.
      for (const text of everything) expect(filesHolding(server.dataDir, text)).toEqual([]);
      const tokens = [meeting.leaderToken, meeting.coLeaderToken, meeting.displayToken, ...joined.map((j) => j.token)];
      for (const token of tokens) expect(filesHolding(server.dataDir, token)).toEqual([]);
      for (const client of [leader, coLeader, member]) client.close();
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('erases a deleted meeting from disk', async () => {
    const server = await startServer();
    try {
      const meeting = await createMeeting(server.url, { title: 'Marmalade-Cartwheel meeting' });
      await joinMeeting(server.url, meeting.joinCode, 'Philippa-Nettlebed');
      expect(filesHolding(server.dataDir, 'Marmalade-Cartwheel').length).toBeGreaterThan(0);
      const response = await fetch(`${server.url}/api/sessions/${meeting.sessionId}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${meeting.leaderToken}` },
      });
      expect(response.status).toBe(204);
      expect(filesHolding(server.dataDir, 'Marmalade-Cartwheel')).toEqual([]);
      expect(filesHolding(server.dataDir, 'Philippa-Nettlebed')).toEqual([]);
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('sweeps meetings older than the retention period', async () => {
    const first = await startServer({ retentionDays: 30 });
    const old = await createMeeting(first.url, { title: 'Old one' });
    const fresh = await createMeeting(first.url, { title: 'Fresh one' });
    await first.stop();
    // Age one meeting on disk, as if 31 days had passed since it last changed.
    const db = new Database(join(first.dataDir, 'balint-live.sqlite'));
    db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(Date.now() - 31 * 86_400_000, old.sessionId);
    db.close();

    const second = await startServer({ dataDir: first.dataDir, retentionDays: 30 });
    try {
      expect(await refusal(second.url, old.leaderToken)).toBe('unauthorized');
      const client = await connect(second.url, fresh.leaderToken);
      expect(client.latest().title).toBe('Fresh one');
      client.close();
      expect(filesHolding(second.dataDir, 'Old one')).toEqual([]);
    } finally {
      await second.stop();
      removeDir(second.dataDir);
    }
  });
});
