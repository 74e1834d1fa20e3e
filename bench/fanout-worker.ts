// A share of one big room's member sockets, in a process of its own so that the clients do not
// share an event loop with the server. It joins (ours) or just connects (bare), then tells the
// bench, for every `state` version, when the last of its sockets held it. For the restart figure
// it also tells when every socket held the current view again after the server came back.
import { inBatches, now, openSocket, postJson, type ClientSocket, type Reconnection } from './lib';

export type FanoutRequest =
  | { type: 'join'; base: string; joinCode: string; count: number; prefix: string; connectEach: boolean }
  /** `bareCount`: connect that many token-less sockets to the bare server instead. */
  | { type: 'connect'; base: string; bareCount?: number; reconnection: Reconnection | null }
  | { type: 'await-resume'; version: number };

interface Arrival {
  count: number;
  first: number;
  last: number;
}

const send = (message: object) => process.send?.(message);

const tokens: string[] = [];
const sockets: ClientSocket[] = [];
const arrivals = new Map<number, Arrival>();
/** The first socket's view of each version, so that the bare server can send the same bytes. */
const views = new Map<number, string>();

function record(version: number, at: number): void {
  const arrival = arrivals.get(version) ?? { count: 0, first: at, last: at };
  arrival.count += 1;
  arrival.first = Math.min(arrival.first, at);
  arrival.last = Math.max(arrival.last, at);
  arrivals.set(version, arrival);
  if (arrival.count === sockets.length) {
    send({ type: 'got', version, first: arrival.first, last: arrival.last, count: arrival.count, view: views.get(version) });
    arrivals.delete(version);
    views.delete(version);
  }
}

/** Opens one member socket; resolves true once it holds its first view (bare: once connected). */
function openMember(base: string, auth: Record<string, unknown>, reconnection: Reconnection | null, bare: boolean): Promise<boolean> {
  const socket = openSocket(base, auth, reconnection);
  const first = sockets.length === 0;
  sockets.push(socket);
  socket.on('state', (view) => {
    const at = now();
    if (first && !views.has(view.version)) views.set(view.version, JSON.stringify(view));
    record(view.version, at);
    resumeSeen(socket, view.version, at);
  });
  // As our client does: a server-side disconnect means "back soon" unless `closed` came first.
  socket.on('disconnect', (reason) => {
    dropped.add(socket);
    if (reason === 'io server disconnect' && reconnection) socket.connect();
  });
  return new Promise<boolean>((resolve) => {
    // Ours sends the view on connecting; the bare server sends nothing until the first change.
    socket.once(bare ? 'connect' : 'state', () => resolve(true));
    socket.once('connect_error', (error) => {
      if (!reconnection || error.message === 'unauthorized') resolve(false);
    });
  });
}

/**
 * Members join over HTTP, eight at a time. With `connectEach` each one connects at once, the way a
 * hall fills up (every join then reaches everyone already in); the times are join → first view.
 */
async function join(base: string, joinCode: string, count: number, prefix: string, connectEach: boolean): Promise<number[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const times: number[] = [];
  await inBatches(names, 8, async (name) => {
    const startedAt = now();
    const { status, body } = await postJson(base, '/api/join', { joinCode, name });
    if (status !== 201) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`);
    if (!connectEach) {
      tokens.push(body.token);
      return;
    }
    if (!(await openMember(base, { token: body.token }, null, false))) throw new Error('a member could not connect');
    times.push(now() - startedAt);
  });
  settle();
  return times;
}

/** Connects the members who joined but are not connected yet, or `bareCount` bare sockets. */
async function connect(base: string, bareCount: number | undefined, reconnection: Reconnection | null): Promise<number> {
  const auths =
    bareCount === undefined
      ? tokens.splice(0).map((token): Record<string, unknown> => ({ token }))
      : Array.from({ length: bareCount }, () => ({ role: 'member' }));
  const opened = await inBatches(auths, 25, (auth) => openMember(base, auth, reconnection, bareCount !== undefined));
  settle();
  return opened.filter((ok) => !ok).length;
}

/** Versions that went out while the room was filling never reach every socket: forget them. */
function settle(): void {
  arrivals.clear();
  views.clear();
}

// The restart: a socket has resumed when, after its connection dropped, it holds a view of at
// least the version the room had before the restart.
let resumeVersion = Number.POSITIVE_INFINITY;
const dropped = new Set<ClientSocket>();
const resumedAt = new Map<ClientSocket, number>();

function resumeSeen(socket: ClientSocket, version: number, at: number): void {
  if (!dropped.has(socket) || version < resumeVersion || resumedAt.has(socket)) return;
  resumedAt.set(socket, at);
  if (resumedAt.size === sockets.length) {
    send({ type: 'resumed', times: [...resumedAt.values()] });
  }
}

process.on('message', (request: FanoutRequest) => {
  switch (request.type) {
    case 'join':
      join(request.base, request.joinCode, request.count, request.prefix, request.connectEach).then(
        (times) => send({ type: 'joined', times }),
        (error: Error) => send({ type: 'joined', times: [], error: error.message }),
      );
      return;
    case 'connect':
      void connect(request.base, request.bareCount, request.reconnection).then((failed) =>
        send({ type: 'connected', count: sockets.length - failed, failed }),
      );
      return;
    case 'await-resume':
      resumeVersion = request.version;
      dropped.clear();
      resumedAt.clear();
      send({ type: 'awaiting-resume' });
      return;
  }
});

process.on('disconnect', () => {
  for (const socket of sockets) socket.close();
  process.exit(0);
});
