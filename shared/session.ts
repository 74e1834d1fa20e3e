// The meeting as data, and the pure reducer that is the only way it changes:
// apply(state, actor, command, now) → the next state, or a typed error that changes nothing.
import type { Command, CommandOf, CommandType } from './commands';
import { FLAG_CATALOG, type FlagKind } from './flags';
import type { Language } from './language';
import { mayPerform } from './permissions';
import { planFromEdits } from './plan-edits';
import type { Acting, Actor } from './roles';
import {
  closeRecord,
  freshRound,
  markStart,
  replanRound,
  timerFor,
  updateRecord,
  type Round,
} from './rounds';
import type { Format, PhasePlan } from './templates';
import { extendTimer, isRunning, pauseTimer, resumeTimer, type Timer } from './timer';

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
  /** The wording sent to the room when the leader redirected with this flag. */
  redirect?: string;
}

export interface Participant {
  participantId: string;
  name: string;
  volunteer: boolean;
  joinedAt: number;
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
}

export type ErrorCode = 'invalid' | 'forbidden' | 'conflict' | 'not_found' | 'rate_limited' | 'locked';

export interface DomainError {
  code: ErrorCode;
  message: string;
}

export type Outcome = { ok: true; state: SessionState } | { ok: false; error: DomainError };

/** Facts about the room that are not part of the state: who is connected. */
export interface RoomContext {
  /** True once the leader has been disconnected long enough for the co-leader to take over. */
  leaderAway: boolean;
}

/** One pause signal per member per minute: enough to be heard, too few to flood the count. */
export const PAUSE_SIGNAL_COOLDOWN_MS = 60_000;

const ok = (state: SessionState): Outcome => ({ ok: true, state });
const fail = (code: ErrorCode, message: string): Outcome => ({ ok: false, error: { code, message } });

export interface NewSession {
  sessionId: string;
  joinCode: string;
  title: string;
  format: Format;
  groupId?: string | null;
  language?: Language;
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
  now,
}: NewSession): SessionState {
  const phases = format.phases.map((phase) => ({ ...phase }));
  const round = freshRound(phases);
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
    participants: [],
    lastPauseSignalAt: {},
    leadership: [],
    hints: format.hints ?? true,
    debriefNotes: '',
    language,
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

/** Closes the running phase's record and starts phase `index` from where its record left off. */
function enterPhase(state: SessionState, index: number, now: number): SessionState {
  const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
  return {
    ...state,
    phaseIndex: index,
    timer: timerFor(closed, state.phases[index]!, now),
    rounds: withCurrentRound(state, closed),
  };
}

export function admitMember(
  state: SessionState,
  member: { participantId: string; name: string },
  now: number,
): Outcome {
  if (state.endedAt !== null) return fail('locked', 'This meeting has ended.');
  if (state.locked) return fail('locked', 'The room is locked.');
  const participant: Participant = { ...member, volunteer: false, joinedAt: now };
  return ok({ ...state, version: state.version + 1, participants: [...state.participants, participant] });
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
  return ok({ ...next, rounds: withCurrentRound(next, round), version: state.version + 1 });
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
      : ok(enterPhase(state, state.phaseIndex + 1, now)),

  'phase.previous': (state, _command, now) =>
    state.phaseIndex === 0
      ? fail('conflict', 'This is the first phase.')
      : ok(enterPhase(state, state.phaseIndex - 1, now)),

  'phase.goto': (state, { phaseId }, now) => {
    const index = state.phases.findIndex((phase) => phase.id === phaseId);
    if (index < 0) return fail('not_found', 'No such phase in this format.');
    if (index === state.phaseIndex) return fail('conflict', 'That phase is already running.');
    return ok(enterPhase(state, index, now));
  },

  'timer.pause': (state, _command, now) =>
    isRunning(state.timer)
      ? ok({ ...state, timer: pauseTimer(state.timer, now) })
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

  'case.volunteer': (state, { volunteer }, _now, actor) => {
    const member = findParticipant(state, actor.participantId);
    if (!member) return fail('not_found', 'You are no longer in this meeting.');
    if (member.volunteer === volunteer) return fail('conflict', 'Nothing to change.');
    return ok(updateParticipant(state, member.participantId, { volunteer }));
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

  'flag.update': (state, { flagId, status }) => {
    const flag = state.flags.find((candidate) => candidate.id === flagId);
    if (!flag) return fail('not_found', 'No such flag.');
    if (flag.status === status) return fail('conflict', `The flag is already ${status}.`);
    return ok(updateFlag(state, flagId, { status }));
  },

  'notice.show': (state, { text, flagId }, now) => {
    const notice = { text, at: now };
    if (flagId === undefined) return ok({ ...state, notice });
    const flag = state.flags.find((candidate) => candidate.id === flagId);
    if (!flag) return fail('not_found', 'No such flag.');
    // A safety concern is followed up privately by the leaders, never announced to the room.
    if (FLAG_CATALOG[flag.kind].redirect === null) {
      return fail('conflict', 'This flag is followed up privately, not in the room.');
    }
    return ok({ ...updateFlag(state, flagId, { status: 'resolved', redirect: text }), notice });
  },

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

  'hints.set': (state, { enabled }) =>
    state.hints === enabled ? fail('conflict', 'Nothing to change.') : ok({ ...state, hints: enabled }),

  'language.set': (state, { language }) =>
    roomLanguage(state) === language ? fail('conflict', 'Nothing to change.') : ok({ ...state, language }),

  'room.lock': (state) =>
    state.locked ? fail('conflict', 'The room is already locked.') : ok({ ...state, locked: true }),

  'room.unlock': (state) =>
    state.locked ? ok({ ...state, locked: false }) : fail('conflict', 'The room is not locked.'),

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
    const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
    const round = freshRound(state.phases);
    const caseCall = state.phases.findIndex((phase) => phase.id === 'case-call');
    const start = caseCall >= 0 ? caseCall : Math.min(1, state.phases.length - 1);
    return ok({
      ...state,
      rounds: [...state.rounds.slice(0, -1), closed, round],
      phaseIndex: start,
      timer: timerFor(round, state.phases[start]!, now),
      presenterId: null,
      notice: null,
      participants: state.participants.map((member) => ({ ...member, volunteer: false })),
    });
  },

  'phases.update': (state, { phases: edits }, now) => {
    const phases = planFromEdits(edits, state.phases);
    if (!phases) return fail('invalid', 'Each phase needs its own id.');
    const running = currentPhase(state);
    const kept = phases.findIndex((phase) => phase.id === running.id);
    const round = replanRound(currentRound(state), phases);
    if (kept >= 0) {
      // The current phase keeps its running timer; only a changed plan moves its end.
      const extension = state.timer.durationSec - running.durationSec;
      const timer = { ...state.timer, durationSec: phases[kept]!.durationSec + extension };
      return ok({ ...state, phases, phaseIndex: kept, timer, rounds: withCurrentRound(state, round) });
    }
    const closed = closeRecord(currentRound(state), running.id, state.timer, now);
    const index = Math.min(state.phaseIndex, phases.length - 1);
    const replanned = replanRound(closed, phases);
    return ok({
      ...state,
      phases,
      phaseIndex: index,
      timer: timerFor(replanned, phases[index]!, now),
      rounds: withCurrentRound(state, replanned),
    });
  },

  'session.end': (state, _command, now) => {
    const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
    // Names and notes exist for this meeting only: ending it deletes them.
    return ok({
      ...state,
      endedAt: now,
      timer: pauseTimer(state.timer, now),
      rounds: withCurrentRound(state, closed),
      participants: [],
      presenterId: null,
      notice: null,
      flags: state.flags.map(({ note: _note, ...flag }) => flag),
      lastPauseSignalAt: {},
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
