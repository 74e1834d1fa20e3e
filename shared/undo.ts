// Taking back an advance made by mistake. An accidental "next" in a Balint group cuts someone off
// mid-sentence; taking it back must cost nothing. So the advance keeps a note of how the room stood
// (the left phase's timer, running or paused, and the round's record), and `phase.undo` puts that
// back: the phase returns with the time it had left at the moment of the advance, and the seconds
// spent in the phase entered by mistake are counted against no phase at all.
import { updateRecord, type Round } from './rounds';
import { elapsedAt, type Timer } from './timer';

/** How long after an advance it can be taken back: a slip is noticed at once, or it was a choice. */
export const UNDO_WINDOW_MS = 20_000;

export interface UndoPoint {
  /** When the advance happened. */
  at: number;
  /** The phase the advance left, and the one it went to. */
  fromIndex: number;
  toIndex: number;
  /** The left phase's timer as it stood at the advance: its elapsed time then, and whether it ran. */
  timer: Timer;
  /** The round's record just before the advance. */
  record: Round;
}

/** The note an advance from `fromIndex` to `toIndex` leaves behind. */
export function undoPointFor(
  record: Round,
  timer: Timer,
  fromIndex: number,
  toIndex: number,
  at: number,
): UndoPoint {
  return {
    at,
    fromIndex,
    toIndex,
    timer: { durationSec: timer.durationSec, elapsedMs: elapsedAt(timer, at), runningSince: timer.runningSince === null ? null : at },
    record,
  };
}

export function undoOpen(point: UndoPoint | null | undefined, phaseIndex: number, now: number): point is UndoPoint {
  return point != null && point.toIndex === phaseIndex && now <= point.at + UNDO_WINDOW_MS;
}

/** The left phase's timer again: the time it had left at the advance, running only if it ran then. */
export function restoredTimer(point: UndoPoint, now: number): Timer {
  return {
    durationSec: point.timer.durationSec,
    elapsedMs: point.timer.elapsedMs,
    runningSince: point.timer.runningSince === null ? null : now,
  };
}

/**
 * The round's record as it was before the advance. Pause signals that came in meanwhile are real
 * (the count is all the record keeps of them): they go to the phase the room was really in.
 */
export function restoredRecord(point: UndoPoint, current: Round, leftPhaseId: string): Round {
  const count = (round: Round) => round.phases.reduce((sum, record) => sum + record.pauseSignals, 0);
  const arrived = count(current) - count(point.record);
  // The left phase's stretches are real, up to the advance: the seconds after it are given back.
  const runs = current.phases.find((record) => record.id === leftPhaseId)?.runs;
  return updateRecord(point.record, leftPhaseId, (record) => ({
    ...record,
    ...(runs ? { runs } : {}),
    pauseSignals: record.pauseSignals + Math.max(0, arrived),
  }));
}
