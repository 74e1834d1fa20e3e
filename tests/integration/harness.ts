// Starts the real server on a free port with a real SQLite file in a temp folder, and talks to it
// with the real socket.io-client. Nothing of ours is mocked.
//
// TEST_REDIS=1 runs the same tests against the multi-process mode: each server gets its own real
// redis-server (tests/integration/redis.ts). For a manual run, not CI, e.g.
//   TEST_REDIS=1 npx vitest run --project integration tests/integration/realtime.test.ts
// (the erasure tests read SQLite's files and the restart test starts processes: those stay SQLite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Config } from '../../server/config';
import type { Command } from '../../shared/commands';
import type {
  ClientToServerEvents,
  CommandReply,
  CreatedMeeting,
  JoinedMeeting,
  ServerToClientEvents,
} from '../../shared/protocol';
import type { MemberSelf, View } from '../../shared/views';
import { startRedis } from './redis';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'balint-test-'));
}

export interface Running {
  app: App;
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startServer(overrides: Partial<Config> = {}): Promise<Running> {
  const dataDir = overrides.dataDir ?? tempDataDir();
  const redis = process.env.TEST_REDIS && overrides.redisUrl === undefined ? await startRedis() : null;
  const app = await buildApp({
    logLevel: 'silent',
    clientDir: join(dataDir, 'no-client'),
    // Test files start many meetings from one address; the creation limit has its own tests.
    createRatePerHour: 100_000,
    ...(redis ? { redisUrl: redis.url } : {}),
    ...overrides,
    dataDir,
  });
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.http.server.address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    async stop() {
      await app.http.close();
      await redis?.remove();
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** POST /api/sessions, as the client's createMeeting (client/api.ts) does; the domain's own is shared/meeting-start.ts. */
export async function createMeeting(base: string, body: object = {}): Promise<CreatedMeeting> {
  const { status, body: created } = await postJson(`${base}/api/sessions`, body);
  if (status !== 201) throw new Error(`create failed: ${status}`);
  return created;
}

export async function joinMeeting(base: string, joinCode: string, name: string): Promise<JoinedMeeting> {
  const { status, body } = await postJson(`${base}/api/join`, { joinCode, name });
  if (status !== 201) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** A connected client that remembers the latest view and `me` it was sent. */
export interface Client {
  socket: ClientSocket;
  views: View[];
  selves: MemberSelf[];
  latest(): View;
  /** Resolves with the first view (already held or still to come) that satisfies `test`. */
  waitForView(test: (view: View) => boolean, timeoutMs?: number): Promise<View>;
  send(command: Command | Record<string, unknown>): Promise<CommandReply>;
  close(): void;
}

export function connect(base: string, token: string, options: { reconnection?: boolean } = {}): Promise<Client> {
  const socket: ClientSocket = io(base, {
    auth: { token },
    transports: ['websocket'],
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    forceNew: true,
  });
  const views: View[] = [];
  const selves: MemberSelf[] = [];
  const waiters: { test: (view: View) => boolean; resolve: (view: View) => void }[] = [];
  socket.on('state', (view) => {
    views.push(view);
    for (const waiter of [...waiters]) {
      if (waiter.test(view)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(view);
      }
    }
  });
  socket.on('me', (self) => selves.push(self));
  const client: Client = {
    socket,
    views,
    selves,
    latest: () => views[views.length - 1]!,
    waitForView(test, timeoutMs = 5000) {
      const held = views.findLast(test);
      if (held && held === views[views.length - 1]) return Promise.resolve(held);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching view arrived')), timeoutMs);
        waiters.push({
          test,
          resolve: (view) => {
            clearTimeout(timer);
            resolve(view);
          },
        });
      });
    },
    send(command) {
      return socket.timeout(5000).emitWithAck('command', command);
    },
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error) => reject(error));
    socket.once('state', () => resolve(client));
  });
}

/** Resolves when the socket is refused with `connect_error`, with its message. */
export function refusal(base: string, token: unknown): Promise<string> {
  const socket = io(base, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error.message);
    });
    socket.once('connect', () => {
      socket.close();
      reject(new Error('connected'));
    });
  });
}

/**
 * A meeting in the middle of its case, as a restart or a backup finds it: the clock running, a
 * presenter, a flag with a note, a notice on the wall. Returns the version after the notice.
 */
export async function bringToMidCase(leader: Client, coLeader: Client, presenterId: string): Promise<number> {
  await leader.send({ type: 'timer.resume' });
  await leader.send({ type: 'phase.next' });
  await leader.send({ type: 'presenter.set', participantId: presenterId });
  await coLeader.send({ type: 'flag.raise', kind: 'medical-drift', note: 'drugs again' });
  const last = await leader.send({ type: 'notice.show', text: 'Back to the relationship' });
  expect(last.ok).toBe(true);
  return (last as { version: number }).version;
}

/**
 * A meeting holding what privacy protects: a member's name, and the co-leader's flag with a note
 * (kind "identifier"), for the tests that look for them on disk, in logs, or after they are erased.
 * The co-leader's client is connected with `connectAs` (a file's own, which closes it afterwards).
 */
export async function meetingHoldingPrivateWords(
  base: string,
  { title, name, note }: { title: string; name: string; note: string },
  connectAs: (base: string, token: string) => Promise<Client> = connect,
): Promise<{ meeting: CreatedMeeting; joined: JoinedMeeting; coLeader: Client }> {
  const meeting = await createMeeting(base, { title });
  const joined = await joinMeeting(base, meeting.joinCode, name);
  const coLeader = await connectAs(base, meeting.coLeaderToken);
  await coLeader.send({ type: 'flag.raise', kind: 'identifier', note });
  return { meeting, joined, coLeader };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One server for a whole test file: started before its first test, and after its last every client
 * it connected is closed, the server stopped and its data folder erased.
 */
export function serverForFile(overrides: Partial<Config> = {}) {
  let running: Running | null = null;
  const clients: Client[] = [];
  beforeAll(async () => {
    running = await startServer(overrides);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await running?.stop();
    if (running) removeDir(running.dataDir);
  });
  const url = (): string => {
    if (!running) throw new Error('the server starts in beforeAll');
    return running.url;
  };
  return {
    get url(): string {
      return url();
    },
    /** The server's data folder, to read what is on disk. */
    get dataDir(): string {
      if (!running) throw new Error('the server starts in beforeAll');
      return running.dataDir;
    },
    /** A client connected with `token`, closed when the file is done. */
    client: async (token: string): Promise<Client> => {
      const connected = await connect(url(), token);
      clients.push(connected);
      return connected;
    },
  };
}
