// The Socket.IO gateway: authenticate in the handshake, then for each command
// validate → reduce → persist → broadcast, and answer `clock` for clock-offset estimation.
import type { FastifyBaseLogger } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { commandIdSchema, commandSchema, type Command } from '../shared/commands';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type CommandReply,
  type ServerToClientEvents,
} from '../shared/protocol';
import { commandErrorCode, type CommandErrorCode } from '../shared/errors';
import { apply } from '../shared/meeting';
import { memberSelf, presenterView } from '../shared/room-view';
import { viewFor } from '../shared/audience-views';
import type { RoomView } from '../shared/views';
import type { Activity } from './activity';
import {
  meetingRoom,
  participantRoom,
  roleRoom,
  tokenRoom,
  type Broadcaster,
  type RealtimeServer,
} from './broadcast';
import { take, type Limiters } from './limits';
import type { Meetings } from './meetings';
import { countedCommandType, type Metrics } from './metrics';
import type { NoticeExpiry } from './notice-expiry';
import { leaderAway, type PresenceTracker } from './presence';
import { RecentCommands } from './recent-commands';
import { answerOnce } from './checkout-marks';
import { describeIssue } from './http/validation';
import { hashToken } from './secrets';
import type { Grant, MeetingStore } from './backends/meeting-store';

interface SocketData {
  grant: Grant;
  /** The order sockets arrived in this process, to tell the oldest of one token apart. */
  arrival: number;
}

type MeetingSocket = Socket<ClientToServerEvents, ServerToClientEvents, never, SocketData>;

export interface RealtimeDeps {
  store: MeetingStore;
  meetings: Meetings;
  presence: PresenceTracker;
  broadcaster: Broadcaster;
  /** Limits counted for every process together: what one person sends across their sockets. */
  limiters: Limiters;
  expiry: NoticeExpiry;
  activity: Activity;
  /** MAX_PARTICIPANTS: a knock let in counts like a join. */
  maxParticipants: number;
  recent: RecentCommands;
  metrics: Metrics;
  now: () => number;
  log: FastifyBaseLogger;
}

/** Per socket: well above the contract's 20 a second, far below what could hurt the room. */
export const COMMANDS_PER_SECOND = 40;
/**
 * Per person (one token: the leader, the display, one member), across all their sockets and
 * processes: the same burst, and no more than a busy leader sends in a minute, sustained.
 */
export const PERSON_COMMANDS_PER_SECOND = 40;
export const PERSON_COMMANDS_PER_MINUTE = 600;
/** A phone, a laptop and a reload in flight; a fifth connection closes the token's oldest. */
export const SOCKETS_PER_TOKEN = 4;
const TOKEN_MAX_LENGTH = 256;

const refuse = (code: CommandErrorCode, message: string): CommandReply => ({
  ok: false,
  error: { code, message },
});

export function attachRealtime(io: RealtimeServer, deps: RealtimeDeps): void {
  const { store, meetings, presence, broadcaster, limiters, expiry, activity, recent, metrics, now, log } = deps;
  // A socket lives in one process: its count does too, even when Redis counts everything else.
  const perSocket = new RateLimiterMemory({ points: COMMANDS_PER_SECOND, duration: 1 });
  const perPerson = limiters('person-commands', { points: PERSON_COMMANDS_PER_SECOND, duration: 1 });
  const perPersonMinute = limiters('person-commands-minute', { points: PERSON_COMMANDS_PER_MINUTE, duration: 60 });
  let arrivals = 0;
  const presenceFailed = (error: unknown) => log.error({ err: error }, 'presence could not be recorded');

  /**
   * Keeps a token's newest sockets and closes the others as replaced. Counted in this process: a
   * device's connections come back to the same process (sticky routing, docs/deploy.md), and
   * asking every process at each connection would put a round through Redis on the busiest path
   * there is, a hall reconnecting after a restart.
   */
  async function keepNewestSockets(room: string): Promise<void> {
    const sockets = await io.local.in(room).fetchSockets();
    if (sockets.length <= SOCKETS_PER_TOKEN) return;
    const oldestFirst = [...sockets].sort(
      (a, b) => a.handshake.issued - b.handshake.issued || (a.data as SocketData).arrival - (b.data as SocketData).arrival,
    );
    for (const old of oldestFirst.slice(0, sockets.length - SOCKETS_PER_TOKEN)) {
      // `closed` first, so that the page stays away instead of reconnecting and closing the next.
      old.emit('closed', 'replaced');
      old.disconnect(false);
    }
  }

  io.use((socket: MeetingSocket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    const unauthorized = () => next(new Error('unauthorized'));
    if (typeof token !== 'string' || token.length === 0 || token.length > TOKEN_MAX_LENGTH) {
      return unauthorized();
    }
    store
      .resolveToken(hashToken(token))
      .then(async (grant) => {
        const state = grant ? await store.load(grant.sessionId) : null;
        if (!grant || !state) return unauthorized();
        // A latecomer still knocking has not been let in: their token opens the room only then.
        if (state.knocks.some((waiting) => waiting.knockId === grant.participantId)) return unauthorized();
        // "Was there" for an attendance certificate: having had the meeting open, a bare mark.
        if (grant.participantId && state.endedAt === null) {
          await store
            .markAttended(grant.sessionId, grant.participantId)
            .catch((error: unknown) => log.error({ err: error }, 'attendance could not be marked'));
        }
        socket.data.grant = grant;
        socket.data.arrival = (arrivals += 1);
        next();
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'token lookup failed');
        unauthorized();
      });
  });

  io.on('connection', (socket: MeetingSocket) => {
    const { sessionId, role, participantId } = socket.data.grant;
    const rooms = [meetingRoom(sessionId), roleRoom(sessionId, role)];
    if (participantId) rooms.push(participantRoom(sessionId, participantId));
    void socket.join(rooms);
    presence.arrive(sessionId, role, participantId).catch(presenceFailed);
    activity.seen(sessionId);
    keepNewestSockets(tokenRoom(socket.data.grant)).catch((error: unknown) =>
      log.error({ err: error }, 'could not count the sockets of a token'),
    );

    const loadState = () => store.load(sessionId);
    sendCurrentView(socket).catch((error: unknown) => log.error({ err: error }, 'could not send the view'));
    broadcaster.publishPresenceSoon(sessionId, loadState);
    // A page from an older build is asked to reload; it is served on meanwhile, never cut off.
    // One that says nothing of its protocol is served as before there were versions.
    const protocol: unknown = socket.handshake.auth?.protocol;
    if (typeof protocol === 'number' && Number.isFinite(protocol) && protocol < PROTOCOL_VERSION) {
      socket.emit('reload', { reason: 'protocol', protocol: PROTOCOL_VERSION });
    }

    const person = `${sessionId}/${role}/${participantId ?? ''}`;
    socket.use(([event, ...rest], next) => {
      const allowed = async () =>
        (await take(perSocket, socket.id)) &&
        (event !== 'command' || ((await take(perPerson, person)) && (await take(perPersonMinute, person))));
      void allowed().then((ok) => {
        if (ok) return next();
        const ack = rest[rest.length - 1];
        if (typeof ack === 'function') ack(refuse('rate_limited', 'Too many commands; slow down.'));
        if (event === 'command') metrics.commandDone(countedCommandType(rest[0]), 'rate_limited');
      });
    });

    socket.on('command', (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (r: CommandReply) => void) : () => {};
      const received = performance.now();
      void runCommandOnce(socket, payload).then((answer) => {
        reply(answer);
        const outcome = answer.ok ? 'ok' : answer.error.code;
        metrics.commandDone(countedCommandType(payload), outcome, (performance.now() - received) / 1000);
      });
    });

    socket.on('clock', (ack?: unknown) => {
      if (typeof ack === 'function') ack(now());
    });

    socket.on('disconnect', () => {
      activity.seen(sessionId);
      presence.leave(sessionId, role, participantId, now()).catch(presenceFailed);
      broadcaster.publishPresenceSoon(sessionId, loadState);
    });
  });

  async function sendCurrentView(socket: MeetingSocket): Promise<void> {
    const { sessionId, role, participantId } = socket.data.grant;
    const [state, present] = await Promise.all([store.load(sessionId), presence.snapshot(sessionId)]);
    if (!state) return;
    // After a restart nobody else remembers that a notice is up: whoever sees it keeps its minute.
    expiry.watch(state);
    const built = viewFor(state, role, present);
    const isPresenter = participantId !== undefined && participantId === state.presenterId;
    socket.emit('state', isPresenter ? presenterView(built as RoomView) : built);
    const self = participantId ? memberSelf(state, participantId) : null;
    if (self) socket.emit('me', self);
  }

  async function runCommandOnce(socket: MeetingSocket, payload: unknown): Promise<CommandReply> {
    const parsed = commandSchema.safeParse(payload);
    if (!parsed.success) return refuse('invalid', describeIssue(parsed.error));
    const envelope = commandIdSchema.safeParse(payload);
    if (!envelope.success) return refuse('invalid', describeIssue(envelope.error));
    const { commandId } = envelope.data;
    if (commandId === undefined) return runCommand(socket, parsed.data);
    const { sessionId, role, participantId } = socket.data.grant;
    const sender = `${role}/${participantId ?? ''}/${commandId}`;
    return recent.once(sessionId, sender, () => runCommand(socket, parsed.data));
  }

  async function runCommand(socket: MeetingSocket, command: Command): Promise<CommandReply> {
    const { sessionId, participantId } = socket.data.grant;
    if (command.type !== 'checkout.answer' || participantId === undefined) return changeMeeting(socket, command);
    try {
      return await answerOnce(store, sessionId, participantId, () => changeMeeting(socket, command));
    } catch (error) {
      log.error({ err: error, command: command.type }, 'the check-out mark could not be saved');
      return refuse('conflict', 'The change could not be saved; try again.');
    }
  }

  async function changeMeeting(socket: MeetingSocket, command: Command): Promise<CommandReply> {
    const { sessionId, role, participantId } = socket.data.grant;
    const actor = participantId ? { role, participantId } : { role };
    try {
      // Only a takeover depends on who is connected, and only the end on who was; other commands spare the look-ups.
      const present = command.type === 'leader.takeover' ? await presence.snapshot(sessionId) : null;
      const attended = command.type === 'session.end' ? await store.attendedMembers(sessionId) : undefined;
      const outcome = await meetings.change(
        sessionId,
        (state) => {
          const time = now();
          return apply(state, actor, command, time, {
            leaderAway: present !== null && leaderAway(present, time),
            maxParticipants: deps.maxParticipants,
            ...(attended ? { attended } : {}),
          });
        },
      );
      if (outcome.ok) return { ok: true, version: outcome.state.version };
      return refuse(commandErrorCode(outcome.error.code), outcome.error.message);
    } catch (error) {
      log.error({ err: error, command: command.type }, 'command could not be saved');
      return refuse('conflict', 'The change could not be saved; try again.');
    }
  }
}
