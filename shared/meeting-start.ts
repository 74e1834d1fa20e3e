// A meeting's first state, and a saved one brought up to what this version expects.
import { emptyTally } from './checkout';
import { openingRoundKind } from './frames';
import type { Language } from './language';
import type { MeetingLeaders } from './leaders';
import type { Format } from './phase-plan';
import { freshRound, timerFor } from './rounds';
import type { MeetingState } from './meeting-state';
import { DEFAULT_SETTINGS, withSettings } from './settings';

export interface NewMeeting {
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
export function createMeeting({
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
}: NewMeeting): MeetingState {
  const phases = format.phases.map((phase) => ({ ...phase }));
  const round = freshRound(phases, openingRoundKind(phases));
  const first = phases[0]!;
  return {
    sessionId,
    joinCode,
    title,
    formatId: format.id,
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

/**
 * A meeting as SQLite and Redis keep it. The state says `formatId`; the saved JSON keeps the key
 * `format` it always had, so meetings saved by any version read the same.
 */
export type SavedMeeting = Omit<MeetingState, 'formatId'> & { format: string };

export function toSaved({ formatId, ...rest }: MeetingState): SavedMeeting {
  return { ...rest, format: formatId };
}

/** A meeting as saved, with what a meeting saved by an earlier version lacks filled in. */
export function restoreSaved({ format, ...saved }: SavedMeeting): MeetingState {
  const partial = saved as Partial<MeetingState> & Omit<MeetingState, 'formatId'>;
  return {
    ...saved,
    formatId: format,
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
