// The leaders' records live as long as the group, not as long as its meetings' records, and go
// with it: erasing the group, or a leader taking their name off the list, leaves nothing on disk
// (SQLite's files, the -wal too) nor in Redis.
import { Redis } from 'ioredis';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDir, startServer } from './harness';
import { call, groupWithLeaders, runMeeting, type Setup } from './leading-log-helpers';
import { startRedis } from './redis';

describe('the log outlives the meetings’ records', () => {
  it('keeps the row and the report’s facts after RETENTION_DAYS have erased the meeting', async () => {
    let offset = 0;
    const server = await startServer({ joinRatePerMinute: 1000, now: () => Date.now() + offset, retentionDays: 30 });
    try {
      const setup = await groupWithLeaders(server.url);
      const { meeting } = await runMeeting(setup, { ledBy: setup.anna, coLedBy: null });
      const g = `${server.url}/api/groups/${setup.groupId}`;
      offset = 31 * 24 * 60 * 60 * 1000;
      // The group's link is used meanwhile: the group stays, its meetings' records go.
      expect((await call('GET', `${g}/leaders`, setup.token)).status).toBe(200);
      await server.app.maintain();
      expect((await call('GET', g, setup.token)).body.meetings).toEqual([]);
      const log = await call('GET', `${g}/log`, setup.token);
      expect(log.body.rows).toEqual([expect.objectContaining({ sessionId: meeting.sessionId, members: 3, ledBy: expect.objectContaining({ name: 'Anna Berg' }) })]);
      const report = await call('GET', `${g}/reports/${meeting.sessionId}`, setup.token);
      expect(report.status).toBe(200);
      expect(report.body.prefill['avoiding-solutions']).toHaveLength(1);
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });
});

/** Every file of the data folder that holds `text`, read as raw bytes (the -wal too). */
function filesHolding(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(dataDir)
    .filter((file) => file.startsWith('balint-live'))
    .filter((file) => readFileSync(join(dataDir, file)).includes(needle));
}

async function writeEverything(setup: Setup): Promise<string[]> {
  const { meeting } = await runMeeting(setup, { ledBy: setup.anna, coLedBy: setup.carl });
  const g = `${setup.base}/api/groups/${setup.groupId}`;
  const words = 'Wombat-Tangerine reflection';
  const part = await call('PUT', `${g}/reports/${meeting.sessionId}/parts/${setup.anna}`, setup.token, { version: 0, answers: { 'balint-frame': words } });
  expect(part.status).toBe(200);
  expect((await call('PUT', `${g}/log/${meeting.sessionId}`, setup.token, { supervised: true, supervisorInitials: 'QXZ' })).status).toBe(200);
  return ['Hieronymus-Leaderson', 'Wombat-Tangerine', setup.groupId];
}

describe('erasing the group', () => {
  // Reads SQLite's files: stays SQLite when the rest of the file runs against Redis (TEST_REDIS=1).
  it.skipIf(process.env.TEST_REDIS)('erases the leader list, the log and the reports from SQLite’s files', async () => {
    const server = await startServer({ joinRatePerMinute: 1000 });
    try {
      const setup = await groupWithLeaders(server.url, ['Hieronymus-Leaderson', 'C. D.']);
      const traces = await writeEverything(setup);
      expect(traces.some((text) => filesHolding(server.dataDir, text).length > 0)).toBe(true);
      expect((await call('DELETE', `${server.url}/api/groups/${setup.groupId}`, setup.token)).status).toBe(204);
      for (const text of traces) expect(filesHolding(server.dataDir, text), text).toEqual([]);
      expect((await call('GET', `${server.url}/api/groups/${setup.groupId}/log`, setup.token)).status).toBe(401);
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it.skipIf(process.env.TEST_REDIS)('erases a leader taken off the list from SQLite’s files', async () => {
    const server = await startServer({ joinRatePerMinute: 1000 });
    try {
      const setup = await groupWithLeaders(server.url, ['Hieronymus-Leaderson', 'C. D.']);
      await runMeeting(setup, { ledBy: setup.anna, coLedBy: setup.carl });
      expect(filesHolding(server.dataDir, 'Hieronymus-Leaderson').length).toBeGreaterThan(0);
      const kept = await call('PUT', `${server.url}/api/groups/${setup.groupId}/leaders`, setup.token, {
        version: 1,
        leaders: [{ leaderId: setup.carl, name: 'C. D.' }],
      });
      expect(kept.status).toBe(200);
      expect(filesHolding(server.dataDir, 'Hieronymus-Leaderson')).toEqual([]);
      const log = await call('GET', `${server.url}/api/groups/${setup.groupId}/log`, setup.token);
      expect(log.body.rows[0]).toMatchObject({ ledBy: null, coLedBy: { name: 'C. D.' } });
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('leaves no key and no value of it in Redis', async () => {
    const redis = await startRedis();
    const server = await startServer({ joinRatePerMinute: 1000, redisUrl: redis.url });
    const client = new Redis(redis.url);
    try {
      const setup = await groupWithLeaders(server.url, ['Hieronymus-Leaderson', 'C. D.']);
      const traces = await writeEverything(setup);
      const holding = async (text: string) => {
        const found: string[] = [];
        for (const key of await client.keys('balint:*')) {
          if (key.includes(text)) found.push(key);
          else if ((await client.type(key)) === 'hash' && JSON.stringify(await client.hgetall(key)).includes(text)) found.push(key);
          else if ((await client.type(key)) === 'string' && (await client.get(key))?.includes(text)) found.push(key);
        }
        return found;
      };
      expect((await holding('Wombat-Tangerine')).length).toBeGreaterThan(0);
      expect(await client.pttl(`balint:group:${setup.groupId}:records`)).toBeGreaterThan(0);
      expect((await call('DELETE', `${server.url}/api/groups/${setup.groupId}`, setup.token)).status).toBe(204);
      for (const text of traces) expect(await holding(text), text).toEqual([]);
    } finally {
      client.disconnect();
      await server.stop();
      await redis.remove();
      removeDir(server.dataDir);
    }
  });
});
