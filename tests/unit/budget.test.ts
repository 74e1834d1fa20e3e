// The meeting budget, across every case: the meeting's planned end, this case's end at this pace,
// and which phases ahead give how much (the presenter's return last). Checked on plain numbers and
// on a meeting driven through the reducer.
import { describe, expect, test } from 'vitest';
import { type BudgetInput, meetingBudget, MIN_PHASE_SEC, ON_TIME_MS } from '../../shared/budget';
import { roundFirstPhase } from '../../shared/phase-plan';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import { advanceTo, MIN, newMeeting, SEC, send, T0 } from './meeting';

const PLAN = [
  { id: 'opening', durationSec: 180 },
  { id: 'case-call', durationSec: 120, callsForCase: true },
  { id: 'presentation', durationSec: 480 },
  { id: 'discussion', durationSec: 1200, presenterRole: 'listens' as const },
  { id: 'presenter-return', durationSec: 300, presenterRole: 'returns' as const },
  { id: 'closing', durationSec: 120 },
];
const TOTAL_SEC = 180 + 120 + 480 + 1200 + 300 + 120;

function input(change: Partial<BudgetInput> = {}): BudgetInput {
  return {
    phases: PLAN,
    phaseIndex: 0,
    meetingStartedAt: T0,
    meetingPlanSec: TOTAL_SEC,
    timer: { durationSec: 180, elapsedMs: 0, runningSince: T0 },
    now: T0,
    ...change,
  };
}

const cutOf = (budget: ReturnType<typeof meetingBudget>, id: string) =>
  budget.cuts.find((cut) => cut.id === id)?.bySec ?? 0;

function fromView(leaders: LeadersView, now: number) {
  return meetingBudget({
    phases: leaders.phases,
    phaseIndex: leaders.phase.index,
    meetingStartedAt: leaders.meetingStartedAt,
    meetingPlanSec: leaders.meetingPlanSec,
    timer: leaders.phase.timer,
    now,
  });
}

describe('the meeting budget', () => {
  test('right at the start the projection is the plan', () => {
    const budget = meetingBudget(input());
    expect(budget.plannedEnd).toBe(T0 + TOTAL_SEC * SEC);
    expect(budget.projectedEnd).toBe(T0 + TOTAL_SEC * SEC);
    expect(budget.driftMs).toBe(0);
    expect(budget.phasesAhead).toBe(5);
    expect(budget.cuts).toEqual([]);
    expect(budget.shrinkFits).toBe(true);
  });

  test('before the clock first runs there is no planned end yet', () => {
    const budget = meetingBudget(input({ meetingStartedAt: null, timer: { durationSec: 180, elapsedMs: 0, runningSince: null } }));
    expect(budget.plannedEnd).toBeNull();
    expect(budget.driftMs).toBeNull();
    expect(budget.cuts).toEqual([]);
  });

  test("running over, the phases ahead share the overrun and the presenter's return gives nothing", () => {
    // The opening ran 9 minutes instead of 3: at 9:00 its remaining is floored at 0.
    const now = T0 + 9 * MIN;
    const budget = meetingBudget(input({ now }));
    expect(budget.driftMs).toBe(6 * MIN);
    expect(budget.cuts.reduce((sum, cut) => sum + cut.bySec, 0)).toBe(6 * 60);
    expect(cutOf(budget, 'presenter-return')).toBe(0);
    // Four phases other than the return give 1:30 each.
    for (const id of ['case-call', 'presentation', 'discussion', 'closing']) expect(cutOf(budget, id)).toBe(90);
    expect(budget.shrinkFits).toBe(true);
  });

  test('a phase that cannot give its share leaves the rest to the others, the return still last', () => {
    const now = T0 + 15 * MIN; // 12 minutes over: the case call and the closing hold under 2 each
    const budget = meetingBudget(input({ now }));
    expect(cutOf(budget, 'case-call')).toBe(120 - MIN_PHASE_SEC);
    expect(cutOf(budget, 'closing')).toBe(120 - MIN_PHASE_SEC);
    expect(cutOf(budget, 'presenter-return')).toBe(0);
    expect(budget.cuts.reduce((sum, cut) => sum + cut.bySec, 0)).toBe(12 * 60);
    expect(budget.shrinkFits).toBe(true);
  });

  test("only when every other phase is down to its shortest does the presenter's return give", () => {
    const others = 120 + 480 + 1200 + 120 - 4 * MIN_PHASE_SEC;
    const now = T0 + 3 * MIN + (others + 60) * SEC;
    const budget = meetingBudget(input({ now }));
    expect(cutOf(budget, 'presenter-return')).toBe(60);
    expect(budget.shrinkFits).toBe(true);
    const tooLate = meetingBudget(input({ now: T0 + 200 * MIN }));
    expect(tooLate.shrinkFits).toBe(false);
  });

  test('a pause pushes the end out; a paused phase keeps its remaining time', () => {
    const paused = { durationSec: 180, elapsedMs: 60 * SEC, runningSince: null };
    const now = T0 + 4 * MIN; // ran one minute, paused three
    const budget = meetingBudget(input({ timer: paused, now }));
    expect(budget.projectedEnd).toBe(now + 2 * MIN + (TOTAL_SEC - 180) * SEC);
    expect(budget.driftMs).toBe(3 * MIN);
  });

  test('within the tolerance the meeting is on time: no phase is asked to shrink for seconds', () => {
    const budget = meetingBudget(input({ now: T0 + 3 * MIN + ON_TIME_MS }));
    expect(budget.driftMs).toBe(ON_TIME_MS);
    expect(budget.cuts).toEqual([]);
  });

  test('late in the last phase nothing ahead can give', () => {
    const now = T0 + 60 * MIN;
    const budget = meetingBudget(
      input({ phaseIndex: 5, timer: { durationSec: 120, elapsedMs: 0, runningSince: now }, now }),
    );
    expect(budget.phasesAhead).toBe(0);
    expect(budget.driftMs).toBeGreaterThan(0);
    expect(budget.cuts).toEqual([]);
    expect(budget.shrinkFits).toBe(false);
  });

  test('a meeting planned for two cases has room for another when the first ends on time', () => {
    const caseSec = TOTAL_SEC - 180; // a later case starts at the case call
    const budget = meetingBudget(input({ meetingPlanSec: TOTAL_SEC + caseSec }));
    expect(budget.driftMs).toBe(-caseSec * SEC);
    expect(budget.anotherCaseFits).toBe(true);
    expect(meetingBudget(input()).anotherCaseFits).toBe(false);
  });

  test('a later case starts at the phase that calls for a case, whatever it is called', () => {
    expect(roundFirstPhase(PLAN, 0)).toBe(0);
    expect(roundFirstPhase(PLAN, 1)).toBe(1);
    expect(roundFirstPhase([{}, {}, { callsForCase: true }], 1)).toBe(2);
    expect(roundFirstPhase([{}, {}, {}], 1)).toBe(1);
    expect(roundFirstPhase([{}], 2)).toBe(0);
  });
});

describe('the budget on a real meeting', () => {
  test('the standard format, planned for 90 minutes, run late, then a second case against the same end', () => {
    let state = send(newMeeting(), { type: 'meeting.plan', minutes: 90 }, T0);
    state = send(state, { type: 'timer.resume' }, T0);
    // The opening runs 8 minutes instead of 3.
    state = send(state, { type: 'phase.next' }, T0 + 8 * MIN);
    const budget = fromView(viewFor(state, 'leader') as LeadersView, T0 + 8 * MIN);
    expect(budget.plannedEnd).toBe(T0 + 90 * MIN);
    // 45 planned minutes for the case, 5 lost: 50 of 90, so early, with no room for another 42.
    expect(budget.driftMs).toBe(-40 * MIN);
    expect(budget.anotherCaseFits).toBe(false);

    state = advanceTo(state, 'closing', T0 + 8 * MIN);
    state = send(state, { type: 'case.next' }, T0 + 60 * MIN);
    const second = viewFor(state, 'leader') as LeadersView;
    expect(second.round).toBe(1);
    const next = fromView(second, T0 + 60 * MIN);
    // The end stays the meeting's: 90 minutes from its start, not 42 from this case's.
    expect(next.plannedEnd).toBe(T0 + 90 * MIN);
    expect(next.driftMs).toBe(12 * MIN);
    expect(next.cuts.find((cut) => cut.id === 'presenter-return')).toBeUndefined();
  });
});
