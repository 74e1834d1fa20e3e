// What each audience sees: the shapes of the views. Every view is built field by field from the state
// (shared/room-view.ts, shared/leaders-view.ts): a field reaches an audience only when its view names
// it, so a new field in the state stays private by default. Members and the display never see flags,
// notes, pause signals, participants or tokens.
import type { Cue } from './cues';
import type { FlagKind } from './flags';
import type { Language, Register } from './language';
import type { PhaseTraits, PresenterRole } from './phase-plan';
import type { Acting, Role } from './roles';
import type { FlagStatus } from './meeting-state';
import type { RoomSettings } from './settings';
import type { Timer } from './timer';

export interface PhaseView extends Omit<PhaseTraits, 'presenterRole'> {
  id: string;
  title: string;
  prompt: string;
  /** A longer text read out once (the opening's ground rules), for the console and the display. */
  details?: string;
  index: number;
  presenterRole: PresenterRole | null;
  timer: Timer;
}

export type PhaseSummary = { id: string; title: string; durationSec: number } & PhaseTraits;

export interface RoomView {
  version: number;
  sessionId: string;
  joinCode: string;
  title: string;
  format: string;
  role: Role;
  ended: boolean;
  locked: boolean;
  acting: Acting;
  /** Which case of the meeting this is, from 0. */
  round: number;
  phase: PhaseView;
  phases: PhaseSummary[];
  presenter: { participantId: string; name: string } | null;
  notice: { text: string; at: number } | null;
  /** Whether phones show the step-back hints. */
  hints: boolean;
  /** The room language, which the display speaks; phones and consoles speak their own. */
  language: Language;
  /** How the room's words address one person, in German, French and Spanish. */
  register: Register;
  /** How much of the time the room sees: the wall's clock, and whether phones follow with one. */
  settings: RoomSettings;
  /** The leader blanked the wall. */
  displayBlank: boolean;
  /**
   * The boundary from Balint case work into professional development, from when it began (server
   * time): the wall and the phones show the framing moment until the next phase or a while later.
   */
  framingMoment: { at: number } | null;
  /** Members only, while the group's check-out is open (the closing): the phone may offer it. */
  checkoutOpen?: true;
}

export interface FlagView {
  id: string;
  kind: FlagKind;
  status: FlagStatus;
  raisedAt: number;
  note?: string;
  /** Raised in professional development: its line to say is that frame's. Absent in Balint work. */
  frame?: 'development';
}

export interface ParticipantView {
  participantId: string;
  name: string;
  connected: boolean;
  volunteer: boolean;
  /** Came in after the presenter began. */
  late: boolean;
}

export interface LeadersView extends RoomView {
  /** The group this meeting belongs to, so the leader can save the format as the group's own. */
  groupId: string | null;
  /** When this case's clock first ran, for the meeting budget; null before it starts. */
  roundStartedAt: number | null;
  /** Which case this is, counting only rounds that had a case (a "no case today" is not one). */
  caseNumber: number;
  /** The leaders' notes for supervision, written after the meeting. */
  debriefNotes: string;
  /** Whether the leader has a socket open. */
  leaderConnected: boolean;
  /** Whether the co-leader has a socket open: the leader sees that the co-leader is with them. */
  coLeaderConnected: boolean;
  /** When the co-leader may take over (the leader has been gone long enough); null while present. */
  takeoverAvailableAt: number | null;
  flags: FlagView[];
  pauseSignals: number;
  /** How many of them the leader has marked seen; the others stand as a request now. */
  pauseSignalsSeen: number;
  participants: ParticipantView[];
  /** The latest cues between the leaders, most recent last. */
  cues: Cue[];
  /** Latecomers waiting at the locked room. */
  knocks: { knockId: string; name: string; at: number }[];
  /** When the meeting's clock first ran (null before), and how long the whole meeting is planned. */
  meetingStartedAt: number | null;
  meetingPlanSec: number;
  /**
   * The last advance can be taken back (`phase.undo`) until `until` (server time): back to the phase
   * at `phaseIndex`. Null when there is none, or another move has made it moot.
   */
  undo: { phaseIndex: number; until: number } | null;
  /** Where the group turned the check-out on: how many answered so far, never what. */
  checkout?: { answered: number };
  /** The whole plan with prompts, for the format editor. */
  plan: (Omit<PhaseTraits, 'presenterRole'> & {
    id: string;
    title: string;
    durationSec: number;
    prompt: string;
    presenterRole: PresenterRole | null;
  })[];
}

export type View = RoomView | LeadersView;

/** What a member's own phone is told about them, sent to that socket only. */
export interface MemberSelf {
  version: number;
  participantId: string;
  name: string;
  volunteer: boolean;
  presenter: boolean;
}

export function isLeadersView(view: View): view is LeadersView {
  return view.role === 'leader' || view.role === 'co-leader';
}

/** Who is connected right now: known to the server's sockets, not part of the state. */
export interface Presence {
  /** Participant ids with an open socket. */
  connected: ReadonlySet<string>;
  leaderConnected: boolean;
  coLeaderConnected: boolean;
  takeoverAvailableAt: number | null;
}

export const NOBODY_CONNECTED: Presence = {
  connected: new Set(),
  leaderConnected: false,
  coLeaderConnected: false,
  takeoverAvailableAt: null,
};

