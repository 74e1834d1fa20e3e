// Sending views. Each audience's view is built once per change and emitted to that audience's
// Socket.IO room, which encodes the packet once for all its sockets; what is personal (a member's
// own volunteer and presenter status) goes only to that member's room.
import type { FastifyBaseLogger } from 'fastify';
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import { ROLES, type Role } from '../shared/roles';
import type { MeetingState } from '../shared/meeting-state';
import { revokedParticipants } from '../shared/changes/people';
import { presenterView, selfOf } from '../shared/room-view';
import { viewsFor } from '../shared/audience-views';
import type { MemberSelf, RoomView } from '../shared/views';
import type { Change } from './meetings';
import type { PresenceTracker } from './presence';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

export const roleRoom = (sessionId: string, role: Role): string => `${sessionId}/${role}`;
export const participantRoom = (sessionId: string, participantId: string): string =>
  `${sessionId}/p/${participantId}`;
export const meetingRoom = (sessionId: string): string => `${sessionId}/all`;
/**
 * Every socket opened with one token: a member's own room, or the role's (each meeting has one
 * leader, one co-leader and one display token at a time).
 */
export const tokenRoom = ({ sessionId, role, participantId }: { sessionId: string; role: Role; participantId?: string }): string =>
  participantId ? participantRoom(sessionId, participantId) : roleRoom(sessionId, role);

const PRESENCE_SETTLE_MS = 50;

function selfChanged(before: MemberSelf | null, after: MemberSelf): boolean {
  return (
    before === null ||
    before.volunteer !== after.volunteer ||
    before.presenter !== after.presenter ||
    before.name !== after.name
  );
}

export function createBroadcaster(
  io: RealtimeServer,
  presence: PresenceTracker,
  log: FastifyBaseLogger,
) {
  const pendingPresence = new Map<string, NodeJS.Timeout>();
  let stopped = false;

  async function publishViews(state: MeetingState, roles: readonly Role[] = ROLES): Promise<void> {
    const present = await presence.snapshot(state.sessionId);
    for (const [role, built] of viewsFor(state, roles, present)) {
      const room = io.to(roleRoom(state.sessionId, role));
      if (role !== 'member' || state.presenterId === null || built.notice === null) {
        room.emit('state', built);
        continue;
      }
      // The presenter's phone never carries a notice: the group's view goes to everyone else.
      const presenter = participantRoom(state.sessionId, state.presenterId);
      room.except(presenter).emit('state', built);
      io.to(presenter).emit('state', presenterView(built as RoomView));
    }
  }

  /** Never rejects: a change that is saved stays saved even when a view cannot go out. */
  async function publishChange({ before, after }: Change): Promise<void> {
    await publishViews(after).catch((error: unknown) => log.error({ err: error }, 'could not publish a change'));
    // Most changes (phase, timer, flags, notices) leave every member as they were. The reducer
    // keeps the participants array then, so a hall of a thousand costs nothing more here.
    if (before.participants === after.participants && before.presenterId === after.presenterId) return;
    const sessionId = after.sessionId;
    const previously = new Map(before.participants.map((member) => [member.participantId, member]));
    for (const member of after.participants) {
      const self = selfOf(after, member);
      const earlier = previously.get(member.participantId);
      if (selfChanged(earlier ? selfOf(before, earlier) : null, self)) {
        io.to(participantRoom(sessionId, member.participantId)).emit('me', self);
      }
    }
    for (const participantId of revokedParticipants(before, after)) {
      const room = participantRoom(sessionId, participantId);
      io.to(room).emit('closed', 'removed');
      // A plain disconnect (no transport close) tells the client not to reconnect.
      io.in(room).disconnectSockets(false);
    }
  }

  /** Presence changes come in bursts (a room reconnecting): the leaders get one view per burst. */
  function publishPresenceSoon(sessionId: string, load: () => Promise<MeetingState | null>): void {
    if (stopped || pendingPresence.has(sessionId)) return;
    const timer = setTimeout(() => {
      pendingPresence.delete(sessionId);
      load()
        .then((state) => (state ? publishViews(state, ['leader', 'co-leader']) : undefined))
        .catch(() => undefined); // the meeting is gone or the store is closing: nobody to tell
    }, PRESENCE_SETTLE_MS);
    timer.unref();
    pendingPresence.set(sessionId, timer);
  }

  function closeMeeting(sessionId: string): void {
    const room = meetingRoom(sessionId);
    io.to(room).emit('closed', 'deleted');
    io.in(room).disconnectSockets(false);
    presence.forget(sessionId).catch((error: unknown) => log.error({ err: error }, 'could not forget presence'));
  }

  /** A role's link was replaced: its sockets are told and closed, in every process. */
  function closeRole(sessionId: string, role: Role): void {
    const room = roleRoom(sessionId, role);
    io.to(room).emit('closed', 'revoked');
    io.in(room).disconnectSockets(false);
  }

  function stop(): void {
    stopped = true;
    for (const timer of pendingPresence.values()) clearTimeout(timer);
    pendingPresence.clear();
  }

  return { publishViews, publishChange, publishPresenceSoon, closeMeeting, closeRole, stop };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
