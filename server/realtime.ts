// The Socket.IO gateway: authenticate in the handshake, then for each command
// validate → reduce → persist → broadcast, and answer `clock` for clock-offset estimation.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import type { ZodError } from 'zod';
import { commandIdSchema, commandSchema, type Command } from '../shared/commands';
import type {
  ClientToServerEvents,
  CommandErrorCode,
  CommandReply,
  ServerToClientEvents,
} from '../shared/protocol';
import { apply } from '../shared/session';
import { memberSelf, presenterView, view, type RoomView } from '../shared/views';
import {
  meetingRoom,
  participantRoom,
  roleRoom,
  type Broadcaster,
  type RealtimeServer,
} from './broadcast';
import type { Meetings } from './meetings';
import type { NoticeExpiry } from './notice-expiry';
import { leaderAway, type PresenceTracker } from './presence';
import { RecentCommands } from './recent-commands';
import { hashToken } from './secrets';
import type { Grant, SessionStore, TokenChanges } from './store/session-store';

interface SocketData {
  grant: Grant;
}

type MeetingSocket = Socket<ClientToServerEvents, ServerToClientEvents, never, SocketData>;

export interface RealtimeDeps {
  store: SessionStore;
  meetings: Meetings;
  presence: PresenceTracker;
  broadcaster: Broadcaster;
  /** Commands per socket per second: in memory for one process, in Redis for several. */
  commandLimiter: RateLimiterAbstract;
  expiry: NoticeExpiry;
  now: () => number;
  log: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
}

/** Well above the contract's 20 a second, far below what could hurt the room. */
export const COMMANDS_PER_SECOND = 40;
const TOKEN_MAX_LENGTH = 256;

export function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid input.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

function tokenChangesFor(command: Command): TokenChanges | undefined {
  return command.type === 'participant.remove'
    ? { revokeParticipant: command.participantId }
    : undefined;
}

const refuse = (code: CommandErrorCode, message: string): CommandReply => ({
  ok: false,
  error: { code, message },
});

export function attachRealtime(io: RealtimeServer, deps: RealtimeDeps): void {
  const { store, meetings, presence, broadcaster, commandLimiter, expiry, now, log } = deps;
  const recent = new RecentCommands();
  const presenceFailed = (error: unknown) => log.error({ err: error }, 'presence could not be recorded');

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
        socket.data.grant = grant;
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

    const loadState = () => store.load(sessionId);
    sendCurrentView(socket).catch((error: unknown) => log.error({ err: error }, 'could not send the view'));
    broadcaster.publishPresenceSoon(sessionId, loadState);

    socket.use((packet, next) => {
      commandLimiter.consume(socket.id).then(
        () => next(),
        () => {
          const ack = packet[packet.length - 1];
          if (typeof ack === 'function') {
            ack(refuse('rate_limited', 'Too many commands; slow down.'));
          }
        },
      );
    });

    socket.on('command', (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (r: CommandReply) => void) : () => {};
      void runCommandOnce(socket, payload).then(reply);
    });

    socket.on('clock', (ack?: unknown) => {
      if (typeof ack === 'function') ack(now());
    });

    socket.on('disconnect', () => {
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
    const built = view(state, role, present);
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
    const sender = `${sessionId}/${role}/${participantId ?? ''}/${commandId}`;
    return recent.once(sender, () => runCommand(socket, parsed.data));
  }

  async function runCommand(socket: MeetingSocket, command: Command): Promise<CommandReply> {
    const { sessionId, role, participantId } = socket.data.grant;
    const actor = participantId ? { role, participantId } : { role };
    try {
      // Only a takeover depends on who is connected; other commands spare the look-up.
      const present = command.type === 'leader.takeover' ? await presence.snapshot(sessionId) : null;
      const outcome = await meetings.change(
        sessionId,
        (state) => {
          const time = now();
          return apply(state, actor, command, time, { leaderAway: present !== null && leaderAway(present, time) });
        },
        tokenChangesFor(command),
      );
      if (outcome.ok) return { ok: true, version: outcome.state.version };
      // Commands never meet a locked room; only joins do.
      const code = outcome.error.code === 'locked' ? 'conflict' : outcome.error.code;
      return refuse(code, outcome.error.message);
    } catch (error) {
      log.error({ err: error, command: command.type }, 'command could not be saved');
      return refuse('conflict', 'The change could not be saved; try again.');
    }
  }
}
