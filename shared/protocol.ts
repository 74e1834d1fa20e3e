// The wire: Socket.IO event maps, HTTP bodies and replies, error codes. Everything a client and
// the server must agree on, in one place.
import { z } from 'zod';
import type { CommandErrorCode, HttpErrorCode } from './errors';
import { LIMITS } from './limits';
import { LANGUAGES } from './language';
import { leaderIdSchema } from './leaders';
import { cleanName } from './names';
import { DEBRIEF_NOTES_MAX } from './changes/room';
import type { PhasePlan } from './phase-plan';
import type { MemberSelf, View } from './views';

export { PROTOCOL_VERSION } from './protocol-version';

/** Why the server asks a page to reload: it was built for an older protocol. */
export interface ReloadNotice {
  reason: 'protocol';
  /** The server's protocol version. */
  protocol: number;
}

// The error codes are shared/errors.ts's; the wire names them in its replies.
export { COMMAND_ERROR_CODES, HTTP_ERROR_STATUS, type CommandErrorCode, type HttpErrorCode } from './errors';

export const createMeetingBody = z.object({
  title: z.string().trim().min(1).max(LIMITS.titleMax).optional(),
  template: z.string().min(1).max(LIMITS.idMax).optional(),
  // Ours: the room language the display starts in (the starting leader's own, as a rule).
  language: z.enum(LANGUAGES).optional(),
  // Ours, with a group's token: who leads and who co-leads, ids from the group's leader list.
  ledBy: leaderIdSchema.nullable().optional(),
  coLedBy: leaderIdSchema.nullable().optional(),
});

export const joinBody = z.object({
  joinCode: z.string().max(32),
  // Cleaned before it is measured: a name of zero-width characters is empty, and refused.
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(LIMITS.nameMax)),
});

export const debriefBody = z.object({
  notes: z.string().max(DEBRIEF_NOTES_MAX),
});

export const createGroupBody = z.object({
  name: z.string().trim().min(1).max(LIMITS.groupNameMax),
});

/** Ours: a new link for a role, in place of the old one (the old token stops working at once). */
export const rotateLinkBody = z.object({ role: z.enum(['co-leader', 'display']) });

export interface RotatedLink {
  role: 'co-leader' | 'display';
  token: string;
  link: string;
}

export interface CreatedGroup {
  groupId: string;
  groupToken: string;
  links: { group: string };
}

export interface MeetingLinks {
  leader: string;
  coLeader: string;
  display: string;
  join: string;
}

export interface CreatedMeeting {
  sessionId: string;
  joinCode: string;
  leaderToken: string;
  coLeaderToken: string;
  displayToken: string;
  links: MeetingLinks;
}

export interface JoinedMeeting {
  sessionId: string;
  participantId: string;
  token: string;
}

/** Ours: a latecomer knocking at a locked room. The token becomes their member token once let in. */
export interface Knocked {
  sessionId: string;
  knockId: string;
  token: string;
}

export type KnockStatus = 'waiting' | 'admitted';

export interface TemplateSummary {
  id: string;
  title: string;
  phases: PhasePlan[];
}

export type CommandReply =
  | { ok: true; version: number }
  | { ok: false; error: { code: CommandErrorCode; message: string } };

/**
 * Why the server closed a socket on purpose; the client must not reconnect with that token.
 * `replaced`: a fifth connection with the same token took this one's place (the oldest goes);
 * `revoked`: the leader issued a new link for this role, and this token no longer opens anything.
 */
export type ClosedReason = 'removed' | 'deleted' | 'replaced' | 'revoked';

export interface ServerToClientEvents {
  state: (view: View) => void;
  me: (self: MemberSelf) => void;
  closed: (reason: ClosedReason) => void;
  /** The server is shutting down; it will be back, so keep trying to reconnect. */
  restarting: () => void;
  /** This page was built for an older protocol: reload at a calm moment (never mid-phase). */
  reload: (notice: ReloadNotice) => void;
}

export interface ClientToServerEvents {
  command: (payload: unknown, ack: (reply: CommandReply) => void) => void;
  clock: (ack: (serverNow: number) => void) => void;
}
