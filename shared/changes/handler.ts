// What every command handler is: the state, the command, the time, who sent it and what the room
// knows beyond the state → the next state or a typed error. The reducer (shared/meeting.ts) holds the
// table of them; each file beside this one holds the handlers for what they touch.
import type { CommandOf, CommandType } from '../commands';
import type { Round } from '../rounds';
import type { Actor } from '../roles';
import type { ErrorCode, Outcome, RoomContext, MeetingState } from '../meeting-state';

export type Handler<T extends CommandType> = (
  state: MeetingState,
  command: CommandOf<T>,
  now: number,
  actor: Actor,
  room: RoomContext,
) => Outcome;

/** One handler for every command: the compiler checks that none is missing. */
export type Handlers = { [T in CommandType]: Handler<T> };

export const ok = (state: MeetingState): Outcome => ({ ok: true, state });
export const fail = (code: ErrorCode, message: string): Outcome => ({ ok: false, error: { code, message } });

export function withCurrentRound(state: MeetingState, round: Round): MeetingState['rounds'] {
  return [...state.rounds.slice(0, -1), round];
}
