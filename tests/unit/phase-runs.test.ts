// The stretches each phase's clock ran, for the debrief's timeline: a pause and a revisit leave
// gaps, an undone advance leaves no trace in the phase entered by mistake, and the stretches add up
// to the phase's actual time.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../../shared/report';
import type { MeetingState } from '../../shared/meeting-state';
import { MIN, SEC, T0, pressed, send, started } from './meeting';

const runsOf = (state: MeetingState, phaseId: string, now: number) =>
  buildReport(state, now).rounds[0]!.phases.find((phase) => phase.id === phaseId)!;

describe('the stretches a phase ran', () => {
  test('a pause leaves a gap between two stretches', () => {
    const s = pressed(started(), ['timer.pause', T0 + 2 * MIN], ['timer.resume', T0 + 5 * MIN], ['phase.next', T0 + 6 * MIN]);
    const opening = runsOf(s, 'opening', T0 + 7 * MIN);
    expect(opening.runs).toEqual([
      { from: T0, to: T0 + 2 * MIN },
      { from: T0 + 5 * MIN, to: T0 + 6 * MIN },
    ]);
    expect(opening.actualSec).toBe(3 * 60);
  });

  test('going back to a phase adds a stretch later on the axis; the running one counts up to now', () => {
    const s = pressed(started(), ['phase.next', T0 + 3 * MIN], ['phase.next', T0 + 5 * MIN], ['phase.previous', T0 + 8 * MIN]);
    const caseCall = runsOf(s, 'case-call', T0 + 9 * MIN);
    expect(caseCall.runs).toEqual([
      { from: T0 + 3 * MIN, to: T0 + 5 * MIN },
      { from: T0 + 8 * MIN, to: T0 + 9 * MIN },
    ]);
    expect(caseCall.actualSec).toBe(3 * 60);
    const ended = send(s, { type: 'session.end' }, T0 + 10 * MIN);
    expect(runsOf(ended, 'case-call', T0 + 20 * MIN).runs!.at(-1)).toEqual({ from: T0 + 8 * MIN, to: T0 + 10 * MIN });
  });

  test('an undone advance: the left phase keeps its stretch, the one entered by mistake none', () => {
    const s = pressed(started(), ['phase.next', T0 + 3 * MIN], ['phase.undo', T0 + 3 * MIN + 10 * SEC], ['phase.next', T0 + 4 * MIN]);
    expect(runsOf(s, 'opening', T0 + 5 * MIN).runs).toEqual([
      { from: T0, to: T0 + 3 * MIN },
      { from: T0 + 3 * MIN + 10 * SEC, to: T0 + 4 * MIN },
    ]);
    expect(runsOf(s, 'case-call', T0 + 5 * MIN).runs).toEqual([{ from: T0 + 4 * MIN, to: T0 + 5 * MIN }]);
  });

  test('the stretches add up to the actual time', () => {
    const s = pressed(
      started(),
      ['timer.pause', T0 + 70 * SEC],
      ['timer.resume', T0 + 200 * SEC],
      ['phase.next', T0 + 260 * SEC],
      ['phase.previous', T0 + 300 * SEC],
      ['session.end', T0 + 345 * SEC],
    );
    for (const phase of buildReport(s, T0 + 400 * SEC).rounds[0]!.phases) {
      const total = (phase.runs ?? []).reduce((sum, run) => sum + (run.to - run.from), 0);
      expect(Math.round(total / 1000)).toBe(phase.actualSec);
    }
  });
});
