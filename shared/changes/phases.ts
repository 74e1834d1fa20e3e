// Moving through the plan: the phases, their timer, taking an advance back, and editing the plan.
import { planFromEdits } from '../plan-edits';
import { closeRecord, hasNextPhase, replanRound, timerFor, updateRecord, withRunClosed } from '../rounds';
import { currentPhase, currentRound, type MeetingState } from '../meeting-state';
import { extendTimer, isRunning, pauseTimer, resumeTimer } from '../timer';
import { restoredRecord, restoredTimer, undoOpen, undoPointFor } from '../undo';
import { fail, ok, withCurrentRound, type Handlers } from './handler';

/**
 * Closes the running phase's record and starts phase `index` from where its record left off. A
 * notice belongs to the moment it answered: it never follows the room into the next phase.
 */
function enterPhase(state: MeetingState, index: number, now: number): MeetingState {
  const closed = closeRecord(currentRound(state), currentPhase(state).id, state.timer, now);
  return {
    ...state,
    phaseIndex: index,
    timer: timerFor(closed, state.phases[index]!, now),
    rounds: withCurrentRound(state, closed),
    notice: null,
  };
}

/** Moves to phase `index` as an advance that `phase.undo` can take back. */
function advancePhase(state: MeetingState, index: number, now: number): MeetingState {
  const undo = undoPointFor(currentRound(state), state.timer, state.phaseIndex, index, now);
  return { ...enterPhase(state, index, now), undo };
}

/** The phases and their timer, and the plan itself. */
export const phaseHandlers = {
  'phase.next': (state, _command, now) =>
    hasNextPhase(state.phaseIndex, state.phases)
      ? ok(advancePhase(state, state.phaseIndex + 1, now))
      : fail('conflict', 'This is the last phase of the round.'),

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
} satisfies Partial<Handlers>;
