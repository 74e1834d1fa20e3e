// What each audience sees. Every view is built field by field from the state: a field reaches an
// audience only when its view names it here, so a new field in the state stays private by default.
// Members and the display never see flags, notes, pause signals, participants or tokens.
import { checkoutPhase } from './checkout';
import type { Acting, Role } from './roles';
import { currentPhase, currentRound, findParticipant, type FlagStatus, type Participant, roomLanguage, type SessionState } from './session-state';
import type { Cue } from './cues';
import type { RoomSettings } from './settings';
import { type PhaseTraits, type PresenterRole, traitsOf } from './phase-plan';
import type { Timer } from './timer';
import type { FlagKind } from './flags';
import type { Language, Register } from './language';
import { nameKey, numberedName } from './names';
import { UNDO_WINDOW_MS } from './undo';
import { frameOfRound, framingMoment } from './frames';

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

function roomView(state: SessionState, role: Role): RoomView {
  const phase = currentPhase(state);
  // Most of the time nobody presents yet: no need to look through a hall of members for no one.
  const presenter = state.presenterId === null ? undefined : findParticipant(state, state.presenterId);
  return {
    version: state.version,
    sessionId: state.sessionId,
    joinCode: state.joinCode,
    title: state.title,
    format: state.format,
    role,
    ended: state.endedAt !== null,
    locked: state.locked,
    acting: state.acting,
    round: state.rounds.length - 1,
    phase: {
      id: phase.id,
      title: phase.title,
      prompt: phase.prompt,
      ...(phase.details ? { details: phase.details } : {}),
      index: state.phaseIndex,
      ...traitsOf(phase),
      presenterRole: phase.presenterRole ?? null,
      timer: {
        durationSec: state.timer.durationSec,
        elapsedMs: state.timer.elapsedMs,
        runningSince: state.timer.runningSince,
      },
    },
    phases: state.phases.map((plan) => ({
      id: plan.id,
      title: plan.title,
      durationSec: plan.durationSec,
      ...traitsOf(plan),
    })),
    presenter: presenter ? { participantId: presenter.participantId, name: presenter.name } : null,
    notice: state.notice ? { text: state.notice.text, at: state.notice.at } : null,
    hints: state.hints,
    language: roomLanguage(state),
    register: state.register,
    settings: { displayClock: state.settings.displayClock, phoneClock: state.settings.phoneClock },
    displayBlank: state.displayBlank,
    framingMoment: framingMoment(state.rounds, state.phaseIndex),
    // Never the display's: the check-out is between each phone and the record.
    ...(role === 'member' && state.endedAt === null && state.checkout && checkoutPhase(state.phases, state.phaseIndex) ? { checkoutOpen: true as const } : {}),
  };
}

/**
 * The presenter's own phone: the member view without the notice. Redirects are for the group; the
 * presenter, stepped back or not, is never addressed from the wall.
 */
export function presenterView(memberView: RoomView): RoomView {
  return memberView.notice === null ? memberView : { ...memberView, notice: null };
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

/** A knocking "Dana" reads "Dana (2)" on the leaders' screens when a Dana is in, as she would be let in. */
function knockNames(state: SessionState): string[] {
  if (state.knocks.length === 0) return [];
  const highest = new Map<string, number>();
  for (const member of state.participants) {
    const key = nameKey(member.name);
    highest.set(key, Math.max(highest.get(key) ?? 0, member.nameNumber ?? 1));
  }
  return state.knocks.map((waiting) => {
    const key = nameKey(waiting.name);
    const number = (highest.get(key) ?? 0) + 1;
    highest.set(key, number);
    return numberedName(waiting.name, number);
  });
}

function leadersView(state: SessionState, role: Role, presence: Presence): LeadersView {
  const { connected } = presence;
  const room = roomView(state, role);
  const presenter = room.presenter && findParticipant(state, room.presenter.participantId);
  const knocks = knockNames(state);
  return {
    ...room,
    // The second "Dana" is "Dana (2)" to the leaders, here and in the participants.
    presenter: presenter ? { participantId: presenter.participantId, name: numberedName(presenter.name, presenter.nameNumber) } : null,
    groupId: state.groupId,
    roundStartedAt: currentRound(state).startedAt,
    caseNumber: Math.max(1, state.rounds.filter((round) => round.kind === 'case').length),
    debriefNotes: state.debriefNotes,
    leaderConnected: presence.leaderConnected,
    coLeaderConnected: presence.coLeaderConnected,
    takeoverAvailableAt: presence.takeoverAvailableAt,
    flags: state.flags.map((flag) => ({
      id: flag.id,
      kind: flag.kind,
      status: flag.status,
      raisedAt: flag.raisedAt,
      ...(flag.note ? { note: flag.note } : {}),
      ...(frameOfRound(state.rounds[flag.round]?.kind ?? 'case') === 'development' ? { frame: 'development' as const } : {}),
    })),
    pauseSignals: state.pauseSignals,
    pauseSignalsSeen: state.pauseSignalsSeen,
    participants: state.participants.map((member) => ({
      participantId: member.participantId,
      name: numberedName(member.name, member.nameNumber),
      connected: connected.has(member.participantId),
      volunteer: member.volunteer,
      late: member.late === true,
    })),
    cues: state.cues.map(({ id, cue, from, at }) => ({ id, cue, from, at })),
    knocks: state.knocks.map(({ knockId, at }, index) => ({ knockId, name: knocks[index]!, at })),
    meetingStartedAt: state.rounds[0]!.startedAt,
    meetingPlanSec: state.meetingPlanSec,
    // Whether the moment has passed is the client's to judge by the clock: a view changes only with the state.
    ...(state.checkout ? { checkout: { answered: state.checkout.answered } } : {}),
    undo: state.undo ? { phaseIndex: state.undo.fromIndex, until: state.undo.at + UNDO_WINDOW_MS } : null,
    plan: state.phases.map((plan) => ({
      id: plan.id,
      title: plan.title,
      durationSec: plan.durationSec,
      prompt: plan.prompt,
      ...traitsOf(plan),
      presenterRole: plan.presenterRole ?? null,
    })),
  };
}

/** The view for one audience. Only the leaders' view shows who is connected. */
export function view(state: SessionState, role: Role, presence: Presence = NOBODY_CONNECTED): View {
  return role === 'leader' || role === 'co-leader'
    ? leadersView(state, role, presence)
    : roomView(state, role);
}

/**
 * Every audience's view of one state, for a broadcast. The leaders' view (with every participant)
 * is built once and only its role differs for the co-leader: a hall of a thousand costs half.
 */
export function viewsFor(state: SessionState, roles: readonly Role[], presence: Presence = NOBODY_CONNECTED): [Role, View][] {
  let leaders: LeadersView | null = null;
  return roles.map((role) => {
    if (role !== 'leader' && role !== 'co-leader') return [role, roomView(state, role)];
    leaders ??= leadersView(state, role, presence);
    return [role, leaders.role === role ? leaders : { ...leaders, role }];
  });
}

export function memberSelf(state: SessionState, participantId: string): MemberSelf | null {
  const member = findParticipant(state, participantId);
  return member ? selfOf(state, member) : null;
}

/** A member's own view from the participant itself: no search, for the broadcast to a whole hall. */
export function selfOf(state: SessionState, member: Participant): MemberSelf {
  return {
    version: state.version,
    participantId: member.participantId,
    name: member.name,
    volunteer: member.volunteer,
    presenter: state.presenterId === member.participantId,
  };
}
