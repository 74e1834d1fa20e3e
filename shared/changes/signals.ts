// What the room signals and the leaders answer: flags, notices on the wall, pause signals, cues.
import { CUES_KEPT, type Cue } from '../cues';
import { FLAG_CATALOG, type FlagHandling } from '../flags';
import { cueFitsFrame, flagFitsFrame, frameOf } from '../frames';
import { kindOfLine } from '../localize';
import { updateRecord } from '../rounds';
import { currentPhase, currentRound, findParticipant, type Flag, type Outcome, type MeetingState } from '../meeting-state';
import { fail, ok, withCurrentRound, type Handlers } from './handler';

/** One pause signal per member per minute: enough to be heard, too few to flood the count. */
export const PAUSE_SIGNAL_COOLDOWN_MS = 60_000;

/** A projected notice clears itself after a minute: the wall goes back to the case. */
export const NOTICE_LIFETIME_MS = 60_000;

/**
 * The server's own change when a projected notice has been up for a minute. `conflict` when there is
 * nothing to clear yet, so a process that was late to ask changes nothing.
 */
export function expireNotice(state: MeetingState, now: number): Outcome {
  if (state.endedAt !== null || state.notice === null) return fail('conflict', 'There is no notice.');
  if (now < state.notice.at + NOTICE_LIFETIME_MS) return fail('conflict', 'The notice is still fresh.');
  return ok({ ...state, version: state.version + 1, notice: null });
}

/** Pause signals, flags, notices on the wall, and cues between the leaders. */
export const signalHandlers = {
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

  'pause.seen': (state) =>
    state.pauseSignalsSeen === state.pauseSignals
      ? fail('conflict', 'Every pause signal is already marked seen.')
      : ok({ ...state, pauseSignalsSeen: state.pauseSignals }),

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

  'notice.clear': (state) =>
    state.notice === null ? fail('conflict', 'There is no notice.') : ok({ ...state, notice: null }),

  'cue.send': (state, { cue }, now, actor) => {
    if (!cueFitsFrame(cue, frameOf(currentPhase(state)))) {
      return fail('invalid', 'That cue belongs to the other frame: it does not fit the part running now.');
    }
    const count = state.cueCounts[cue] ?? 0;
    const total = Object.values(state.cueCounts).reduce((sum, n) => sum + (n ?? 0), 0);
    const sent: Cue = { id: `cue-${total + 1}`, cue, from: actor.role === 'leader' ? 'leader' : 'co-leader', at: now };
    return ok({
      ...state,
      cues: [...state.cues, sent].slice(-CUES_KEPT),
      cueCounts: { ...state.cueCounts, [cue]: count + 1 },
    });
  },
} satisfies Partial<Handlers>;

function updateFlag(state: MeetingState, flagId: string, change: Partial<Flag>): MeetingState {
  return {
    ...state,
    flags: state.flags.map((flag) => (flag.id === flagId ? { ...flag, ...change } : flag)),
  };
}
