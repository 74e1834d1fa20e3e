// The meeting budget for the case in hand: when the plan said it would end, when it will end at
// this pace, and how much each phase still ahead would have to give for the case to end on time.
// Pure arithmetic over the leaders' view, so the console can show "at this pace you end 6 min late".
import { remainingAt, type Timer } from './timer';

/** The shortest phase the plan accepts (phases.update refuses less). */
export const MIN_PHASE_SEC = 10;

/** Within this much of the plan a case counts as on time: nobody shrinks phases for seconds. */
export const ON_TIME_MS = 30_000;

export interface BudgetInput {
  /** The plan as it now stands, in order. */
  phases: readonly { id: string; durationSec: number }[];
  /** The phase running now. */
  phaseIndex: number;
  /** Which case this is, from 0. */
  round: number;
  /** When this case's clock first ran; null before it starts. */
  roundStartedAt: number | null;
  /** The current phase's timer (its duration includes any extension). */
  timer: Timer;
  now: number;
}

export interface Budget {
  /** The plan's length for this case, from its first phase to its last. */
  plannedSec: number;
  /** roundStartedAt + plannedSec; null until the case's clock first runs. */
  plannedEnd: number | null;
  /** now + what is left of this phase (never below 0) + the plan of every phase after it. */
  projectedEnd: number;
  /** projectedEnd − plannedEnd: positive when late, negative when early; null before the start. */
  driftMs: number | null;
  /** How many phases come after the current one. */
  phasesAhead: number;
  /**
   * Seconds each phase ahead would have to give to end on time. 0 when on time or early; null when
   * late with no phase ahead to give it (the last phase is running).
   */
  shrinkEachSec: number | null;
  /** Whether every phase ahead can give that much and keep the shortest length a phase may have. */
  shrinkFits: boolean;
}

/**
 * The phase a case starts in: the first for the first case; later cases start at the case call (or
 * the phase after the opening when a format has none), as `case.next` does in the reducer.
 */
export function roundFirstPhase(phases: readonly { id: string }[], round: number): number {
  if (round === 0 || phases.length === 0) return 0;
  const caseCall = phases.findIndex((phase) => phase.id === 'case-call');
  return caseCall >= 0 ? caseCall : Math.min(1, phases.length - 1);
}

export function meetingBudget(input: BudgetInput): Budget {
  const { phases, phaseIndex, round, roundStartedAt, timer, now } = input;
  const sum = (list: readonly { durationSec: number }[]) =>
    list.reduce((total, phase) => total + phase.durationSec, 0);

  const plannedSec = sum(phases.slice(roundFirstPhase(phases, round)));
  const plannedEnd = roundStartedAt === null ? null : roundStartedAt + plannedSec * 1000;
  const ahead = phases.slice(phaseIndex + 1);
  const projectedEnd = now + Math.max(0, remainingAt(timer, now)) + sum(ahead) * 1000;
  const driftMs = plannedEnd === null ? null : projectedEnd - plannedEnd;

  let shrinkEachSec: number | null = 0;
  let shrinkFits = true;
  if (driftMs !== null && driftMs > ON_TIME_MS) {
    if (ahead.length === 0) {
      shrinkEachSec = null;
      shrinkFits = false;
    } else {
      shrinkEachSec = Math.ceil(driftMs / 1000 / ahead.length);
      shrinkFits = ahead.every((phase) => phase.durationSec - shrinkEachSec! >= MIN_PHASE_SEC);
    }
  }

  return {
    plannedSec,
    plannedEnd,
    projectedEnd,
    driftMs,
    phasesAhead: ahead.length,
    shrinkEachSec,
    shrinkFits,
  };
}
