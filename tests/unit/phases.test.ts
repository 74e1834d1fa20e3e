// Moving through a round: next, back, jump, a second case, and editing the plan mid-meeting.
// Going back must cost nothing: an accidental advance is undone with one action and the clock
// picks up where it was.
import { describe, expect, test } from 'vitest';
import type { Command } from '../../shared/commands';
import { buildReport } from '../../shared/report';
import { apply } from '../../shared/meeting';
import { currentPhase, type MeetingState } from '../../shared/meeting-state';
import { remainingAt } from '../../shared/timer';
import {
  CO_LEADER,
  MIN,
  SEC,
  STANDARD_PHASE_IDS,
  T0,
  accepted,
  advanceTo,
  member,
  newMeeting,
  refused,
  send,
  started,
  withMembers,
} from './meeting';

const phaseId = (state: MeetingState): string => currentPhase(state).id;

/** The leader saves an edited plan in the format editor. */
const editPlan = (state: MeetingState, phases: Extract<Command, { type: 'phases.update' }>['phases'], at: number) =>
  send(state, { type: 'phases.update', phases }, at);

describe('next and previous', () => {
  test('next walks the standard round in order, each phase starting its own clock', () => {
    let state = started();
    const seen = [phaseId(state)];
    for (let step = 1; step < STANDARD_PHASE_IDS.length; step += 1) {
      state = send(state, { type: 'phase.next' }, T0 + step * MIN);
      seen.push(phaseId(state));
      expect(state.phaseIndex).toBe(step);
      expect(state.timer).toEqual({
        durationSec: state.phases[step]!.durationSec,
        elapsedMs: 0,
        runningSince: T0 + step * MIN,
      });
    }
    expect(seen).toEqual([...STANDARD_PHASE_IDS]);
  });

  test('next at the last phase is a conflict', () => {
    const last = advanceTo(started(), 'closing', T0);
    expect(refused(apply(last, { role: 'leader' }, { type: 'phase.next' }, T0 + 20 * MIN)).code).toBe('conflict');
  });

  test('previous at the first phase is a conflict', () => {
    expect(refused(apply(started(), { role: 'leader' }, { type: 'phase.previous' }, T0 + MIN)).code).toBe('conflict');
  });

  test('an accidental advance undone at once costs the earlier phase nothing', () => {
    const before = send(started(), { type: 'timer.extend', seconds: 60 }, T0 + 30 * SEC);
    const slipped = send(before, { type: 'phase.next' }, T0 + 2 * MIN);
    const undone = send(slipped, { type: 'phase.previous' }, T0 + 2 * MIN + 5 * SEC);

    expect(phaseId(undone)).toBe('opening');
    // The opening resumes at 2:00 spent of its 3+1 minutes, running from the moment of the undo.
    expect(undone.timer).toEqual({ durationSec: 240, elapsedMs: 2 * MIN, runningSince: T0 + 2 * MIN + 5 * SEC });
    expect(remainingAt(undone.timer, T0 + 2 * MIN + 5 * SEC)).toBe(2 * MIN);
  });

  test('coming back to a phase a second time picks its clock up where it was', () => {
    let state = send(started(), { type: 'phase.next' }, T0 + 3 * MIN); // case call from 3:00
    state = send(state, { type: 'phase.next' }, T0 + 4 * MIN); // presentation, case call ran 1:00
    state = send(state, { type: 'phase.previous' }, T0 + 5 * MIN); // back to the case call
    expect(phaseId(state)).toBe('case-call');
    expect(state.timer.elapsedMs).toBe(1 * MIN);
    state = send(state, { type: 'phase.next' }, T0 + 5 * MIN + 30 * SEC);
    expect(phaseId(state)).toBe('presentation');
    expect(state.timer.elapsedMs).toBe(1 * MIN);
  });

  test('a phase visited twice adds up in the report', () => {
    let state = send(started(), { type: 'phase.next' }, T0 + 3 * MIN); // opening ran 3:00
    state = send(state, { type: 'phase.previous' }, T0 + 4 * MIN); // case call ran 1:00
    state = send(state, { type: 'phase.next' }, T0 + 5 * MIN); // opening ran 1:00 more
    state = send(state, { type: 'phase.next' }, T0 + 7 * MIN); // case call ran 2:00 more
    const phases = buildReport(state, T0 + 7 * MIN).rounds[0]!.phases;
    expect(phases.find((p) => p.id === 'opening')!.actualSec).toBe(4 * 60);
    expect(phases.find((p) => p.id === 'case-call')!.actualSec).toBe(3 * 60);
  });

  test('leaving a paused phase keeps only the time it ran', () => {
    let state = send(started(), { type: 'timer.pause' }, T0 + 1 * MIN);
    state = send(state, { type: 'phase.next' }, T0 + 10 * MIN);
    state = send(state, { type: 'phase.previous' }, T0 + 11 * MIN);
    expect(state.timer.elapsedMs).toBe(1 * MIN);
  });
});

describe('goto', () => {
  test('jumps forward and back by id', () => {
    const forward = send(started(), { type: 'phase.goto', phaseId: 'discussion' }, T0 + MIN);
    expect(phaseId(forward)).toBe('discussion');
    expect(forward.phaseIndex).toBe(4);
    const back = send(forward, { type: 'phase.goto', phaseId: 'opening' }, T0 + 2 * MIN);
    expect(back.phaseIndex).toBe(0);
    expect(back.timer.elapsedMs).toBe(MIN);
  });

  test('an unknown phase is not_found', () => {
    const state = started();
    expect(refused(apply(state, { role: 'leader' }, { type: 'phase.goto', phaseId: 'enactment' }, T0)).code).toBe(
      'not_found',
    );
  });

  test('the phase already running is a conflict', () => {
    const state = advanceTo(started(), 'discussion', T0);
    expect(refused(apply(state, { role: 'leader' }, { type: 'phase.goto', phaseId: 'discussion' }, T0)).code).toBe(
      'conflict',
    );
  });
});

describe('the next case', () => {
  const lastPhaseWithEverything = (): MeetingState => {
    let state = withMembers(started(), ['Anna', 'Ben']);
    state = send(state, { type: 'case.volunteer', volunteer: true }, T0 + MIN, member('p1'));
    state = send(state, { type: 'case.volunteer', volunteer: true }, T0 + MIN, member('p2'));
    state = send(state, { type: 'presenter.set', participantId: 'p1' }, T0 + 2 * MIN);
    state = advanceTo(state, 'closing', T0 + 2 * MIN);
    return send(state, { type: 'notice.show', text: 'A few minutes left for this part.' }, T0 + 40 * MIN);
  };

  test('is refused before the last phase of the round', () => {
    let state = started();
    for (const id of STANDARD_PHASE_IDS.slice(0, -1)) {
      expect(phaseId(state)).toBe(id);
      expect(refused(apply(state, { role: 'leader' }, { type: 'case.next' }, T0)).code).toBe('conflict');
      state = send(state, { type: 'phase.next' }, T0);
    }
  });

  test('starts a new round at the case call, with no presenter, volunteers or notice', () => {
    const closing = lastPhaseWithEverything();
    const next = send(closing, { type: 'case.next' }, T0 + 45 * MIN);
    expect(next.rounds).toHaveLength(2);
    expect(phaseId(next)).toBe('case-call');
    expect(next.timer).toEqual({ durationSec: 120, elapsedMs: 0, runningSince: T0 + 45 * MIN });
    expect(next.presenterId).toBeNull();
    expect(next.notice).toBeNull();
    expect(next.participants.map((p) => [p.name, p.volunteer])).toEqual([
      ['Anna', false],
      ['Ben', false],
    ]);
  });

  test('closes the first round with the closing phase counted and keeps it in the record', () => {
    const closing = lastPhaseWithEverything();
    const closingStartedAt = closing.timer.runningSince!;
    const next = send(closing, { type: 'case.next' }, closingStartedAt + 90 * SEC);
    const report = buildReport(next, closingStartedAt + 2 * MIN);
    expect(report.rounds).toHaveLength(2);
    expect(report.rounds[0]!.phases.find((p) => p.id === 'closing')!.actualSec).toBe(90);
    expect(report.rounds[1]!.phases.find((p) => p.id === 'case-call')!.actualSec).toBe(30);
    expect(report.rounds[1]!.phases.find((p) => p.id === 'opening')!.actualSec).toBe(0);
  });

  test('flags raised in the second case name the second round', () => {
    const next = send(lastPhaseWithEverything(), { type: 'case.next' }, T0 + 45 * MIN);
    const flagged = send(next, { type: 'flag.raise', kind: 'new-case' }, T0 + 46 * MIN, CO_LEADER);
    expect(flagged.flags.at(-1)).toMatchObject({ round: 1, phaseId: 'case-call' });
  });

  test('without a case call the new round starts at the first phase after the opening', () => {
    let state = editPlan(
      started(),
      [
        { id: 'opening', title: 'Opening', durationSec: 180, prompt: '' },
        { id: 'presentation', title: 'Presentation', durationSec: 480, prompt: '' },
        { id: 'closing', title: 'Closing', durationSec: 120, prompt: '' },
      ],
      T0 + MIN,
    );
    state = advanceTo(state, 'closing', T0 + MIN);
    const next = send(state, { type: 'case.next' }, T0 + 20 * MIN);
    expect(phaseId(next)).toBe('presentation');
  });
});

describe('editing the plan during the meeting', () => {
  const discussionUnderway = (): MeetingState => {
    const state = advanceTo(started(), 'discussion', T0); // discussion from T0+4min
    return send(state, { type: 'timer.extend', seconds: 120 }, T0 + 10 * MIN);
  };

  test('keeps the running timer when the current phase stays, moving only its end', () => {
    const before = discussionUnderway();
    const edited = editPlan(
      before,
      [
        { id: 'opening', title: 'Opening', durationSec: 180, prompt: 'Frame.' },
        { id: 'case-call', title: 'Case call', durationSec: 120, prompt: 'Who?' },
        { id: 'presentation', title: 'Presentation', durationSec: 480, prompt: 'Listen.' },
        { title: 'Silence', durationSec: 60, prompt: 'A minute of quiet.' },
        { id: 'discussion', title: 'Discussion', durationSec: 25 * 60, prompt: 'Wonder.' },
        { id: 'closing', title: 'Closing', durationSec: 120, prompt: 'Thanks.' },
      ],
      T0 + 12 * MIN,
    );
    expect(phaseId(edited)).toBe('discussion');
    expect(edited.phaseIndex).toBe(4);
    expect(currentPhase(edited).title).toBe('Discussion');
    // Same start, same time spent; the new plan of 25 minutes plus the 2 minutes already extended.
    expect(edited.timer).toEqual({
      durationSec: 27 * 60,
      elapsedMs: before.timer.elapsedMs,
      runningSince: before.timer.runningSince,
    });
    expect(edited.phases.map((p) => p.id)).toEqual([
      'opening',
      'case-call',
      'presentation',
      'phase-1',
      'discussion',
      'closing',
    ]);
  });

  test('when the current phase is dropped its time stays in the record and the clock moves on', () => {
    const before = discussionUnderway();
    const edited = editPlan(
      before,
      [
        { id: 'opening', title: 'Opening', durationSec: 180, prompt: '' },
        { id: 'closing', title: 'Closing', durationSec: 120, prompt: '' },
      ],
      T0 + 14 * MIN,
    );
    expect(phaseId(edited)).toBe('closing');
    expect(edited.timer).toEqual({ durationSec: 120, elapsedMs: 0, runningSince: T0 + 14 * MIN });
    const discussion = buildReport(edited, T0 + 14 * MIN).rounds[0]!.phases.find((p) => p.id === 'discussion');
    expect(discussion?.actualSec).toBe(10 * 60);
  });

  test('two phases with the same id are invalid and change nothing', () => {
    const before = discussionUnderway();
    const error = refused(
      apply(
        before,
        { role: 'leader' },
        {
          type: 'phases.update',
          phases: [
            { id: 'discussion', title: 'A', durationSec: 60, prompt: '' },
            { id: 'discussion', title: 'B', durationSec: 60, prompt: '' },
          ],
        },
        T0 + 12 * MIN,
      ),
    );
    expect(error.code).toBe('invalid');
  });

  test('a re-timed phase that was visited earlier resumes with its time and the new plan', () => {
    let state = discussionUnderway(); // opening ran 1 minute
    state = editPlan(
      state,
      state.phases.map((p) => ({ ...p, durationSec: p.id === 'opening' ? 10 * 60 : p.durationSec })),
      T0 + 12 * MIN,
    );
    const back = accepted(apply(state, { role: 'leader' }, { type: 'phase.goto', phaseId: 'opening' }, T0 + 13 * MIN));
    expect(back.timer).toEqual({ durationSec: 10 * 60, elapsedMs: MIN, runningSince: T0 + 13 * MIN });
  });
});
