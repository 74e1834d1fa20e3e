// The single-process SQLite server over a real process and real sockets: it loses no acknowledged
// command to a kill -9.
import { afterAll, describe, expect, it } from 'vitest';
import { createMeeting } from './harness';
import { PROCESS_TEST_TIMEOUT_MS, processPool } from './process-clients';

const pool = processPool();
const { startServer, client } = pool;

afterAll(() => pool.stopAll());

describe('the single SQLite process', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('loses no acknowledged command to a kill -9', async () => {
    const dataDir = pool.dataDir();
    const first = await startServer({ DATA_DIR: dataDir });
    const meeting = await createMeeting(first.url, { title: 'Kill -9' });
    const leaders = await Promise.all(Array.from({ length: 3 }, () => client(first, meeting.leaderToken)));
    const start = leaders[0]!.latest();

    // Sixty commands in flight from three sockets; the process dies once twenty are acknowledged.
    const acked: number[] = [];
    let killed: Promise<number | null> | null = null;
    const sent = leaders.flatMap((leader) =>
      Array.from({ length: 20 }, () =>
        leader
          .send({ type: 'timer.extend', seconds: 1 })
          .then((reply) => {
            if (!reply.ok) return;
            // An ack that was on its way when the process died counts too.
            acked.push(reply.version);
            if (acked.length === 20) killed = first.process.stop('SIGKILL');
          })
          .catch(() => undefined),
      ),
    );
    await Promise.all(sent);
    await killed;
    expect(acked.length).toBeGreaterThanOrEqual(20);
    expect(acked.length).toBeLessThan(60);

    const second = await startServer({ DATA_DIR: dataDir }, Number(new URL(first.url).port));
    const after = (await client(second, meeting.leaderToken)).latest();
    const changes = after.version - start.version;
    expect(after.version).toBeGreaterThanOrEqual(Math.max(...acked));
    expect(new Set(acked).size).toBe(acked.length);
    expect(after.phase.timer.durationSec).toBe(start.phase.timer.durationSec + changes);
  });
});
