// The process record: what remains of a meeting for the leaders' debrief and supervision. Phases
// with planned and actual times, flag kinds with times and status, a count of pause signals, the
// leadership changes. Built from the state field by field; no names and no notes, ever. As Markdown,
// in the reader's language and time zone: shared/report-markdown.ts.
import type { CueCounts } from './cues';
import type { FlagHandling } from './flags';
import { frameOfRound, type Frame } from './frames';
import { closeRecord, type RoundKind } from './rounds';
import { currentPhase, currentRound, type FlagStatus, type SessionState } from './session';

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
}

export function buildReport(state: SessionState, now: number): Report {
  // The running phase counts up to now without changing the state.
  const live =
    state.endedAt === null
      ? closeRecord(currentRound(state), currentPhase(state).id, state.timer, now)
      : currentRound(state);
  const rounds = [...state.rounds.slice(0, -1), live];
  return {
    sessionId: state.sessionId,
    title: state.title,
    format: state.format,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    rounds: rounds.map((round) => ({
      kind: round.kind,
      frame: frameOfRound(round.kind),
      startedAt: round.startedAt,
      actualSec: round.phases.reduce((sum, record) => sum + Math.round(record.actualMs / 1000), 0),
      phases: round.phases.map((record) => ({
        id: record.id,
        title: record.title,
        plannedSec: record.plannedSec,
        actualSec: Math.round(record.actualMs / 1000),
        pauseSignals: record.pauseSignals,
        startedAt: record.startedAt,
        ...(record.callsForCase ? { callsForCase: true } : {}),
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
  };
}
