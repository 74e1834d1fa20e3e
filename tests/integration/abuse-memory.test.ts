// Hardening (issue 13), nothing grows without bound: a server that has started 20,000 meetings
// keeps in memory only those in use. Measured in the built server run as its own process (what
// `npm start` runs), by its resident memory: a measure of memory, not of time.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port';
import { removeDir, sleep } from './harness';
import { startProcess } from './process';

const MEETINGS = 20_000;
const AT_ONCE = 32;
const MB = 1024 * 1024;

/** The process's resident memory, from the kernel. */
function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error('no VmRSS');
  return Number(match[1]) * 1024;
}

/** Runs `task` for 0…count-1, `AT_ONCE` at a time. */
async function inTurn(count: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

interface Started {
  sessionId: string;
  leaderToken: string;
}

async function startMeetings(url: string, count: number): Promise<Started[]> {
  const started: Started[] = [];
  await inTurn(count, async (index) => {
    const response = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Meeting ${index}` }),
    });
    if (response.status !== 201) throw new Error(`create answered ${response.status}`);
    started.push((await response.json()) as Started);
  });
  return started;
}

/** Reads every meeting's record: each meeting is loaded from the database once. */
async function readRecords(url: string, meetings: Started[]): Promise<void> {
  await inTurn(meetings.length, async (index) => {
    const { sessionId, leaderToken } = meetings[index]!;
    const response = await fetch(`${url}/api/sessions/${sessionId}/report`, { headers: { authorization: `Bearer ${leaderToken}` } });
    if (response.status !== 200) throw new Error(`report answered ${response.status}`);
    await response.arrayBuffer();
  });
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

describe('memory', () => {
  it(`stays within 100 MB of a fresh server after ${MEETINGS.toLocaleString('en')} meetings were started and loaded`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'balint-memory-'));
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', CREATE_RATE_PER_HOUR: '1000000' };
    const start = async () => {
      const port = await freePort();
      const server = await startProcess({ ...env, PORT: String(port) });
      return { server, url: `http://127.0.0.1:${port}`, pid: server.child.pid! };
    };
    try {
      // A server that starts them all.
      const first = await start();
      let meetings: Started[];
      let growth: { started: number; loaded: number };
      try {
        // Fresh: started, and warmed up by a few meetings so that code, caches and pools exist.
        const warmUp = await startMeetings(first.url, 200);
        await readRecords(first.url, warmUp);
        await sleep(2000);
        const fresh = residentBytes(first.pid);
        meetings = await startMeetings(first.url, MEETINGS);
        // Idle, as a server is between the mornings its groups meet.
        await sleep(5000);
        const after = residentBytes(first.pid);
        growth = { started: after - fresh, loaded: 0 };
        process.stdout.write(`RSS fresh ${mb(fresh)}, after starting ${MEETINGS} meetings ${mb(after)}\n`);
      } finally {
        await first.server.stop();
      }
      // A server restarted over them, whose every meeting is read once (a sweep of records, or
      // every screen coming back): each is loaded from the database, not shared with a template.
      const second = await start();
      try {
        await readRecords(second.url, meetings.slice(0, 200));
        await sleep(2000);
        const fresh = residentBytes(second.pid);
        await readRecords(second.url, meetings);
        await sleep(5000);
        const after = residentBytes(second.pid);
        growth.loaded = after - fresh;
        process.stdout.write(`RSS fresh ${mb(fresh)}, after loading ${MEETINGS} meetings ${mb(after)}\n`);
      } finally {
        await second.server.stop();
      }
      expect(growth.started).toBeLessThan(100 * MB);
      expect(growth.loaded).toBeLessThan(100 * MB);
    } finally {
      removeDir(dataDir);
    }
  }, 400_000);
});
