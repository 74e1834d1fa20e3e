// Moving between phases, and the record each case round keeps of them. Leaving a phase stores the
// time it ran and any extension; coming back to it (an undone advance) picks its timer up where it
// was, so "a phase visited twice adds up" and an accidental advance costs nothing.
import type { PhasePlan } from './phase-plan';
import { elapsedAt, type Timer } from './timer';

export interface PhaseRecord {
  id: string;
  title: string;
  plannedSec: number;
  extendedSec: number;
  actualMs: number;
  pauseSignals: number;
  /** When the phase's timer first ran in this round: places it on the debrief's time axis. */
  startedAt: number | null;
  /** The phase called for a case: a later case's record starts here. */
  callsForCase?: boolean;
  /** An edit took the phase out of the plan; the record keeps it for what happened in it. */
  dropped?: true;
  /**
   * Each stretch the phase's clock ran, in order: a pause or a revisit (going back to it) leaves a
   * gap between two. Absent in meetings saved before there were runs.
   */
  runs?: PhaseRun[];
}

/** One stretch of a phase's running clock: from when it started to when it paused or was left. */
export interface PhaseRun {
  from: number;
  to: number;
}

/** The record with the timer's current stretch closed at `now`, if it was running. */
export function withRunClosed(record: PhaseRecord, timer: Timer, now: number): PhaseRecord {
  const since = timer.runningSince;
  if (since === null || now <= since) return record;
  return { ...record, runs: [...(record.runs ?? []), { from: since, to: now }] };
}

/**
 * A case round, a case call that found no case, a free round in its place, or a
 * professional-development part (its own frame: see shared/frames.ts).
 */
export type RoundKind = 'case' | 'no-case' | 'free' | 'development';

export interface Round {
  kind: RoundKind;
  /** When the round's clock first ran; the meeting budget counts from here. */
  startedAt: number | null;
  phases: PhaseRecord[];
}

export function freshRecord(plan: PhasePlan): PhaseRecord {
  return {
    id: plan.id,
    title: plan.title,
    plannedSec: plan.durationSec,
    extendedSec: 0,
    actualMs: 0,
    pauseSignals: 0,
    startedAt: null,
    ...(plan.callsForCase ? { callsForCase: true } : {}),
  };
}

export function freshRound(plans: readonly PhasePlan[], kind: RoundKind = 'case'): Round {
  return { kind, startedAt: null, phases: plans.map(freshRecord) };
}

/** Notes when the round and the running phase first started, if they just did. */
export function markStart(round: Round, phaseId: string, timer: Timer): Round {
  const since = timer.runningSince;
  if (since === null) return round;
  const record = round.phases.find((candidate) => candidate.id === phaseId);
  if (round.startedAt !== null && (!record || record.startedAt !== null)) return round;
  const marked = updateRecord(round, phaseId, (phase) => ({ ...phase, startedAt: phase.startedAt ?? since }));
  return { ...marked, startedAt: round.startedAt ?? since };
}

export function updateRecord(
  round: Round,
  phaseId: string,
  change: (record: PhaseRecord) => PhaseRecord,
): Round {
  return {
    ...round,
    phases: round.phases.map((record) => (record.id === phaseId ? change(record) : record)),
  };
}

/** Writes the running phase's time, extension and last stretch into its record. */
export function closeRecord(round: Round, phaseId: string, timer: Timer, now: number): Round {
  return updateRecord(round, phaseId, (record) => ({
    ...withRunClosed(record, timer, now),
    actualMs: elapsedAt(timer, now),
    extendedSec: Math.max(0, timer.durationSec - record.plannedSec),
  }));
}

/** A phase's timer, resumed from what its record already holds, running from now. */
export function timerFor(round: Round, plan: PhasePlan, now: number): Timer {
  const record = round.phases.find((candidate) => candidate.id === plan.id);
  return {
    durationSec: plan.durationSec + (record?.extendedSec ?? 0),
    elapsedMs: record?.actualMs ?? 0,
    runningSince: now,
  };
}

/**
 * Rebuilds a round's records for an edited plan; phases already visited keep their record.
 * `flagged`: the ids of this round's phases a flag was raised in.
 */
export function replanRound(round: Round, plans: readonly PhasePlan[], flagged: ReadonlySet<string> = new Set()): Round {
  const planned = plans.map((plan): PhaseRecord => {
    const record = round.phases.find((candidate) => candidate.id === plan.id);
    if (!record) return freshRecord(plan);
    const { dropped: _back, ...kept } = record;
    return { ...kept, title: plan.title, plannedSec: plan.durationSec };
  });
  // A dropped phase stays in the record if anything happened in it: time ran, someone signalled,
  // or a flag was raised there (the flag must still point at a phase the record lists).
  const dropped = round.phases
    .filter(
      (record) =>
        (record.actualMs > 0 || record.pauseSignals > 0 || flagged.has(record.id)) &&
        !plans.some((plan) => plan.id === record.id),
    )
    .map((record): PhaseRecord => ({ ...record, dropped: true }));
  return { ...round, phases: [...planned, ...dropped] };
}

/** Whether a phase has another after it in the round's plan: the one answer for the reducer and the console. */
export function hasNextPhase(phaseIndex: number, phases: readonly unknown[]): boolean {
  return phaseIndex < phases.length - 1;
}
