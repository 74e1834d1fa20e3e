// A share of many small meetings, in a process of its own: each meeting has a leader, a
// co-leader, a display and nine members on sockets of their own, and does something every 1–3 s
// the way a room does (phases, the timer, flags, redirects, pause signals, case volunteers,
// someone leaving and someone else joining). It reports how long each command took to be
// acknowledged, and how long a join took until the newcomer held the view.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { FLAG_KINDS } from '../shared/flags';
import type { CommandReply, CreatedMeeting } from '../shared/protocol';
import type { LeadersView } from '../shared/views';
import { inBatches, now, openSocket, PHONE_RECONNECTION, postJson, sampleClock, type ClientSocket } from './lib';

export type CapacityRequest =
  | { type: 'setup'; base: string; meetings: number; first: number }
  | { type: 'window-start' }
  | { type: 'window-stop' };

const MEMBERS = 9;
const ACK_TIMEOUT_MS = 10_000;
const PAUSE_SIGNAL_EVERY_MS = 61_000;

interface Member {
  socket: ClientSocket;
  volunteer: boolean;
  lastPauseAt: number;
}

interface Meeting {
  created: CreatedMeeting;
  leader: ClientSocket;
  coLeader: ClientSocket;
  display: ClientSocket;
  members: Member[];
  /** The leader's latest view: what the leader would click on. */
  readonly view: LeadersView | null;
  /** Members who left and whose seat the next newcomer takes. */
  left: number;
  joined: number;
  timer: NodeJS.Timeout | null;
}

const send = (message: object) => process.send?.(message);
const meetings: Meeting[] = [];
let base = '';
let measuring = false;
let stopped = false;
const acks: number[] = [];
const joins: number[] = [];
const refusals: Record<string, number> = {};
const sent: Record<string, number> = {};
let failures = 0;
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Connects and resolves once the socket holds its first view; samples the clock like a phone. */
function connect(token: string, onView?: (view: LeadersView) => void): Promise<ClientSocket> {
  const socket = openSocket(base, { token }, PHONE_RECONNECTION);
  if (onView) socket.on('state', (view) => onView(view as LeadersView));
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect' && !stopped) socket.connect();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no view within 60 s')), 60_000);
    socket.once('state', () => {
      clearTimeout(timer);
      resolve(socket);
      void sampleClock(socket);
    });
    socket.once('connect_error', (error) => {
      if (error.message !== 'unauthorized') return;
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A newcomer: the join over HTTP, then the socket, until it holds the view. */
async function joinMember(joinCode: string, name: string): Promise<Member> {
  const { status, body } = await postJson(base, '/api/join', { joinCode, name });
  if (status !== 201) throw new Error(`join: ${status}`);
  const socket = await connect(body.token);
  return { socket, volunteer: false, lastPauseAt: 0 };
}

async function setUpMeeting(title: string): Promise<Meeting> {
  const { status, body } = await postJson(base, '/api/sessions', { title });
  if (status !== 201) throw new Error(`create: ${status}`);
  const created = body as CreatedMeeting;
  const names = Array.from({ length: MEMBERS }, (_, i) => `Member ${i}`);
  const members = await inBatches(names, 3, (name) => joinMember(created.joinCode, name));
  let view: LeadersView | null = null;
  const [leader, coLeader, display] = await Promise.all([
    connect(created.leaderToken, (next) => {
      if (next.version >= (view?.version ?? 0)) view = next;
    }),
    connect(created.coLeaderToken),
    connect(created.displayToken),
  ]);
  const meeting: Meeting = {
    created,
    leader,
    coLeader,
    display,
    members,
    get view() {
      return view;
    },
    left: 0,
    joined: MEMBERS,
    timer: null,
  };
  return meeting;
}

async function command(socket: ClientSocket, payload: Record<string, unknown>): Promise<void> {
  const type = String(payload.type);
  const startedAt = now();
  const inWindow = measuring;
  try {
    const reply = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', payload as never)) as CommandReply;
    if (!inWindow || !measuring) return;
    acks.push(now() - startedAt);
    sent[type] = (sent[type] ?? 0) + 1;
    if (!reply.ok) refusals[`${type}:${reply.error.code}`] = (refusals[`${type}:${reply.error.code}`] ?? 0) + 1;
  } catch {
    if (inWindow && measuring) {
      failures += 1;
      acks.push(ACK_TIMEOUT_MS);
    }
  }
}

/** One thing a room does; weighted roughly like a real meeting's hour. */
async function act(meeting: Meeting): Promise<void> {
  const view = meeting.view;
  if (!view) return;
  const roll = Math.random() * 100;
  const present = meeting.members.filter((member) => member.socket.connected);
  const openFlags = view.flags.filter((flag) => flag.status === 'open' || flag.status === 'acknowledged');

  if (roll < 22) {
    const last = view.phases.length - 1;
    return view.phase.index < last
      ? command(meeting.leader, { type: 'phase.next' })
      : command(meeting.leader, { type: 'phase.goto', phaseId: view.phases[0]!.id });
  }
  if (roll < 28) {
    return command(meeting.leader, { type: view.phase.timer.runningSince === null ? 'timer.resume' : 'timer.pause' });
  }
  if (roll < 42 || (roll < 52 && openFlags.length === 0)) {
    return command(meeting.coLeader, {
      type: 'flag.raise',
      kind: pick(FLAG_KINDS),
      ...(Math.random() < 0.5 ? { note: 'Questions piling up on the presenter' } : {}),
    });
  }
  if (roll < 52) {
    return command(pick([meeting.leader, meeting.coLeader]), {
      type: 'flag.update',
      flagId: pick(openFlags).id,
      status: pick(['acknowledged', 'resolved', 'dismissed'] as const),
    });
  }
  if (roll < 62) {
    if (view.notice) return command(meeting.leader, { type: 'notice.clear' });
    const redirectable = openFlags.find((flag) => flag.kind !== 'safety-concern');
    return command(meeting.leader, {
      type: 'notice.show',
      text: "Let's stop asking and wonder about it ourselves.",
      ...(redirectable && Math.random() < 0.5 ? { flagId: redirectable.id } : {}),
    });
  }
  if (roll < 70) {
    const ready = present.filter((member) => now() - member.lastPauseAt > PAUSE_SIGNAL_EVERY_MS);
    if (ready.length > 0) {
      const member = pick(ready);
      member.lastPauseAt = now();
      return command(member.socket, { type: 'pause.signal' });
    }
  }
  if (roll < 80 && present.length > 0) {
    const member = pick(present);
    member.volunteer = !member.volunteer;
    return command(member.socket, { type: 'case.volunteer', volunteer: member.volunteer });
  }
  if (roll < 84) {
    const candidates = view.participants.filter((participant) => participant.connected);
    const presenterId = Math.random() < 0.3 || candidates.length === 0 ? null : pick(candidates).participantId;
    if (presenterId !== (view.presenter?.participantId ?? null)) {
      return command(meeting.leader, { type: 'presenter.set', participantId: presenterId });
    }
  }
  // Someone leaves, and the next time someone new takes the seat.
  if (meeting.left > 0) {
    meeting.left -= 1;
    const startedAt = now();
    const inWindow = measuring;
    try {
      meeting.joined += 1;
      const member = await joinMember(meeting.created.joinCode, `Member ${meeting.joined}`);
      meeting.members.push(member);
      if (inWindow && measuring) joins.push(now() - startedAt);
    } catch {
      if (inWindow && measuring) failures += 1;
    }
    return;
  }
  if (present.length > 5) {
    const member = pick(present);
    member.socket.close();
    meeting.members.splice(meeting.members.indexOf(member), 1);
    meeting.left += 1;
  }
}

function schedule(meeting: Meeting, delay = 1_000 + Math.random() * 2_000): void {
  meeting.timer = setTimeout(() => {
    if (stopped) return;
    void act(meeting).finally(() => schedule(meeting));
  }, delay);
}

process.on('message', (request: CapacityRequest) => {
  switch (request.type) {
    case 'setup': {
      base = request.base;
      const startedAt = now();
      const titles = Array.from({ length: request.meetings }, (_, i) => `Capacity ${request.first + i}`);
      let failed = 0;
      void inBatches(titles, 4, async (title) => {
        try {
          const meeting = await setUpMeeting(title);
          meetings.push(meeting);
          schedule(meeting, Math.random() * 3_000);
        } catch {
          failed += 1;
        }
      }).then(() =>
        send({
          type: 'ready',
          meetings: meetings.length,
          sockets: meetings.reduce((total, meeting) => total + 3 + meeting.members.length, 0),
          failed,
          setupMs: now() - startedAt,
        }),
      );
      return;
    }
    case 'window-start':
      acks.length = 0;
      joins.length = 0;
      failures = 0;
      for (const key of Object.keys(refusals)) delete refusals[key];
      for (const key of Object.keys(sent)) delete sent[key];
      loop.reset();
      measuring = true;
      send({ type: 'window-started' });
      return;
    case 'window-stop':
      measuring = false;
      send({
        type: 'window',
        acks,
        joins,
        failures,
        refusals,
        sent,
        loopP99: loop.percentile(99) / 1e6,
        sockets: meetings.reduce(
          (total, meeting) =>
            total +
            [meeting.leader, meeting.coLeader, meeting.display, ...meeting.members.map((m) => m.socket)].filter(
              (socket) => socket.connected,
            ).length,
          0,
        ),
      });
      return;
  }
});

process.on('disconnect', () => {
  stopped = true;
  for (const meeting of meetings) {
    if (meeting.timer) clearTimeout(meeting.timer);
    for (const socket of [meeting.leader, meeting.coLeader, meeting.display, ...meeting.members.map((m) => m.socket)]) {
      socket.close();
    }
  }
  process.exit(0);
});
