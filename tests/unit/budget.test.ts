// The meeting budget: planned end, projected end at this pace, and what each phase ahead would have
// to give. Checked on plain numbers and on a meeting driven through the reducer.
import { describe, expect, test } from 'vitest';
import { meetingBudget, ON_TIME_MS, roundFirstPhase, type BudgetInput } from '../../shared/budget';
import { view, type LeadersView } from '../../shared/views';
import { advanceTo, MIN, newMeeting, SEC, send, T0 } from './meeting';

const PLAN = [
  { id: 'opening', durationSec: 180 },
  { id: 'case-call', durationSec: 120 },
  { id: 'presentation', durationSec: 480 },
  { id: 'discussion', durationSec: 1200 },
  { id: 'closing', durationSec: 120 },
];
const TOTAL_SEC = 180 + 120 + 480 + 1200 + 120;

function input(change: Partial<BudgetInput> = {}): BudgetInput {
  return {
    phases: PLAN,
    phaseIndex: 0,
    round: 0,
    roundStartedAt: T0,
    timer: { durationSec: 180, elapsedMs: 0, runningSince: T0 },
    now: T0,
    ...change,
  };
}

function fromView(leaders: LeadersView, now: number) {
  return meetingBudget({
    phases: leaders.phases,
    phaseIndex: leaders.phase.index,
    round: leaders.round,
    roundStartedAt: leaders.roundStartedAt,
    timer: leaders.phase.timer,
    now,
  });
}

describe('the meeting budget', () => {
  test('right at the start the projection is the plan', () => {
    const budget = meetingBudget(input());
    expect(budget.plannedSec).toBe(TOTAL_SEC);
    expect(budget.plannedEnd).toBe(T0 + TOTAL_SEC * SEC);
    expect(budget.projectedEnd).toBe(T0 + TOTAL_SEC * SEC);
    expect(budget.driftMs).toBe(0);
    expect(budget.phasesAhead).toBe(4);
    expect(budget.shrinkEachSec).toBe(0);
    expect(budget.shrinkFits).toBe(true);
  });

  test('before the clock first runs there is no planned end yet, only the plan', () => {
    const budget = meetingBudget(input({ roundStartedAt: null, timer: { durationSec: 180, elapsedMs: 0, runningSince: null } }));
    expect(budget.plannedSec).toBe(TOTAL_SEC);
    expect(budget.plannedEnd).toBeNull();
    expect(budget.driftMs).toBeNull();
    expect(budget.shrinkEachSec).toBe(0);
    expect(budget.projectedEnd).toBe(T0 + TOTAL_SEC * SEC);
  });

  test('a phase running over makes the case late by the overrun, and the phases ahead share it', () => {
    // The opening ran 9 minutes instead of 3: at 9:00 its remaining is floored at 0.
    const now = T0 + 9 * MIN;
    const budget = meetingBudget(input({ now }));
    expect(budget.projectedEnd).toBe(now + (TOTAL_SEC - 180) * SEC);
    expect(budget.driftMs).toBe(6 * MIN);
    // Six minutes over four phases: each gives 1:30.
    expect(budget.shrinkEachSec).toBe(90);
    // The case call and the closing hold only 2 minutes each: 30 s left is still a phase.
    expect(budget.shrinkFits).toBe(true);
  });

  test('shrinking more than a phase ahead holds does not fit', () => {
    const now = T0 + 15 * MIN; // 12 minutes over, 3 minutes each, but the closing has 2
    const budget = meetingBudget(input({ now }));
    expect(budget.shrinkEachSec).toBe(180);
    expect(budget.shrinkFits).toBe(false);
  });

  test('a pause pushes the end out; a paused phase keeps its remaining time', () => {
    const paused = { durationSec: 180, elapsedMs: 60 * SEC, runningSince: null };
    const now = T0 + 4 * MIN; // ran one minute, paused three
    const budget = meetingBudget(input({ timer: paused, now }));
    expect(budget.projectedEnd).toBe(now + 2 * MIN + (TOTAL_SEC - 180) * SEC);
    expect(budget.driftMs).toBe(3 * MIN);
  });

  test('skipping ahead early ends early, and nothing needs to shrink', () => {
    const now = T0 + 1 * MIN; // the opening cut short after a minute, the case call just begun
    const budget = meetingBudget(
      input({ phaseIndex: 1, timer: { durationSec: 120, elapsedMs: 0, runningSince: now }, now }),
    );
    expect(budget.driftMs).toBe(-2 * MIN);
    expect(budget.shrinkEachSec).toBe(0);
  });

  test('within the tolerance a case is on time: no phase is asked to shrink for seconds', () => {
    const budget = meetingBudget(input({ now: T0 + 3 * MIN + ON_TIME_MS }));
    expect(budget.driftMs).toBe(ON_TIME_MS);
    expect(budget.shrinkEachSec).toBe(0);
  });

  test('late in the last phase nothing ahead can give', () => {
    const now = T0 + 50 * MIN;
    const budget = meetingBudget(
      input({ phaseIndex: 4, timer: { durationSec: 120, elapsedMs: 0, runningSince: now }, now }),
    );
    expect(budget.phasesAhead).toBe(0);
    expect(budget.driftMs).toBeGreaterThan(0);
    expect(budget.shrinkEachSec).toBeNull();
    expect(budget.shrinkFits).toBe(false);
  });

  test('an extension counts against the plan', () => {
    const extended = { durationSec: 180 + 5 * 60, elapsedMs: 0, runningSince: T0 };
    const budget = meetingBudget(input({ timer: extended }));
    expect(budget.driftMs).toBe(5 * MIN);
    expect(budget.shrinkEachSec).toBe(75);
  });

  test('a later case starts at the case call, so the opening is not in its plan', () => {
    expect(roundFirstPhase(PLAN, 0)).toBe(0);
    expect(roundFirstPhase(PLAN, 1)).toBe(1);
    expect(roundFirstPhase([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 1)).toBe(1);
    expect(roundFirstPhase([{ id: 'only' }], 2)).toBe(0);
    const budget = meetingBudget(
      input({ round: 1, phaseIndex: 1, timer: { durationSec: 120, elapsedMs: 0, runningSince: T0 } }),
    );
    expect(budget.plannedSec).toBe(TOTAL_SEC - 180);
    expect(budget.driftMs).toBe(0);
  });
});

describe('the budget on a real meeting', () => {
  test('the standard format, started and run late, then a second case', () => {
    let state = send(newMeeting(), { type: 'timer.resume' }, T0);
    // The opening runs 8 minutes instead of 3.
    state = send(state, { type: 'phase.next' }, T0 + 8 * MIN);
    const leaders = view(state, 'leader') as LeadersView;
    const budget = fromView(leaders, T0 + 8 * MIN);
    expect(budget.plannedSec).toBe(45 * 60);
    expect(budget.plannedEnd).toBe(T0 + 45 * MIN);
    expect(budget.driftMs).toBe(5 * MIN);
    // Five minutes late, five phases after the case call: a minute each.
    expect(budget.phasesAhead).toBe(5);
    expect(budget.shrinkEachSec).toBe(60);

    state = advanceTo(state, 'closing', T0 + 8 * MIN);
    state = send(state, { type: 'case.next' }, T0 + 60 * MIN);
    const second = view(state, 'leader') as LeadersView;
    expect(second.round).toBe(1);
    const next = fromView(second, T0 + 60 * MIN);
    expect(next.plannedSec).toBe(42 * 60);
    expect(next.plannedEnd).toBe(T0 + 102 * MIN);
    expect(next.driftMs).toBe(0);
  });
});
