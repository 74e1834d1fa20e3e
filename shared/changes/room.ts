// The room's settings and language, the check-out, and the end of the meeting with its debrief.
import { certificateMarksAtEnd } from '../certificate-marks';
import { checkoutPhase, closeTally, countAnswers } from '../checkout';
import { closeRecord } from '../rounds';
import { currentPhase, currentRound, findParticipant, roomLanguage, type Outcome, type MeetingState } from '../meeting-state';
import { withSettings } from '../settings';
import { pauseTimer } from '../timer';
import { fail, ok, withCurrentRound, type Handlers } from './handler';

export const DEBRIEF_NOTES_MAX = 4000;

/** The leaders' debrief notes, once the meeting has ended. */
export function writeDebriefNotes(state: MeetingState, notes: string): Outcome {
  if (state.endedAt === null) return fail('conflict', 'The debrief opens when the meeting has ended.');
  if (notes === state.debriefNotes) return fail('conflict', 'Nothing to change.');
  return ok({ ...state, debriefNotes: notes, version: state.version + 1 });
}

/** The room's settings and language, the check-out's answers, and the end. */
export const roomHandlers = {
  'room.settings': (state, change) => {
    const settings = withSettings(state.settings, change);
    const same = settings.displayClock === state.settings.displayClock && settings.phoneClock === state.settings.phoneClock;
    return same ? fail('conflict', 'Nothing to change.') : ok({ ...state, settings });
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

  // Values only: who answered is the server's store's to know (one answer each), never the state's.
  'checkout.answer': (state, { answers }, _now, actor) => {
    if (!state.checkout) return fail('conflict', 'This meeting has no check-out.');
    if (!checkoutPhase(state.phases, state.phaseIndex)) return fail('conflict', 'The check-out opens at the closing.');
    if (!findParticipant(state, actor.participantId)) return fail('not_found', 'You are no longer in this meeting.');
    return ok({ ...state, checkout: countAnswers(state.checkout, answers) });
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
} satisfies Partial<Handlers>;
