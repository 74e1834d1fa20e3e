// What the bench's processes share: one clock, percentiles, HTTP helpers, and forking TypeScript
// children with an IPC channel. Every figure is taken on the same machine, so the wall clock of
// each process (performance.timeOrigin + performance.now()) is one clock to within microseconds.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { io, type Socket } from 'socket.io-client';
import { AFTER_RESTARTING, RECONNECTION } from '../client/reconnection';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Epoch milliseconds with sub-millisecond resolution, comparable across processes. */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile: the value at or below which p% of the samples lie. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : Number.NaN,
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
  };
}


export async function postJson(
  base: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index]!, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export interface Reconnection {
  reconnectionDelay: number;
  reconnectionDelayMax: number;
  randomizationFactor: number;
  /** Shorter retries once the server said `restarting` (a planned restart). */
  afterRestarting?: { reconnectionDelay: number; reconnectionDelayMax: number };
}

/** What our React client uses (client/reconnection.ts). */
export const PHONE_RECONNECTION: Reconnection = { ...RECONNECTION, afterRestarting: AFTER_RESTARTING };

/** Eager retries, to tell the server's share of a resume from the clients' back-off. */
export const EAGER_RECONNECTION: Reconnection = {
  reconnectionDelay: 100,
  reconnectionDelayMax: 500,
  randomizationFactor: 0.5,
};

/**
 * A socket of its own over websocket only (forceNew: without it every socket of a process would
 * share one connection). `null` reconnection: a dropped socket stays dropped.
 */
export function openSocket(base: string, auth: Record<string, unknown>, reconnection: Reconnection | null): ClientSocket {
  const socket: ClientSocket = io(base, {
    auth,
    transports: ['websocket'],
    forceNew: true,
    reconnection: reconnection !== null,
    ...(reconnection
      ? {
          reconnectionDelay: reconnection.reconnectionDelay,
          reconnectionDelayMax: reconnection.reconnectionDelayMax,
          randomizationFactor: reconnection.randomizationFactor,
        }
      : {}),
    timeout: 20_000,
  });
  const faster = reconnection?.afterRestarting;
  if (faster) {
    socket.on('restarting', () => {
      socket.io.reconnectionDelay(faster.reconnectionDelay);
      socket.io.reconnectionDelayMax(faster.reconnectionDelayMax);
    });
    socket.on('connect', () => {
      socket.io.reconnectionDelay(reconnection.reconnectionDelay);
      socket.io.reconnectionDelayMax(reconnection.reconnectionDelayMax);
    });
  }
  return socket;
}

/** Asks the server's time a few times, as a phone does to learn its clock offset. */
export async function sampleClock(socket: ClientSocket): Promise<void> {
  for (let i = 0; i < 5 && socket.connected; i += 1) {
    try {
      await socket.timeout(3_000).emitWithAck('clock');
    } catch {
      return;
    }
  }
}

/** Forks a TypeScript file of bench/ with an IPC channel. */
export function forkTs(
  script: string,
  args: string[] = [],
  options: { execArgv?: string[]; env?: NodeJS.ProcessEnv; silent?: boolean; cwd?: string } = {},
): ChildProcess {
  return fork(script, args, {
    cwd: options.cwd ?? process.cwd(),
    execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
    env: options.env ?? process.env,
    silent: options.silent ?? false,
  });
}

/**
 * The CPUs the client processes may use. On a small machine the clients would otherwise take
 * turns with the server on every core, which phones in a room never do; kept to their own core,
 * they leave the server the other one (the server itself is not pinned).
 */
let clientCpus: string | null = null;

export function keepClientsOn(cpus: string | null): void {
  clientCpus = cpus;
  if (cpus) pin(process.pid, cpus);
}

function pin(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

/** A client worker: forked like forkTs, and kept on the clients' CPUs (or on `cpus`). */
export function forkClient(script: string, cpus: string | null = clientCpus): ChildProcess {
  const child = forkTs(script);
  if (cpus && child.pid) pin(child.pid, cpus);
  return child;
}

/** The machine's last CPU, when it has more than one. */
export function lastCpu(): string | null {
  const count = availableParallelism();
  return count >= 2 ? String(count - 1) : null;
}

export interface Message {
  type: string;
  [key: string]: unknown;
}

/** Resolves with the next message of this type from the child, or rejects after `timeoutMs`. */
export function nextMessage<T extends Message = Message>(
  child: ChildProcess,
  type: string,
  timeoutMs: number,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Message) => {
      if (message?.type !== type) return;
      cleanUp();
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`child exited (${code}) while waiting for ${type}`));
    };
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`no ${type} within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanUp = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Sends a request and waits for its answer. */
export function ask<T extends Message = Message>(
  child: ChildProcess,
  request: Message,
  answer: string,
  timeoutMs: number,
): Promise<T> {
  const reply = nextMessage<T>(child, answer, timeoutMs);
  child.send(request);
  return reply;
}

/** Stops a forked child: a polite disconnect, then SIGKILL if it lingers. */
export async function stopChild(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.disconnect();
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process in bytes, from /proc. */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc. */
export function cpuMillis(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

export const mb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : '–');
export const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
