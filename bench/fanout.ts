// Fan-out: how long from the leader's phase change until every member socket of one room holds
// it, for rooms of 12, 300 and 1000 members, against bare Socket.IO sending the same bytes to
// the same number of sockets. Latency of one change = max over sockets of (received − sent).
// Ours and bare take turns, change by change, so that whatever else the machine does at a given
// moment weighs on both alike.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CommandReply, CreatedMeeting } from '../shared/protocol';
import {
  ask,
  cpuMillis,
  forkClient,
  forkTs,
  nextMessage,
  now,
  openSocket,
  postJson,
  sleep,
  stopChild,
  summarize,
  type ClientSocket,
  type Message,
  type Summary,
} from './lib';
import { freePort } from '../scripts/free-port';
import { newDataDir, startServer, type BenchServer } from './server';

export interface FanoutResult {
  members: number;
  workers: number;
  viewBytes: number;
  ours: Summary;
  bare: Summary;
  /** The leader's acknowledgement (ours: after the change is durable on disk). */
  oursAck: Summary;
  bareAck: Summary;
  /** The room filling up: members join and connect at once, 8 at a time per worker process. */
  fillSeconds: number;
  joinToView: Summary;
  /** Server CPU time per change (from /proc, 10 ms ticks summed over all the changes). */
  oursCpuMs: number;
  bareCpuMs: number;
}

export interface FanoutOptions {
  sizes: number[];
  changes: number;
  warmup: number;
  profileDir: string | null;
  log: (line: string) => void;
}

interface Got extends Message {
  version: number;
  last: number;
  view?: string;
}

interface Arrived {
  /** When the last socket of all workers held the version. */
  last: number;
  /** The view as the first socket of a worker received it. */
  view: string | null;
}

/** Which workers hold which version, fed by the workers' `got` messages. */
function arrivalBook(workers: ChildProcess[]) {
  const book = new Map<number, { workers: number; last: number; view: string | null }>();
  const waiters = new Map<number, () => void>();
  for (const worker of workers) {
    worker.on('message', (message: Got) => {
      if (message.type !== 'got') return;
      const entry = book.get(message.version) ?? { workers: 0, last: 0, view: null };
      entry.workers += 1;
      entry.last = Math.max(entry.last, message.last);
      entry.view ??= message.view ?? null;
      book.set(message.version, entry);
      if (entry.workers === workers.length) waiters.get(message.version)?.();
    });
  }
  return {
    async allHold(version: number, timeoutMs: number): Promise<Arrived> {
      const entry = book.get(version);
      if (!entry || entry.workers < workers.length) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`version ${version} did not reach every socket`)), timeoutMs);
          waiters.set(version, () => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiters.delete(version);
      }
      const arrived = book.get(version)!;
      book.delete(version);
      return arrived;
    },
  };
}

interface Side {
  leader: ClientSocket;
  book: ReturnType<typeof arrivalBook>;
  latencies: number[];
  acks: number[];
}

/** One change: send, wait for the ack and for every socket to hold the new version. */
async function change(side: Side, command: Record<string, unknown>, measured: boolean): Promise<Arrived> {
  const sentAt = now();
  const reply = (await side.leader.timeout(10_000).emitWithAck('command', command as never)) as CommandReply;
  const ackAt = now();
  if (!reply.ok) throw new Error(`command refused: ${reply.error.code} ${reply.error.message}`);
  const arrived = await side.book.allHold(reply.version, 15_000);
  if (measured) {
    side.latencies.push(arrived.last - sentAt);
    side.acks.push(ackAt - sentAt);
  }
  return arrived;
}

function connected(socket: ClientSocket, event: 'connect' | 'state'): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once(event, () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

const workersFor = (members: number): number => (members >= 1000 ? 4 : 2);

export async function runFanout(options: FanoutOptions): Promise<FanoutResult[]> {
  const { log } = options;
  const server = await startServer(await freePort(), newDataDir());
  const bare = forkTs('bench/bare-server.ts');
  const results: FanoutResult[] = [];
  try {
    const { port: barePort } = await nextMessage<Message & { port: number }>(bare, 'listening', 30_000);
    const bareBase = `http://127.0.0.1:${barePort}`;
    for (const members of options.sizes) {
      const result = await oneSize(server, bare, bareBase, members, options);
      log(
        `  fan-out N=${members}: filled in ${result.fillSeconds.toFixed(1)} s (join → view p95 ${result.joinToView.p95.toFixed(0)} ms); ` +
          `ours p50 ${result.ours.p50.toFixed(1)} p95 ${result.ours.p95.toFixed(1)} ms, ` +
          `bare p50 ${result.bare.p50.toFixed(1)} p95 ${result.bare.p95.toFixed(1)} ms; server CPU per change ` +
          `${result.oursCpuMs.toFixed(1)} vs ${result.bareCpuMs.toFixed(1)} ms (${result.viewBytes} B view)`,
      );
      results.push(result);
    }
  } finally {
    await stopChild(bare);
    await server.stop();
  }
  return results;
}

async function oneSize(
  server: BenchServer,
  bare: ChildProcess,
  bareBase: string,
  members: number,
  options: FanoutOptions,
): Promise<FanoutResult> {
  const total = options.changes + options.warmup;
  const shares = split(members, workersFor(members));
  const oursWorkers = shares.map(() => forkClient('bench/fanout-worker.ts'));
  const bareWorkers = shares.map(() => forkClient('bench/fanout-worker.ts'));
  const sockets: ClientSocket[] = [];
  try {
    // Ours: one meeting that fills up as a hall does, each member joining over HTTP and connecting.
    const { body } = await postJson(server.base, '/api/sessions', { title: `Fan-out ${members}` });
    const created = body as CreatedMeeting;
    const fillStarted = now();
    const joined = await Promise.all(
      oursWorkers.map((worker, w) =>
        ask<Message & { times: number[]; error?: string }>(
          worker,
          { type: 'join', base: server.base, joinCode: created.joinCode, count: shares[w]!, prefix: `m${w}-`, connectEach: true },
          'joined',
          240_000,
        ),
      ),
    );
    const fillSeconds = (now() - fillStarted) / 1000;
    const joinError = joined.find((reply) => reply.error)?.error;
    if (joinError) throw new Error(`the room did not fill: ${joinError}`);
    // Bare: as many token-less sockets in as many processes.
    const bareConnected = await Promise.all(
      bareWorkers.map((worker, w) =>
        ask<Message & { failed: number }>(worker, { type: 'connect', base: bareBase, bareCount: shares[w]!, reconnection: null }, 'connected', 180_000),
      ),
    );
    if (bareConnected.some((reply) => reply.failed > 0)) throw new Error('bare sockets failed to connect');

    const leader = openSocket(server.base, { token: created.leaderToken }, null);
    const bareLeader = openSocket(bareBase, { role: 'leader' }, null);
    sockets.push(leader, bareLeader);
    let phaseIds: string[] = [];
    leader.on('state', (view) => (phaseIds = view.phases.map((phase) => phase.id)));
    leader.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') options.log(`  the leader lost its connection (${reason}):\n${server.output().slice(-2000)}`);
    });
    await Promise.all([connected(leader, 'state'), connected(bareLeader, 'connect')]);
    await sleep(500);

    const ours: Side = { leader, book: arrivalBook(oursWorkers), latencies: [], acks: [] };
    const baseline: Side = { leader: bareLeader, book: arrivalBook(bareWorkers), latencies: [], acks: [] };
    const viewSizes: number[] = [];
    let oursCpu = 0;
    let bareCpu = 0;
    const profile = options.profileDir ? join(options.profileDir, `fanout-${members}.cpuprofile`) : null;
    if (profile) await server.profileStart();
    for (let i = 0; i < total; i += 1) {
      const measured = i >= options.warmup;
      // phase.goto round the plan: each change is accepted and moves the room, like a real one.
      const oursBefore = cpuMillis(server.pid);
      const arrived = await change(ours, { type: 'phase.goto', phaseId: phaseIds[(i + 1) % phaseIds.length] }, measured);
      oursCpu += cpuMillis(server.pid) - oursBefore;
      if (!arrived.view) throw new Error('no view came back from the first worker');
      viewSizes.push(Buffer.byteLength(arrived.view));
      await ask(bare, { type: 'payload', view: arrived.view }, 'payload', 10_000);
      // A leader does not click twice within a fraction of a second; let each change settle.
      await sleep(100 + Math.random() * 100);
      const bareBefore = cpuMillis(bare.pid!);
      await change(baseline, { type: 'phase.next' }, measured);
      bareCpu += cpuMillis(bare.pid!) - bareBefore;
      await sleep(100 + Math.random() * 100);
    }
    if (profile) await server.profileStop(profile);

    viewSizes.sort((a, b) => a - b);
    return {
      members,
      workers: shares.length,
      viewBytes: viewSizes[Math.floor(viewSizes.length / 2)] ?? 0,
      ours: summarize(ours.latencies),
      bare: summarize(baseline.latencies),
      oursAck: summarize(ours.acks),
      bareAck: summarize(baseline.acks),
      fillSeconds,
      joinToView: summarize(joined.flatMap((reply) => reply.times)),
      oursCpuMs: oursCpu / total,
      bareCpuMs: bareCpu / total,
    };
  } finally {
    for (const socket of sockets) socket.close();
    await Promise.all([...oursWorkers, ...bareWorkers].map((worker) => stopChild(worker)));
  }
}
