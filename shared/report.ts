// The process record: what remains of a meeting for the leaders' debrief and supervision. Phases
// with planned and actual times, flag kinds with times and status, a count of pause signals, the
// leadership changes. Built from the state field by field; no names and no notes, ever. As Markdown,
// in the reader's language and time zone: shared/report-markdown.ts.
import { checkoutResult, type CheckoutResult } from './checkout';
import type { CueCounts } from './cues';
import type { FlagHandling } from './flags';
import { frameOfRound } from './frames';
import type { Frame } from './phase-plan';
import { closeRecord, type PhaseRecord, type Round, type RoundKind } from './rounds';
import { currentPhase, currentRound, type FlagStatus, type MeetingState } from './meeting-state';

export interface ReportPhase {
  id: string;
  title: string;
  plannedSec: number;
  actualSec: number;
  pauseSignals: number;
  /** When the phase first ran in its round; null if never reached. */
  startedAt: number | null;
  /** The phase called for a case. */
  callsForCase?: boolean;
  /** An edit took the phase out of the plan after something happened in it. */
  dropped?: true;
  /** Each stretch its clock ran (pauses and revisits fall between); absent in older records. */
  runs?: { from: number; to: number }[];
}

export interface Report {
  sessionId: string;
  title: string;
  format: string;
  startedAt: number;
  endedAt: number | null;
  rounds: {
    kind: RoundKind;
    /** Which frame the round ran in: Balint case work or professional development. */
    frame: Frame;
    startedAt: number | null;
    /** The round's running time, every phase added up. */
    actualSec: number;
    phases: ReportPhase[];
  }[];
  flags: {
    kind: string;
    raisedAt: number;
    status: FlagStatus;
    round: number;
    phaseId: string;
    /** How the leader answered it; never the words. */
    handled?: FlagHandling;
  }[];
  pauseSignals: number;
  /** The cues the leaders passed each other, counted by kind. */
  cues: CueCounts;
  leadership: { event: 'takeover' | 'handback'; at: number }[];
  /** How many attendance certificates members took: a number, never who. */
  certificates: number;
  /** The anonymous check-out, where the group turned it on: counts only, and only past the threshold. */
  checkout?: CheckoutResult;
}

/**
 * Every phase a flag of the round was raised in, as the record lists it. Meetings saved before
 * dropped phases kept their flagged records lack one: it comes back here as a dropped phase that
 * ran no time, under its id (its title went with the edit), so the flag still points at a row.
 */
function withFlaggedPhases(round: Round, flaggedIds: readonly string[]): PhaseRecord[] {
  const missing = [...new Set(flaggedIds)].filter((id) => !round.phases.some((record) => record.id === id));
  return [
    ...round.phases,
    ...missing.map((id): PhaseRecord => ({ id, title: id, plannedSec: 0, extendedSec: 0, actualMs: 0, pauseSignals: 0, startedAt: null, dropped: true })),
  ];
}

export function buildReport(state: MeetingState, now: number): Report {
  // The running phase counts up to now without changing the state.
  const live =
    state.endedAt === null
      ? closeRecord(currentRound(state), currentPhase(state).id, state.timer, now)
      : currentRound(state);
  const rounds = [...state.rounds.slice(0, -1), live];
  return {
    sessionId: state.sessionId,
    title: state.title,
    format: state.formatId,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    rounds: rounds.map((round, index) => ({
      kind: round.kind,
      frame: frameOfRound(round.kind),
      startedAt: round.startedAt,
      actualSec: round.phases.reduce((sum, record) => sum + Math.round(record.actualMs / 1000), 0),
      phases: withFlaggedPhases(round, state.flags.filter((flag) => flag.round === index).map((flag) => flag.phaseId)).map((record) => ({
        id: record.id,
        title: record.title,
        plannedSec: record.plannedSec,
        actualSec: Math.round(record.actualMs / 1000),
        pauseSignals: record.pauseSignals,
        startedAt: record.startedAt,
        ...(record.callsForCase ? { callsForCase: true } : {}),
        ...(record.dropped ? { dropped: true as const } : {}),
        ...(record.runs ? { runs: record.runs.map(({ from, to }) => ({ from, to })) } : {}),
      })),
    })),
    flags: state.flags.map((flag) => ({
      kind: flag.kind,
      raisedAt: flag.raisedAt,
      status: flag.status,
      round: flag.round,
      phaseId: flag.phaseId,
      ...(flag.handled ? { handled: flag.handled } : {}),
    })),
    pauseSignals: state.pauseSignals,
    cues: { ...state.cueCounts },
    leadership: state.leadership.map(({ event, at }) => ({ event, at })),
    certificates: state.certificates?.count ?? 0,
    ...(state.checkout ? { checkout: checkoutResult(state.checkout, state.endedAt !== null) } : {}),
  };
}
