// The pure reducer, the only way a meeting changes by command:
// apply(state, actor, command, now) → the next state, or a typed error that changes nothing.
// The state is shared/meeting-state.ts; the handlers, grouped by what they touch, are shared/changes/.
import type { Command, CommandType } from './commands';
import { mayPerform } from './permissions';
import type { Actor } from './roles';
import { markStart } from './rounds';
import { currentPhase, currentRound, type Outcome, type RoomContext, type MeetingState } from './meeting-state';
import type { UndoPoint } from './undo';
import { fail, ok, withCurrentRound, type Handler, type Handlers } from './changes/handler';
import { peopleHandlers } from './changes/people';
import { phaseHandlers } from './changes/phases';
import { roomHandlers } from './changes/room';
import { roundHandlers } from './changes/rounds';
import { signalHandlers } from './changes/signals';

const handlers: Handlers = {
  ...phaseHandlers,
  ...roundHandlers,
  ...peopleHandlers,
  ...signalHandlers,
  ...roomHandlers,
};

export function apply(
  state: MeetingState,
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
function undoAfter(before: MeetingState, after: MeetingState, command: Command): UndoPoint | null {
  if (command.type === 'phase.next' || command.type === 'phase.goto') return after.undo;
  const stayed =
    after.phaseIndex === before.phaseIndex &&
    after.rounds.length === before.rounds.length &&
    after.phases === before.phases &&
    after.endedAt === null;
  return stayed ? before.undo : null;
}

function reduce(
  state: MeetingState,
  actor: Actor,
  command: Command,
  now: number,
  room: RoomContext,
): Outcome {
  const handler = handlers[command.type] as Handler<CommandType>;
  return handler(state, command, now, actor, room);
}

