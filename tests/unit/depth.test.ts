// Facilitation depth in the domain: when rounds and phases first start (the budget and the debrief
// time axis), the step-back hints, and the leaders' debrief notes.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../../shared/report';
import { apply } from '../../shared/meeting';
import { writeDebriefNotes } from '../../shared/changes/room';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import { accepted, advanceTo, LEADER, MIN, newMeeting, pressed, refused, send, started, T0, withMembers } from './meeting';

describe('start times', () => {
  test('a round starts when its clock first runs, not when the meeting is created', () => {
    const created = newMeeting();
    expect(created.rounds[0]!.startedAt).toBeNull();
    expect((viewFor(created, 'leader') as LeadersView).roundStartedAt).toBeNull();
    const started = send(created, { type: 'timer.resume' }, T0 + 5 * MIN);
    expect(started.rounds[0]!.startedAt).toBe(T0 + 5 * MIN);
    expect(started.rounds[0]!.phases[0]!.startedAt).toBe(T0 + 5 * MIN);
    expect((viewFor(started, 'leader') as LeadersView).roundStartedAt).toBe(T0 + 5 * MIN);
  });

  test('each phase keeps the time it first ran, through pauses and returns', () => {
    const state = pressed(
      started(),
      ['phase.next', T0 + 3 * MIN],
      ['timer.pause', T0 + 4 * MIN],
      ['timer.resume', T0 + 6 * MIN],
      ['phase.previous', T0 + 7 * MIN],
      ['phase.next', T0 + 8 * MIN],
    );
    const phases = buildReport(state, T0 + 9 * MIN).rounds[0]!.phases;
    expect(phases[0]!.startedAt).toBe(T0);
    expect(phases[1]!.startedAt).toBe(T0 + 3 * MIN);
    expect(phases[2]!.startedAt).toBeNull();
  });

  test('the second case has its own start', () => {
    let state = send(newMeeting(), { type: 'timer.resume' }, T0);
    state = advanceTo(state, 'closing', T0);
    state = send(state, { type: 'case.next' }, T0 + 50 * MIN);
    expect(state.rounds).toHaveLength(2);
    expect(state.rounds[1]!.startedAt).toBe(T0 + 50 * MIN);
    expect(state.rounds[0]!.startedAt).toBe(T0);
  });
});

describe('step-back hints', () => {
  test('are on by default and the leader can turn them off for the room', () => {
    const state = newMeeting();
    expect(viewFor(state, 'member').hints).toBe(true);
    const off = send(state, { type: 'hints.set', enabled: false }, T0);
    expect(viewFor(off, 'member').hints).toBe(false);
    expect(refused(apply(off, LEADER, { type: 'hints.set', enabled: false }, T0)).code).toBe('conflict');
    expect(refused(apply(off, { role: 'member', participantId: 'p1' }, { type: 'hints.set', enabled: true }, T0)).code).toBe(
      'forbidden',
    );
  });
});

describe('debrief notes', () => {
  test('open only once the meeting has ended, for the leaders only', () => {
    const running = withMembers(newMeeting(), ['Anna']);
    expect(refused(writeDebriefNotes(running, 'Too early')).code).toBe('conflict');
    const ended = send(running, { type: 'session.end' }, T0 + MIN);
    const noted = accepted(writeDebriefNotes(ended, 'The group held the silence well.'));
    expect(noted.version).toBe(ended.version + 1);
    expect((viewFor(noted, 'co-leader') as LeadersView).debriefNotes).toBe('The group held the silence well.');
    expect(JSON.stringify(viewFor(noted, 'member'))).not.toContain('silence');
    expect(JSON.stringify(viewFor(noted, 'display'))).not.toContain('silence');
    expect(JSON.stringify(buildReport(noted, T0 + 2 * MIN))).not.toContain('silence');
    expect(refused(writeDebriefNotes(noted, 'The group held the silence well.')).code).toBe('conflict');
  });
});

describe('editing who the presenter is in each phase', () => {
  test('the leaders see each phase’s presenter role, and null puts the presenter back in the circle', () => {
    const state = newMeeting();
    const plan = (viewFor(state, 'leader') as LeadersView).plan;
    expect(plan.find((phase) => phase.id === 'discussion')!.presenterRole).toBe('listens');
    const kept = send(state, { type: 'phases.update', phases: plan.map(({ presenterRole: _role, ...phase }) => phase) }, T0);
    expect(kept.phases.find((phase) => phase.id === 'discussion')!.presenterRole).toBe('listens');
    const cleared = send(
      state,
      { type: 'phases.update', phases: plan.map((phase) => (phase.id === 'discussion' ? { ...phase, presenterRole: null } : phase)) },
      T0,
    );
    expect(cleared.phases.find((phase) => phase.id === 'discussion')!.presenterRole).toBeUndefined();
    expect((viewFor(cleared, 'leader') as LeadersView).plan.find((phase) => phase.id === 'discussion')!.presenterRole).toBeNull();
  });
});
