// Cases and rounds: the next case, "No case today" (and its free round), the development part.
import { developmentSegment, frameOfRound } from '../frames';
import { newCaseStart, type PhasePlan } from '../phase-plan';
import { closeRecord, freshRound, timerFor, type Round, type RoundKind } from '../rounds';
import { currentPhase, currentRound, type Participant, type MeetingState } from '../meeting-state';
import { FREE_ROUND } from '../templates';
import { fail, ok, withCurrentRound, type Handlers } from './handler';

/** A new case, no case today, and the boundary into professional development. */
export const roundHandlers = {
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
} satisfies Partial<Handlers>;

/**
 * Ends the running round with its record `closed` and begins a fresh one of `kind` at phase `start`:
 * nobody presents yet, no notice, nobody still offering a case.
 */
function beginRound(
  state: MeetingState,
  closed: Round,
  phases: PhasePlan[],
  kind: RoundKind,
  start: number,
  now: number,
): MeetingState {
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
