// The meeting as data, and the pure reducer that is the only way it changes:
// apply(state, actor, command, now) → the next state, or a typed error that changes nothing.
import { certificateMarksAtEnd, type CertificateMarks } from './certificate-marks';
import { checkoutPhase, closeTally, countAnswers, emptyTally, type CheckoutTally } from './checkout';
import type { Command, CommandOf, CommandType } from './commands';
import { CUES_KEPT, type Cue, type CueCounts } from './cues';
import { FLAG_CATALOG, type FlagHandling, type FlagKind } from './flags';
import { developmentSegment, flagFitsFrame, frameOf, frameOfRound, openingRoundKind } from './frames';
import type { Language, Register } from './language';
import type { MeetingLeaders } from './leaders';
import { nameKey } from './names';
import { mayPerform } from './permissions';
import { kindOfLine } from './localize';
import { planFromEdits } from './plan-edits';
import type { Acting, Actor } from './roles';
import {
  closeRecord,
  freshRound,
  markStart,
  replanRound,
  timerFor,
  updateRecord,
  withRunClosed,
  type Round,
  type RoundKind,
} from './rounds';
import { DEFAULT_SETTINGS, withSettings, type RoomSettings } from './settings';
import { FREE_ROUND, newCaseStart, type Format, type PhasePlan } from './templates';
import { extendTimer, isRunning, pauseTimer, resumeTimer, type Timer } from './timer';
import { restoredRecord, restoredTimer, undoOpen, undoPointFor, type UndoPoint } from './undo';

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

export interface SessionState {
  sessionId: string;
  joinCode: string;
  title: string;
  format: string;
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

export type Outcome = { ok: true; state: SessionState } | { ok: false; error: DomainError };

/** Facts about the room that are not part of the state: who is connected. */
export interface RoomContext {
  /** True once the leader has been disconnected long enough for the co-leader to take over. */
  leaderAway: boolean;
  /** The server's cap on members per meeting (MAX_PARTICIPANTS); none when left out. */
  maxParticipants?: number;
  /** At the end: the members who had the meeting open at some point (bare ids), for certificates. */
  attended?: readonly string[];
}

/** One pause signal per member per minute: enough to be heard, too few to flood the count. */
export const PAUSE_SIGNAL_COOLDOWN_MS = 60_000;

/** A projected notice clears itself after a minute: the wall goes back to the case. */
export const NOTICE_LIFETIME_MS = 60_000;

/** Enough for every latecomer of a real group; a flood of knocks is refused. */
export const KNOCKS_MAX = 20;

/**
 * "I have a case" can be taken back after a moment, not toggled in a loop: each change reaches the
 * leaders' screens, and a hall of phones toggling would flood them.
 */
export const VOLUNTEER_COOLDOWN_MS = 5_000;

/** Whether the meeting holds as many members as the server allows. */
export function meetingIsFull(state: SessionState, maxParticipants: number | undefined): boolean {
  return maxParticipants !== undefined && state.participants.length >= maxParticipants;
}

const FULL_MESSAGE = 'This meeting is full.';

const ok = (state: SessionState): Outcome => ({ ok: true, state });
const fail = (code: ErrorCode, message: string): Outcome => ({ ok: false, error: { code, message } });

export interface NewSession {
  sessionId: string;
  joinCode: string;
  title: string;
  format: Format;
  groupId?: string | null;
  language?: Language;
  /** The meeting's planned length; one case of the format when not given. */
  meetingPlanSec?: number;
  /** The group turned the anonymous check-out on; off unless it did. */
  checkout?: boolean;
  /** Who leads and co-leads, picked from the group's leader list. */
  leaders?: MeetingLeaders;
  now: number;
}

/** A meeting waits in its first phase, paused, until the leader starts the clock. */
export function createSession({
  sessionId,
  joinCode,
  title,
  format,
  groupId = null,
  language = 'en',
  meetingPlanSec,
  checkout = false,
  leaders,
  now,
}: NewSession): SessionState {
  const phases = format.phases.map((phase) => ({ ...phase }));
  const round = freshRound(phases, openingRoundKind(phases));
  const first = phases[0]!;
  return {
    sessionId,
    joinCode,
    title,
    format: format.id,
    groupId,
    version: 1,
    startedAt: now,
    endedAt: null,
    locked: false,
    acting: 'leader',
    phases,
    phaseIndex: 0,
    timer: { ...timerFor(round, first, now), runningSince: null },
    rounds: [round],
    presenterId: null,
    notice: null,
    flags: [],
    nextFlagNumber: 1,
    pauseSignals: 0,
    pauseSignalsSeen: 0,
    participants: [],
    lastPauseSignalAt: {},
    leadership: [],
    hints: format.hints ?? true,
    debriefNotes: '',
    language,
    register: format.register ?? 'formal',
    settings: withSettings(DEFAULT_SETTINGS, format.settings ?? {}),
    cues: [],
    cueCounts: {},
    knocks: [],
    displayBlank: false,
    meetingPlanSec: meetingPlanSec ?? phases.reduce((sum, phase) => sum + phase.durationSec, 0),
    undo: null,
    checkout: checkout ? emptyTally() : null,
    ...(leaders ? { leaders } : {}),
  };
}

/** A meeting as saved, with what a meeting saved by an earlier version lacks filled in. */
export function restoreSaved(saved: SessionState): SessionState {
  const partial = saved as Partial<SessionState> & SessionState;
  return {
    ...saved,
    register: partial.register ?? 'formal',
    settings: partial.settings ?? DEFAULT_SETTINGS,
    cues: partial.cues ?? [],
    cueCounts: partial.cueCounts ?? {},
    knocks: partial.knocks ?? [],
    displayBlank: partial.displayBlank ?? false,
    pauseSignalsSeen: partial.pauseSignalsSeen ?? 0,
    undo: partial.undo ?? null,
    checkout: partial.checkout ?? null,
    meetingPlanSec:
      partial.meetingPlanSec ?? saved.phases.reduce((sum, phase) => sum + phase.durationSec, 0),
    rounds: saved.rounds.map((round) => ({ ...round, kind: round.kind ?? 'case' })),
  };
}

/** The room language; English for a meeting saved before the room had one. */
export function roomLanguage(state: SessionState): Language {
  return state.language ?? 'en';
}

export function currentPhase(state: SessionState): PhasePlan {
  return state.phases[state.phaseIndex]!;
}

export function currentRound(state: SessionState): Round {
  return state.rounds[state.rounds.length - 1]!;
}

function withCurrentRound(state: SessionState, round: Round): SessionState['rounds'] {
  return [...state.rounds.slice(0, -1), round];
}

/**
 * Closes the running phase's record and starts phase `index` from where its record left off. A
 * notice belongs to the moment it answered: it never follows the room into the next phase.
 */
function enterPhase(state: SessionState, index: number, now: number): SessionState {
  const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
  return {
    ...state,
    phaseIndex: index,
    timer: timerFor(closed, state.phases[index]!, now),
    rounds: withCurrentRound(state, closed),
    notice: null,
  };
}

/** Whether someone coming in now arrives after the presenter began: they should come in quietly. */
export function arrivingLate(state: SessionState): boolean {
  return state.phases.slice(0, state.phaseIndex + 1).some((phase) => phase.phonesDown);
}

function participantFrom(state: SessionState, member: { participantId: string; name: string }, now: number): Participant {
  // A second person of the same name gets the next number, kept for the whole meeting, so that the
  // leaders' "Dana (2)" stays the same person when the first Dana leaves.
  const key = nameKey(member.name);
  const numbers = state.participants.filter((other) => nameKey(other.name) === key).map((other) => other.nameNumber ?? 1);
  const nameNumber = numbers.length === 0 ? undefined : Math.max(...numbers) + 1;
  return {
    ...member,
    volunteer: false,
    joinedAt: now,
    ...(arrivingLate(state) ? { late: true } : {}),
    ...(nameNumber ? { nameNumber } : {}),
  };
}

/** The knock and its name go; the latecomer is a member from now on, like anyone who joined late. */
function letIn(state: SessionState, waiting: Knock, now: number): SessionState {
  return {
    ...state,
    knocks: state.knocks.filter((candidate) => candidate.knockId !== waiting.knockId),
    participants: [...state.participants, participantFrom(state, { participantId: waiting.knockId, name: waiting.name }, now)],
    membersJoined: (state.membersJoined ?? 0) + 1,
  };
}

export function admitMember(
  state: SessionState,
  member: { participantId: string; name: string },
  now: number,
  maxParticipants?: number,
): Outcome {
  if (state.endedAt !== null) return fail('locked', 'This meeting has ended.');
  if (state.locked) return fail('locked', 'The room is locked.');
  if (meetingIsFull(state, maxParticipants)) return fail('forbidden', FULL_MESSAGE);
  return ok({
    ...state,
    version: state.version + 1,
    participants: [...state.participants, participantFrom(state, member, now)],
    membersJoined: (state.membersJoined ?? 0) + 1,
  });
}

/** A latecomer knocks at a locked room; the leaders see the name and may let them in. */
export function knock(
  state: SessionState,
  knocker: { knockId: string; name: string },
  now: number,
  maxParticipants?: number,
): Outcome {
  if (state.endedAt !== null) return fail('not_found', 'This meeting has ended.');
  if (!state.locked) return fail('conflict', 'The room is open: join instead.');
  if (meetingIsFull(state, maxParticipants)) return fail('forbidden', FULL_MESSAGE);
  if (state.knocks.length >= KNOCKS_MAX) return fail('rate_limited', 'Too many people are waiting already.');
  return ok({ ...state, version: state.version + 1, knocks: [...state.knocks, { ...knocker, at: now }] });
}

/** The latecomer stops waiting (they gave up, or closed the page). */
export function withdrawKnock(state: SessionState, knockId: string): Outcome {
  if (!state.knocks.some((waiting) => waiting.knockId === knockId)) return fail('not_found', 'No such knock.');
  return ok({ ...state, version: state.version + 1, knocks: state.knocks.filter((waiting) => waiting.knockId !== knockId) });
}

/**
 * The server's own change when a projected notice has been up for a minute. `conflict` when there is
 * nothing to clear yet, so a process that was late to ask changes nothing.
 */
export function expireNotice(state: SessionState, now: number): Outcome {
  if (state.endedAt !== null || state.notice === null) return fail('conflict', 'There is no notice.');
  if (now < state.notice.at + NOTICE_LIFETIME_MS) return fail('conflict', 'The notice is still fresh.');
  return ok({ ...state, version: state.version + 1, notice: null });
}

export function apply(
  state: SessionState,
  actor: Actor,
  command: Command,
  now: number,
  room: RoomContext = { leaderAway: false },
): Outcome {
  if (state.endedAt !== null) return fail('conflict', 'This meeting has ended.');
  if (!mayPerform(actor.role, command.type, state.acting)) {
    return fail('forbidden', `A ${actor.role} may not send ${command.type}.`);
  }
  const outcome = reduce(state, actor, command, now, room);
  if (!outcome.ok) return outcome;
  const next = outcome.state;
  const round = markStart(currentRound(next), currentPhase(next).id, next.timer);
  return ok({ ...next, rounds: withCurrentRound(next, round), undo: undoAfter(state, next, command), version: state.version + 1 });
}

/**
 * An advance can be taken back until anything else moves the room: another phase, another round,
 * an edited plan, the end. Commands that leave the room where it is (a flag, the timer) keep it.
 */
function undoAfter(before: SessionState, after: SessionState, command: Command): UndoPoint | null {
  if (command.type === 'phase.next' || command.type === 'phase.goto') return after.undo;
  const stayed =
    after.phaseIndex === before.phaseIndex &&
    after.rounds.length === before.rounds.length &&
    after.phases === before.phases &&
    after.endedAt === null;
  return stayed ? before.undo : null;
}

/** Moves to phase `index` as an advance that `phase.undo` can take back. */
function advancePhase(state: SessionState, index: number, now: number): SessionState {
  const undo = undoPointFor(currentRound(state), state.timer, state.phaseIndex, index, now);
  return { ...enterPhase(state, index, now), undo };
}

export const DEBRIEF_NOTES_MAX = 4000;

/** The leaders' debrief notes, once the meeting has ended. */
export function writeDebriefNotes(state: SessionState, notes: string): Outcome {
  if (state.endedAt === null) return fail('conflict', 'The debrief opens when the meeting has ended.');
  if (notes === state.debriefNotes) return fail('conflict', 'Nothing to change.');
  return ok({ ...state, debriefNotes: notes, version: state.version + 1 });
}

type Handler<T extends CommandType> = (
  state: SessionState,
  command: CommandOf<T>,
  now: number,
  actor: Actor,
  room: RoomContext,
) => Outcome;

const handlers: { [T in CommandType]: Handler<T> } = {
  'phase.next': (state, _command, now) =>
    state.phaseIndex >= state.phases.length - 1
      ? fail('conflict', 'This is the last phase of the round.')
      : ok(advancePhase(state, state.phaseIndex + 1, now)),

  'phase.previous': (state, _command, now) =>
    state.phaseIndex === 0
      ? fail('conflict', 'This is the first phase.')
      : ok(enterPhase(state, state.phaseIndex - 1, now)),

  'phase.goto': (state, { phaseId }, now) => {
    const index = state.phases.findIndex((phase) => phase.id === phaseId);
    if (index < 0) return fail('not_found', 'No such phase in this format.');
    if (index === state.phaseIndex) return fail('conflict', 'That phase is already running.');
    return ok(advancePhase(state, index, now));
  },

  // The advance never happened: the left phase comes back as it stood, its timer running or paused
  // as it was, and the phase entered by mistake keeps no trace of the seconds spent in it.
  'phase.undo': (state, _command, now) => {
    const point = state.undo;
    if (!undoOpen(point, state.phaseIndex, now)) return fail('conflict', 'There is no advance to take back.');
    const left = state.phases[point.fromIndex]!;
    return ok({
      ...state,
      phaseIndex: point.fromIndex,
      timer: restoredTimer(point, now),
      rounds: withCurrentRound(state, restoredRecord(point, currentRound(state), left.id)),
      notice: null,
    });
  },

  // A pause ends the phase's stretch: the debrief draws it as a gap.
  'timer.pause': (state, _command, now) =>
    isRunning(state.timer)
      ? ok({
          ...state,
          timer: pauseTimer(state.timer, now),
          rounds: withCurrentRound(
            state,
            updateRecord(currentRound(state), currentPhase(state).id, (record) => withRunClosed(record, state.timer, now)),
          ),
        })
      : fail('conflict', 'The timer is already paused.'),

  'timer.resume': (state, _command, now) =>
    isRunning(state.timer)
      ? fail('conflict', 'The timer is already running.')
      : ok({ ...state, timer: resumeTimer(state.timer, now) }),

  'timer.extend': (state, { seconds }) => ok({ ...state, timer: extendTimer(state.timer, seconds) }),

  'presenter.set': (state, { participantId }) => {
    if (participantId === state.presenterId) return fail('conflict', 'Nothing to change.');
    if (participantId !== null && !findParticipant(state, participantId)) {
      return fail('not_found', 'No such participant.');
    }
    return ok({ ...state, presenterId: participantId });
  },

  'case.volunteer': (state, { volunteer }, now, actor) => {
    const member = findParticipant(state, actor.participantId);
    if (!member) return fail('not_found', 'You are no longer in this meeting.');
    if (member.volunteer === volunteer) return fail('conflict', 'Nothing to change.');
    if (member.volunteerAt !== undefined && now - member.volunteerAt < VOLUNTEER_COOLDOWN_MS) {
      return fail('rate_limited', 'Your answer has just reached the leaders; wait a moment.');
    }
    return ok(updateParticipant(state, member.participantId, { volunteer, volunteerAt: now }));
  },

  'pause.signal': (state, _command, now, actor) => {
    const member = findParticipant(state, actor.participantId);
    if (!member) return fail('not_found', 'You are no longer in this meeting.');
    const last = state.lastPauseSignalAt[member.participantId];
    if (last !== undefined && now - last < PAUSE_SIGNAL_COOLDOWN_MS) {
      return fail('rate_limited', 'Your pause signal has already reached the leaders.');
    }
    const round = updateRecord(currentRound(state), currentPhase(state).id, (record) => ({
      ...record,
      pauseSignals: record.pauseSignals + 1,
    }));
    return ok({
      ...state,
      pauseSignals: state.pauseSignals + 1,
      lastPauseSignalAt: { ...state.lastPauseSignalAt, [member.participantId]: now },
      rounds: withCurrentRound(state, round),
    });
  },

  'flag.raise': (state, { kind, note }, now) => {
    if (!flagFitsFrame(kind, frameOf(currentPhase(state)))) {
      return fail('invalid', 'That flag belongs to the other frame: it does not fit the part running now.');
    }
    const flag: Flag = {
      id: `flag-${state.nextFlagNumber}`,
      kind,
      status: 'open',
      raisedAt: now,
      round: state.rounds.length - 1,
      phaseId: currentPhase(state).id,
      ...(note ? { note } : {}),
    };
    return ok({ ...state, flags: [...state.flags, flag], nextFlagNumber: state.nextFlagNumber + 1 });
  },

  'flag.update': (state, { flagId, status, handled }) => {
    const flag = state.flags.find((candidate) => candidate.id === flagId);
    if (!flag) return fail('not_found', 'No such flag.');
    if (flag.status === status) return fail('conflict', `The flag is already ${status}.`);
    if (handled === 'said' && status !== 'resolved') {
      return fail('invalid', 'A line said aloud resolves the flag: send status "resolved".');
    }
    const handling: FlagHandling | undefined = handled ?? (status === 'dismissed' ? 'set-aside' : undefined);
    return ok(updateFlag(state, flagId, { status, ...(handling ? { handled: handling } : {}) }));
  },

  'notice.show': (state, { text, flagId }, now) => {
    const notice = { text, at: now };
    if (flagId === undefined) return ok({ ...state, notice });
    const flag = state.flags.find((candidate) => candidate.id === flagId);
    if (!flag) return fail('not_found', 'No such flag.');
    // Kinds that point at one person (or that the leaders follow up privately) never go on the wall.
    if (!FLAG_CATALOG[flag.kind].wall) {
      return fail('forbidden', 'This flag is for the leader to say, not for the wall.');
    }
    const handled: FlagHandling = kindOfLine(text) === flag.kind ? 'projected' : 'projected-edited';
    return ok({ ...updateFlag(state, flagId, { status: 'resolved', handled }), notice });
  },

  // Values only: who answered is the server's store's to know (one answer each), never the state's.
  'checkout.answer': (state, { answers }, _now, actor) => {
    if (!state.checkout) return fail('conflict', 'This meeting has no check-out.');
    if (!checkoutPhase(state.phases, state.phaseIndex)) return fail('conflict', 'The check-out opens at the closing.');
    if (!findParticipant(state, actor.participantId)) return fail('not_found', 'You are no longer in this meeting.');
    return ok({ ...state, checkout: countAnswers(state.checkout, answers) });
  },

  'pause.seen': (state) =>
    state.pauseSignalsSeen === state.pauseSignals
      ? fail('conflict', 'Every pause signal is already marked seen.')
      : ok({ ...state, pauseSignalsSeen: state.pauseSignals }),

  'notice.clear': (state) =>
    state.notice === null ? fail('conflict', 'There is no notice.') : ok({ ...state, notice: null }),

  'participant.remove': (state, { participantId }) => {
    if (!findParticipant(state, participantId)) return fail('not_found', 'No such participant.');
    const { [participantId]: _removed, ...lastPauseSignalAt } = state.lastPauseSignalAt;
    return ok({
      ...state,
      participants: state.participants.filter((member) => member.participantId !== participantId),
      presenterId: state.presenterId === participantId ? null : state.presenterId,
      lastPauseSignalAt,
    });
  },

  'room.settings': (state, change) => {
    const settings = withSettings(state.settings, change);
    const same = settings.displayClock === state.settings.displayClock && settings.phoneClock === state.settings.phoneClock;
    return same ? fail('conflict', 'Nothing to change.') : ok({ ...state, settings });
  },

  'cue.send': (state, { cue }, now, actor) => {
    const count = state.cueCounts[cue] ?? 0;
    const total = Object.values(state.cueCounts).reduce((sum, n) => sum + (n ?? 0), 0);
    const sent: Cue = { id: `cue-${total + 1}`, cue, from: actor.role === 'leader' ? 'leader' : 'co-leader', at: now };
    return ok({
      ...state,
      cues: [...state.cues, sent].slice(-CUES_KEPT),
      cueCounts: { ...state.cueCounts, [cue]: count + 1 },
    });
  },

  'knock.admit': (state, { knockId }, now, _actor, room) => {
    const waiting = state.knocks.find((candidate) => candidate.knockId === knockId);
    if (!waiting) {
      return findParticipant(state, knockId)
        ? fail('conflict', 'Already let in.')
        : fail('not_found', 'Nobody is knocking with that id.');
    }
    if (meetingIsFull(state, room.maxParticipants)) return fail('forbidden', FULL_MESSAGE);
    return ok(letIn(state, waiting, now));
  },

  'case.none': (state, { then }, now) => {
    const phase = currentPhase(state);
    if (!phase.callsForCase) return fail('conflict', '"No case today" ends a case call.');
    const closed = { ...closeRecord(currentRound(state), phase.id, state.timer, now), kind: 'no-case' as RoundKind };
    if ((then ?? 'closing') === 'free') {
      const phases = withFreeRound(state.phases);
      const start = phases.findIndex((candidate) => candidate.id === FREE_ROUND.id);
      return ok(beginRound(state, closed, phases, 'free', start, now));
    }
    const last = state.phases.length - 1;
    return ok({
      ...state,
      rounds: withCurrentRound(state, closed),
      phaseIndex: last,
      timer: timerFor(closed, state.phases[last]!, now),
      notice: null,
      participants: withoutVolunteers(state.participants),
    });
  },

  'display.blank': (state, { blank }) =>
    state.displayBlank === blank ? fail('conflict', 'Nothing to change.') : ok({ ...state, displayBlank: blank }),

  'meeting.plan': (state, { minutes }) =>
    state.meetingPlanSec === minutes * 60
      ? fail('conflict', 'Nothing to change.')
      : ok({ ...state, meetingPlanSec: minutes * 60 }),

  'hints.set': (state, { enabled }) =>
    state.hints === enabled ? fail('conflict', 'Nothing to change.') : ok({ ...state, hints: enabled }),

  'language.set': (state, { language = roomLanguage(state), register = state.register }) =>
    roomLanguage(state) === language && state.register === register
      ? fail('conflict', 'Nothing to change.')
      : ok({ ...state, language, register }),

  'room.lock': (state) =>
    state.locked ? fail('conflict', 'The room is already locked.') : ok({ ...state, locked: true }),

  // An open room lets in whoever was knocking (while there is room): they came to join, and now anyone may.
  'room.unlock': (state, _command, now, _actor, room) => {
    if (!state.locked) return fail('conflict', 'The room is not locked.');
    let opened: SessionState = { ...state, locked: false };
    for (const waiting of state.knocks) {
      if (meetingIsFull(opened, room.maxParticipants)) break;
      opened = letIn(opened, waiting, now);
    }
    return ok(opened);
  },

  'leader.takeover': (state, _command, now, _actor, room) => {
    if (state.acting === 'co-leader') return fail('conflict', 'You are already leading.');
    if (!room.leaderAway) return fail('conflict', 'The leader is still connected.');
    return ok({
      ...state,
      acting: 'co-leader',
      leadership: [...state.leadership, { event: 'takeover', at: now }],
    });
  },

  'leader.return': (state, _command, now) =>
    state.acting === 'leader'
      ? fail('conflict', 'You are already leading.')
      : ok({
          ...state,
          acting: 'leader',
          leadership: [...state.leadership, { event: 'handback', at: now }],
        }),

  'case.next': (state, _command, now) => {
    if (state.phaseIndex !== state.phases.length - 1) {
      return fail('conflict', 'A new case starts after the last phase of this round.');
    }
    if (frameOfRound(currentRound(state).kind) === 'development') {
      return fail('conflict', 'The professional-development part keeps its own frame: no case follows it.');
    }
    const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
    // A free round's phase was for that round only.
    const phases = state.phases.filter((phase) => phase.id !== FREE_ROUND.id);
    return ok(beginRound(state, closed, phases, 'case', newCaseStart(phases), now));
  },

  // The boundary between the frames: the Balint round's record closes where it stands, and a
  // development part begins as a round of its own, so the record keeps the two apart.
  'development.start': (state, _command, now) => {
    if (frameOfRound(currentRound(state).kind) === 'development') {
      return fail('conflict', 'The professional-development part is already running.');
    }
    const phase = currentPhase(state);
    const closed = closeRecord(currentRound(state), phase.id, state.timer, now);
    // From the case call, no case was taken: the record says so, as "No case today" does.
    const kept = phase.callsForCase ? { ...closed, kind: 'no-case' as RoundKind } : closed;
    return ok(beginRound(state, kept, developmentSegment(), 'development', 0, now));
  },

  'phases.update': (state, { phases: edits }, now) => {
    const phases = planFromEdits(edits, state.phases);
    if (!phases) return fail('invalid', 'Each phase needs its own id.');
    const running = currentPhase(state);
    const kept = phases.findIndex((phase) => phase.id === running.id);
    const roundIndex = state.rounds.length - 1;
    const flagged = new Set(state.flags.filter((flag) => flag.round === roundIndex).map((flag) => flag.phaseId));
    const round = replanRound(currentRound(state), phases, flagged);
    if (kept >= 0) {
      // The current phase keeps its running timer; only a changed plan moves its end.
      const extension = state.timer.durationSec - running.durationSec;
      const timer = { ...state.timer, durationSec: phases[kept]!.durationSec + extension };
      return ok({ ...state, phases, phaseIndex: kept, timer, rounds: withCurrentRound(state, round) });
    }
    const closed = closeRecord(currentRound(state), running.id, state.timer, now);
    const index = Math.min(state.phaseIndex, phases.length - 1);
    const replanned = replanRound(closed, phases, flagged);
    return ok({
      ...state,
      phases,
      phaseIndex: index,
      timer: timerFor(replanned, phases[index]!, now),
      rounds: withCurrentRound(state, replanned),
      notice: null,
    });
  },

  'session.end': (state, _command, now, _actor, room) => {
    const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
    // Names and notes exist for this meeting only: ending it deletes them. Who was there stays
    // as bare ids for a day, so that each of them can take an attendance certificate.
    return ok({
      ...state,
      certificates: certificateMarksAtEnd(
        state.participants.map((member) => member.participantId),
        room.attended ?? [],
      ),
      endedAt: now,
      timer: pauseTimer(state.timer, now),
      rounds: withCurrentRound(state, closed),
      participants: [],
      presenterId: null,
      notice: null,
      flags: state.flags.map(({ note: _note, ...flag }) => flag),
      lastPauseSignalAt: {},
      knocks: [],
      cues: [],
      checkout: state.checkout && closeTally(state.checkout),
    });
  },
};

function reduce(
  state: SessionState,
  actor: Actor,
  command: Command,
  now: number,
  room: RoomContext,
): Outcome {
  const handler = handlers[command.type] as Handler<CommandType>;
  return handler(state, command, now, actor, room);
}

/**
 * Ends the running round with its record `closed` and begins a fresh one of `kind` at phase `start`:
 * nobody presents yet, no notice, nobody still offering a case.
 */
function beginRound(
  state: SessionState,
  closed: Round,
  phases: PhasePlan[],
  kind: RoundKind,
  start: number,
  now: number,
): SessionState {
  const round = freshRound(phases, kind);
  return {
    ...state,
    phases,
    rounds: [...state.rounds.slice(0, -1), closed, round],
    phaseIndex: start,
    timer: timerFor(round, phases[start]!, now),
    presenterId: null,
    notice: null,
    participants: withoutVolunteers(state.participants),
  };
}

function withFreeRound(phases: readonly PhasePlan[]): PhasePlan[] {
  if (phases.some((phase) => phase.id === FREE_ROUND.id)) return [...phases];
  return [...phases.slice(0, -1), { ...FREE_ROUND }, ...phases.slice(-1)];
}

function withoutVolunteers(participants: Participant[]): Participant[] {
  return participants.some((member) => member.volunteer)
    ? participants.map((member) => ({ ...member, volunteer: false }))
    : participants;
}

export function findParticipant(state: SessionState, participantId: string | undefined) {
  return state.participants.find((member) => member.participantId === participantId);
}

function updateParticipant(
  state: SessionState,
  participantId: string,
  change: Partial<Participant>,
): SessionState {
  return {
    ...state,
    participants: state.participants.map((member) =>
      member.participantId === participantId ? { ...member, ...change } : member,
    ),
  };
}

function updateFlag(state: SessionState, flagId: string, change: Partial<Flag>): SessionState {
  return {
    ...state,
    flags: state.flags.map((flag) => (flag.id === flagId ? { ...flag, ...change } : flag)),
  };
}
