// The meeting budget, across every case: when the meeting is planned to end, when this case will
// end at this pace, and which phases ahead would give how much for the meeting to end on time. The
// presenter's return is shortened last: it is the presenter's moment, and the group owes it to them.
// Pure arithmetic over the leaders' view, so the console can say "at this pace you end 6 min late".
import { newCaseStart, type PhaseTraits } from './phase-plan';
import { remainingAt, type Timer } from './timer';

/** The shortest phase the plan accepts (phases.update refuses less). */
export const MIN_PHASE_SEC = 10;

/** Within this much of the plan a meeting counts as on time: nobody shrinks phases for seconds. */
export const ON_TIME_MS = 30_000;

type PlannedPhase = { id: string; durationSec: number } & PhaseTraits;

export interface BudgetInput {
  /** The plan as it now stands, in order. */
  phases: readonly PlannedPhase[];
  /** The phase running now. */
  phaseIndex: number;
  /** When the meeting's clock first ran; null before it starts. */
  meetingStartedAt: number | null;
  /** How long the whole meeting is planned to run, every case included. */
  meetingPlanSec: number;
  /** The current phase's timer (its duration includes any extension). */
  timer: Timer;
  now: number;
}

export interface PhaseCut {
  id: string;
  bySec: number;
}

export interface Budget {
  /** meetingStartedAt + meetingPlanSec; null until the meeting's clock first runs. */
  plannedEnd: number | null;
  /** When this case ends at this pace: now + what is left of this phase + the phases after it. */
  projectedEnd: number;
  /** projectedEnd − plannedEnd: positive when late, negative when early; null before the start. */
  driftMs: number | null;
  /** How many phases come after the current one. */
  phasesAhead: number;
  /** What each phase ahead would give to end on time, the presenter's return last; [] when on time. */
  cuts: PhaseCut[];
  /** Whether the phases ahead can give that much and keep the shortest length a phase may have. */
  shrinkFits: boolean;
  /** Whether the time left after this case holds another whole case of this plan. */
  anotherCaseFits: boolean;
}

const sum = (list: readonly { durationSec: number }[]) => list.reduce((total, phase) => total + phase.durationSec, 0);

export function meetingBudget(input: BudgetInput): Budget {
  const { phases, phaseIndex, meetingStartedAt, meetingPlanSec, timer, now } = input;
  const plannedEnd = meetingStartedAt === null ? null : meetingStartedAt + meetingPlanSec * 1000;
  const ahead = phases.slice(phaseIndex + 1);
  const projectedEnd = now + Math.max(0, remainingAt(timer, now)) + sum(ahead) * 1000;
  const driftMs = plannedEnd === null ? null : projectedEnd - plannedEnd;
  const late = driftMs !== null && driftMs > ON_TIME_MS;
  const { cuts, left } = late ? cutsFor(ahead, Math.ceil(driftMs / 1000)) : { cuts: [], left: 0 };
  const spareSec = driftMs === null ? 0 : -driftMs / 1000;
  return {
    plannedEnd,
    projectedEnd,
    driftMs,
    phasesAhead: ahead.length,
    cuts,
    shrinkFits: left === 0,
    anotherCaseFits: spareSec >= sum(phases.slice(newCaseStart(phases))),
  };
}

/**
 * Takes `needSec` from the phases ahead as evenly as they can give it, each down to the shortest
 * phase; the presenter's return gives only what the others could not.
 */
function cutsFor(ahead: readonly PlannedPhase[], needSec: number): { cuts: PhaseCut[]; left: number } {
  const given = new Map<string, number>();
  let left = needSec;
  const first = ahead.filter((phase) => phase.presenterRole !== 'returns');
  const last = ahead.filter((phase) => phase.presenterRole === 'returns');
  for (const group of [first, last]) {
    let giving = group.filter((phase) => phase.durationSec > MIN_PHASE_SEC);
    while (left > 0 && giving.length > 0) {
      const share = Math.ceil(left / giving.length);
      for (const phase of giving) {
        const room = phase.durationSec - MIN_PHASE_SEC - (given.get(phase.id) ?? 0);
        const take = Math.min(share, room, left);
        given.set(phase.id, (given.get(phase.id) ?? 0) + take);
        left -= take;
      }
      giving = giving.filter((phase) => phase.durationSec - MIN_PHASE_SEC > (given.get(phase.id) ?? 0));
    }
  }
  const cuts = ahead.flatMap((phase) => {
    const bySec = given.get(phase.id) ?? 0;
    return bySec > 0 ? [{ id: phase.id, bySec }] : [];
  });
  return { cuts, left };
}
