// Capacity: M meetings of 12 sockets each on one server process, each doing something every
// 1–3 s. M grows in steps (the earlier meetings keep going); at each step a measured window
// collects every command's acknowledgement time. The largest M whose p95 stays under 100 ms
// (with no failed commands or joins) is the capacity.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ask, cpuMillis, forkClient, residentBytes, sleep, stopChild, summarize, type Message, type Summary } from './lib';
import { freePort } from '../scripts/free-port';
import { newDataDir, startServer } from './server';

export const ACK_P95_TARGET_MS = 100;

export interface CapacityStep {
  meetings: number;
  sockets: number;
  workers: number;
  windowSec: number;
  commandsPerSec: number;
  ack: Summary;
  join: Summary;
  failures: number;
  refusals: Record<string, number>;
  /** Server CPU over the window, in % of one core. */
  serverCpu: number;
  serverLoop: { p99: number; max: number };
  /** The slowest worker's event-loop delay p99: how much of the latency the clients added. */
  clientLoopP99: number;
  /** CPU of all client processes together over the window, in % of one core. */
  clientCpu: number;
  rss: number;
  heapUsed: number;
  rssPerSocket: number;
  heapPerSocket: number;
  passed: boolean;
  why: string;
}

export interface CapacityResult {
  idleRss: number;
  idleHeap: number;
  steps: CapacityStep[];
  /** The largest M that passed. */
  capacity: number;
  /** Set when the steps stopped for time, not for a failure. */
  stoppedForTime: boolean;
}

export interface CapacityOptions {
  steps: number[];
  windowSec: number;
  meetingsPerWorker: number;
  profileDir: string | null;
  /** No new step starts after this many seconds: the bench as a whole stays near ten minutes. */
  budgetSec: number;
  log: (line: string) => void;
}

interface Window extends Message {
  acks: number[];
  joins: number[];
  failures: number;
  refusals: Record<string, number>;
  loopP99: number;
  sockets: number;
}

/** A step whose meetings could not all be set up in time: the server (or the clients) gave up. */
function unfinished(meetings: number, workers: number, windowSec: number): CapacityStep {
  const none = summarize([]);
  return {
    meetings,
    sockets: 0,
    workers,
    windowSec,
    commandsPerSec: 0,
    ack: none,
    join: none,
    failures: 0,
    refusals: {},
    serverCpu: Number.NaN,
    serverLoop: { p99: Number.NaN, max: Number.NaN },
    clientLoopP99: Number.NaN,
    clientCpu: Number.NaN,
    rss: Number.NaN,
    heapUsed: Number.NaN,
    rssPerSocket: Number.NaN,
    heapPerSocket: Number.NaN,
    passed: false,
    why: 'not reached: its meetings could not be set up in the time the bench allows (the clients and the server share the machine)',
  };
}

export async function runCapacity(options: CapacityOptions): Promise<CapacityResult> {
  const { log } = options;
  const server = await startServer(await freePort(), newDataDir());
  const workers: ChildProcess[] = [];
  const steps: CapacityStep[] = [];
  try {
    await sleep(1_000);
    const idle = await server.stats(true);
    let meetings = 0;
    let stoppedForTime = false;
    const startedAt = performance.now();
    for (const target of options.steps) {
      if ((performance.now() - startedAt) / 1000 > options.budgetSec) {
        log(`  capacity: out of time before ${target} meetings; stopping here`);
        stoppedForTime = true;
        break;
      }
      const adding = target - meetings;
      const newWorkers = Math.ceil(adding / options.meetingsPerWorker);
      const setupStarted = performance.now();
      const setUp = Promise.all(
        Array.from({ length: newWorkers }, (_, w) => {
          const count = Math.floor(adding / newWorkers) + (w < adding % newWorkers ? 1 : 0);
          const worker = forkClient('bench/capacity-worker.ts');
          workers.push(worker);
          const first = meetings + w * Math.ceil(adding / newWorkers);
          return ask<Message & { meetings: number; failed: number }>(
            worker,
            { type: 'setup', base: server.base, meetings: count, first },
            'ready',
            // Bounded by what is left of the section's time, so the bench ends near its ten minutes.
            Math.min(60_000 + count * 3_000, Math.max(60_000, options.budgetSec * 1000 - (performance.now() - startedAt) + 60_000)),
          );
        }),
      );
      let failedSetups = 0;
      try {
        failedSetups = (await setUp).reduce((total, ready) => total + ready.failed, 0);
      } catch (error) {
        log(`  capacity M=${target}: the set-up did not finish in time (${(error as Error).message}); stopping here`);
        steps.push(unfinished(target, workers.length, options.windowSec));
        break;
      }
      meetings = target;
      log(`  capacity M=${target}: set up in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; measuring ${options.windowSec} s`);
      await sleep(3_000);

      await server.resetLoop();
      const cpuBefore = cpuMillis(server.pid);
      const clientsBefore = workers.reduce((total, worker) => total + cpuMillis(worker.pid!), 0);
      const windowStarted = performance.now();
      const profile = options.profileDir ? join(options.profileDir, `capacity-${target}.cpuprofile`) : null;
      if (profile) await server.profileStart();
      await Promise.all(workers.map((worker) => ask(worker, { type: 'window-start' }, 'window-started', 10_000)));
      await sleep(options.windowSec * 1000);
      const windows = await Promise.all(workers.map((worker) => ask<Window>(worker, { type: 'window-stop' }, 'window', 30_000)));
      const windowMs = performance.now() - windowStarted;
      const cpu = ((cpuMillis(server.pid) - cpuBefore) / windowMs) * 100;
      const clientCpu = ((workers.reduce((total, worker) => total + cpuMillis(worker.pid!), 0) - clientsBefore) / windowMs) * 100;
      if (profile) await server.profileStop(profile);
      const rss = residentBytes(server.pid);
      const running = await server.stats(false);
      const collected = await server.stats(true);

      const acks = windows.flatMap((window) => window.acks);
      const joins = windows.flatMap((window) => window.joins);
      const failures = windows.reduce((total, window) => total + window.failures, 0) + failedSetups;
      const sockets = windows.reduce((total, window) => total + window.sockets, 0);
      const refusals: Record<string, number> = {};
      for (const window of windows) {
        for (const [key, count] of Object.entries(window.refusals)) refusals[key] = (refusals[key] ?? 0) + count;
      }
      const ack = summarize(acks);
      const reasons: string[] = [];
      if (!(ack.p95 < ACK_P95_TARGET_MS)) reasons.push(`ack p95 ${ack.p95.toFixed(0)} ms`);
      if (failures > 0) reasons.push(`${failures} failed commands, joins or set-ups`);
      const step: CapacityStep = {
        meetings: target,
        sockets,
        workers: workers.length,
        windowSec: windowMs / 1000,
        commandsPerSec: acks.length / (windowMs / 1000),
        ack,
        join: summarize(joins),
        failures,
        refusals,
        serverCpu: cpu,
        serverLoop: { p99: running.loop.p99, max: running.loop.max },
        clientLoopP99: Math.max(...windows.map((window) => window.loopP99)),
        clientCpu,
        rss,
        heapUsed: collected.memory.heapUsed,
        rssPerSocket: (rss - idle.rss) / sockets,
        heapPerSocket: (collected.memory.heapUsed - idle.memory.heapUsed) / sockets,
        passed: reasons.length === 0,
        why: reasons.join('; '),
      };
      steps.push(step);
      log(
        `  capacity M=${target}: ${sockets} sockets, ${step.commandsPerSec.toFixed(0)} commands/s, ack p50 ${ack.p50.toFixed(1)} ` +
          `p95 ${ack.p95.toFixed(1)} p99 ${ack.p99.toFixed(1)} ms, server CPU ${cpu.toFixed(0)}%, clients ${clientCpu.toFixed(0)}%, ` +
          `RSS ${(rss / 2 ** 20).toFixed(0)} MB` +
          (step.passed ? '' : ` — FAILED: ${step.why}`),
      );
      if (!step.passed) break;
    }
    const passed = steps.filter((step) => step.passed);
    return {
      idleRss: idle.rss,
      idleHeap: idle.memory.heapUsed,
      steps,
      capacity: passed.length > 0 ? passed[passed.length - 1]!.meetings : 0,
      stoppedForTime,
    };
  } finally {
    await Promise.all(workers.map((worker) => stopChild(worker)));
    await server.stop();
  }
}
