// Resume: the server is stopped with SIGTERM and started again on the same port and data folder,
// while 500 member sockets with our phone client's reconnection settings are connected. Measured
// from the SIGTERM until every socket holds the room's view again.
import type { CreatedMeeting } from '../shared/protocol';
import { ask, forkClient, lastCpu, now, openSocket, postJson, sleep, stopChild, summarize, type Message, type Reconnection, type Summary } from './lib';
import { freePort } from '../scripts/free-port';
import { newDataDir, startServer } from './server';

export const RESUME_TARGET_MS = 3_000;

export interface ResumeResult {
  clients: number;
  label: string;
  /** The clients' reconnection settings, in words. */
  settings: string;
  /** SIGTERM until the old process exited. */
  stopMs: number;
  /** Spawning the new process until it listens. */
  startMs: number;
  /** Listening until the last socket held the view again. */
  reconnectMs: number;
  /** SIGTERM until the last socket held the view again. */
  totalMs: number;
  /** Per socket, SIGTERM until it held the view again. */
  perClient: Summary;
}

export async function runResume(
  clients: number,
  label: string,
  reconnection: Reconnection,
  log: (line: string) => void,
): Promise<ResumeResult> {
  const port = await freePort();
  const dataDir = newDataDir();
  let server = await startServer(port, dataDir);
  const shares = [Math.ceil(clients / 2), Math.floor(clients / 2)];
  // The clients keep to one core here in any case, so that their retries never compete with the
  // server while it starts: real phones retry on their own CPUs.
  const workers = shares.map(() => forkClient('bench/fanout-worker.ts', lastCpu()));
  try {
    const { body } = await postJson(server.base, '/api/sessions', { title: 'Resume' });
    const created = body as CreatedMeeting;
    await Promise.all(
      workers.map((worker, w) =>
        ask(
          worker,
          { type: 'join', base: server.base, joinCode: created.joinCode, count: shares[w]!, prefix: `r${w}-`, connectEach: false },
          'joined',
          180_000,
        ),
      ),
    );
    const connected = await Promise.all(
      workers.map((worker) => ask<Message & { failed: number }>(worker, { type: 'connect', base: server.base, reconnection }, 'connected', 180_000)),
    );
    if (connected.some((reply) => reply.failed > 0)) throw new Error('members failed to connect');

    // The room's version, as the leader sees it; a restart changes nothing, so it stays.
    const leader = openSocket(server.base, { token: created.leaderToken }, null);
    const version = await new Promise<number>((resolve) => leader.once('state', (view) => resolve(view.version)));
    leader.close();
    await sleep(1_000);
    await Promise.all(workers.map((worker) => ask(worker, { type: 'await-resume', version }, 'awaiting-resume', 10_000)));
    const resumed = workers.map((worker) =>
      new Promise<number[]>((resolve) =>
        worker.on('message', (message: Message & { times?: number[] }) => {
          if (message.type === 'resumed') resolve(message.times ?? []);
        }),
      ),
    );

    const stoppedAt = now();
    const code = await server.stop();
    const exitedAt = now();
    if (code !== 0) log(`  resume: the server exited with ${code}`);
    server = await startServer(port, dataDir);
    const listeningAt = now();
    const times = (
      await Promise.race([
        Promise.all(resumed),
        sleep(60_000).then(() => {
          throw new Error('not every client resumed within 60 s');
        }),
      ])
    ).flat();
    const lastAt = Math.max(...times);
    const result: ResumeResult = {
      clients: times.length,
      label,
      settings:
        `delay ${reconnection.reconnectionDelay} ms, max ${reconnection.reconnectionDelayMax} ms, ` +
        `randomization ${reconnection.randomizationFactor}` +
        (reconnection.afterRestarting
          ? `; after \`restarting\`: ${reconnection.afterRestarting.reconnectionDelay} ms, max ${reconnection.afterRestarting.reconnectionDelayMax} ms`
          : ''),
      stopMs: exitedAt - stoppedAt,
      startMs: listeningAt - exitedAt,
      reconnectMs: lastAt - listeningAt,
      totalMs: lastAt - stoppedAt,
      perClient: summarize(times.map((at) => at - stoppedAt)),
    };
    log(
      `  resume (${label}): ${result.clients} clients back ${(result.totalMs / 1000).toFixed(2)} s after SIGTERM ` +
        `(exit ${result.stopMs.toFixed(0)} ms, start ${result.startMs.toFixed(0)} ms, reconnect ${result.reconnectMs.toFixed(0)} ms)`,
    );
    return result;
  } finally {
    await Promise.all(workers.map((worker) => stopChild(worker)));
    await server.stop();
  }
}
