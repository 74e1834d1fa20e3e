// The meeting as data: its state, what a change returns, and the questions every part asks of it.
// Plain types and pure reads; the one way the state changes is the reducer (shared/meeting.ts).
import type { CertificateMarks } from './certificate-marks';
import type { CheckoutTally } from './checkout';
import type { Cue, CueCounts } from './cues';
import type { FlagHandling, FlagKind } from './flags';
import type { Language, Register } from './language';
import type { MeetingLeaders } from './leaders';
import type { Acting } from './roles';
import type { Round } from './rounds';
import type { RoomSettings } from './settings';
import type { PhasePlan } from './phase-plan';
import type { Timer } from './timer';
import type { UndoPoint } from './undo';

export type FlagStatus = 'open' | 'acknowledged' | 'resolved' | 'dismissed';

export interface Flag {
  id: string;
  kind: FlagKind;
  status: FlagStatus;
  raisedAt: number;
  /** The co-leader's short note: leaders only, deleted when the meeting ends. */
  note?: string;
  round: number;
  phaseId: string;
  /** How the leader answered it: said aloud, projected (as offered or edited), set aside. */
  handled?: FlagHandling;
}

export interface Participant {
  participantId: string;
  name: string;
  volunteer: boolean;
  joinedAt: number;
  /** Came in once the presenter had begun: the leaders see the arrival, quietly. */
  late?: boolean;
  /** The second "Dana" of the meeting is 2: the leaders see "Dana (2)". Never leaves the server otherwise. */
  nameNumber?: number;
  /** When the member last said "I have a case" or took it back, for the cooldown. Never leaves the server. */
  volunteerAt?: number;
}

/** A latecomer at a locked room, waiting for the leader to let them in. Leaders only. */
export interface Knock {
  /** Becomes the participant id once admitted. */
  knockId: string;
  name: string;
  at: number;
}

export interface Notice {
  text: string;
  at: number;
}

export interface LeadershipEvent {
  event: 'takeover' | 'handback';
  at: number;
}

export interface MeetingState {
  sessionId: string;
  joinCode: string;
  title: string;
  /** The id of the format the meeting was started from (`FORMATS`, or a group's own); its phases are copied into `phases`. */
  formatId: string;
  /** The group the meeting belongs to, when it was started from a group link. */
  groupId: string | null;
  version: number;
  startedAt: number;
  endedAt: number | null;
  locked: boolean;
  acting: Acting;
  phases: PhasePlan[];
  phaseIndex: number;
  timer: Timer;
  /** One per case; the current round is the last. */
  rounds: Round[];
  presenterId: string | null;
  notice: Notice | null;
  flags: Flag[];
  nextFlagNumber: number;
  pauseSignals: number;
  /** How many of the pause signals the leader has marked seen: the rest are a request standing now. */
  pauseSignalsSeen: number;
  participants: Participant[];
  /** When each member last signalled a pause, to rate-limit the signal. Never leaves the server. */
  lastPauseSignalAt: Record<string, number>;
  leadership: LeadershipEvent[];
  /** Whether members' phones carry the step-back hints ("speak to the group, not the presenter"). */
  hints: boolean;
  /** The leaders' own notes for supervision, written after the meeting. */
  debriefNotes: string;
  /**
   * The room language: the display speaks it, whatever language its device is set to. Meetings
   * saved before there were languages lack it and are English: read it through roomLanguage().
   */
  language?: Language;
  /** How the room's words address one person: Sie / vous / usted unless the leader chose du / tu / tú. */
  register: Register;
  /** How much of the time the room sees: the wall's clock, and whether phones follow with one. */
  settings: RoomSettings;
  /** The latest cues between the leaders (most recent last); never in a room view. */
  cues: Cue[];
  /** Every cue of the meeting, counted by kind, for the record. */
  cueCounts: CueCounts;
  knocks: Knock[];
  /** The leader blanked the wall: the display shows nothing until brought back. */
  displayBlank: boolean;
  /** How long the whole meeting is planned to run, every case included. */
  meetingPlanSec: number;
  /** The last advance, while it can still be taken back (`phase.undo`). Never leaves the server. */
  undo: UndoPoint | null;
  /** Set when the meeting ends: who may take an attendance certificate, and how many did. Never in a view. */
  certificates?: CertificateMarks;
  /** The anonymous check-out's counts; null where the group has not turned it on. Never who answered. */
  checkout: CheckoutTally | null;
  /** Who leads and co-leads, from the group's leader list (ids only); absent outside a group. */
  leaders?: MeetingLeaders;
  /** Members who ever joined, removed ones included: the leading log's count, never who. */
  membersJoined?: number;
}

import type { ErrorCode } from './errors';
export type { ErrorCode } from './errors';

export interface DomainError {
  code: ErrorCode;
  message: string;
}

export type Outcome = { ok: true; state: MeetingState } | { ok: false; error: DomainError };

/** Facts about the room that are not part of the state: who is connected. */
export interface RoomContext {
  /** True once the leader has been disconnected long enough for the co-leader to take over. */
  leaderAway: boolean;
  /** The server's cap on members per meeting (MAX_PARTICIPANTS); none when left out. */
  maxParticipants?: number;
  /** At the end: the members who had the meeting open at some point (bare ids), for certificates. */
  attended?: readonly string[];
}

/** The room language; English for a meeting saved before the room had one. */
export function roomLanguage(state: MeetingState): Language {
  return state.language ?? 'en';
}

export function currentPhase(state: MeetingState): PhasePlan {
  return state.phases[state.phaseIndex]!;
}

export function currentRound(state: MeetingState): Round {
  return state.rounds[state.rounds.length - 1]!;
}

export function findParticipant(state: MeetingState, participantId: string | undefined) {
  return state.participants.find((member) => member.participantId === participantId);
}

/** Whether someone coming in now arrives after the presenter began: they should come in quietly. */
export function arrivingLate(state: MeetingState): boolean {
  return state.phases.slice(0, state.phaseIndex + 1).some((phase) => phase.phonesDown);
}

/** Whether the meeting holds as many members as the server allows. */
export function meetingIsFull(state: MeetingState, maxParticipants: number | undefined): boolean {
  return maxParticipants !== undefined && state.participants.length >= maxParticipants;
}
