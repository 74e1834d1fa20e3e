// The reducer's own rules, command by command: what each accepted command changes, what each
// refusal means, and what ending a meeting deletes.
import { describe, expect, test } from 'vitest';
import { COMMAND_TYPES } from '../../shared/commands';
import { ROLES, type Actor } from '../../shared/roles';
import { PAUSE_SIGNAL_COOLDOWN_MS } from '../../shared/changes/signals';
import { admitMember, VOLUNTEER_COOLDOWN_MS } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import { currentPhase, currentRound, type MeetingState } from '../../shared/meeting-state';
import {
  CO_LEADER,
  DISPLAY,
  EXAMPLE_COMMANDS,
  LEADER,
  LEADER_AWAY,
  MIN,
  SEC,
  T0,
  accepted,
  advanceTo,
  deepFreeze,
  member,
  newMeeting,
  refused,
  send,
  withMembers,
} from './meeting';

const meetingWithAnnaAndBen = (): MeetingState =>
  send(withMembers(newMeeting(), ['Anna', 'Ben']), { type: 'timer.resume' }, T0);

describe('a new meeting', () => {
  test('waits in its first phase with the clock stopped', () => {
    const state = newMeeting();
    expect(state.version).toBe(1);
    expect(state.phaseIndex).toBe(0);
    expect(currentPhase(state).id).toBe('opening');
    expect(state.timer).toEqual({ durationSec: 180, elapsedMs: 0, runningSince: null });
    expect(state.rounds).toHaveLength(1);
    expect(state.acting).toBe('leader');
    expect(state.endedAt).toBeNull();
  });

  test('owns its plan: editing the meeting never edits the shipped format', () => {
    const state = newMeeting();
    expect(state.phases[0]).not.toBe(newMeeting().phases[0]);
  });
});

describe('versions and refusals', () => {
  test('every accepted change adds exactly one to the version', () => {
    let state = newMeeting();
    const versions = [state.version];
    state = accepted(admitMember(state, { participantId: 'p1', name: 'Anna' }, T0));
    versions.push(state.version);
    for (const command of [
      { type: 'timer.resume' },
      { type: 'phase.next' },
      { type: 'timer.extend', seconds: 60 },
      { type: 'notice.show', text: 'Facts, not why.' },
    ] as const) {
      state = send(state, command, T0 + MIN);
      versions.push(state.version);
    }
    expect(versions).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('a refused command changes nothing and hands back no state', () => {
    const state = deepFreeze(meetingWithAnnaAndBen());
    const before = structuredClone(state);
    const outcome = apply(state, LEADER, { type: 'timer.resume' }, T0 + MIN);
    expect(outcome).toEqual({ ok: false, error: { code: 'conflict', message: expect.any(String) } });
    expect(state).toEqual(before);
  });
});

describe('presenter and volunteers', () => {
  test('the leader names a presenter, changes them, and clears them', () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'presenter.set', participantId: 'p1' }, T0);
    expect(state.presenterId).toBe('p1');
    state = send(state, { type: 'presenter.set', participantId: 'p2' }, T0);
    expect(state.presenterId).toBe('p2');
    state = send(state, { type: 'presenter.set', participantId: null }, T0);
    expect(state.presenterId).toBeNull();
  });

  test('naming someone not in the room is not_found; naming the same presenter again is a conflict', () => {
    const state = send(meetingWithAnnaAndBen(), { type: 'presenter.set', participantId: 'p1' }, T0);
    expect(refused(apply(state, LEADER, { type: 'presenter.set', participantId: 'p9' }, T0)).code).toBe('not_found');
    expect(refused(apply(state, LEADER, { type: 'presenter.set', participantId: 'p1' }, T0)).code).toBe('conflict');
  });

  test('a member says "I have a case" and takes it back', () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'case.volunteer', volunteer: true }, T0, member('p2'));
    expect(state.participants.map((p) => p.volunteer)).toEqual([false, true]);
    expect(refused(apply(state, member('p2'), { type: 'case.volunteer', volunteer: true }, T0)).code).toBe('conflict');
    state = send(state, { type: 'case.volunteer', volunteer: false }, T0 + VOLUNTEER_COOLDOWN_MS, member('p2'));
    expect(state.participants.map((p) => p.volunteer)).toEqual([false, false]);
  });

  test('a removed member can no longer volunteer or signal', () => {
    const state = send(meetingWithAnnaAndBen(), { type: 'participant.remove', participantId: 'p2' }, T0);
    expect(refused(apply(state, member('p2'), { type: 'case.volunteer', volunteer: true }, T0)).code).toBe('not_found');
    expect(refused(apply(state, member('p2'), { type: 'pause.signal' }, T0)).code).toBe('not_found');
  });
});

describe('pause signals', () => {
  test('are counted for the leaders and in the phase record, without who sent them', () => {
    let state = advanceTo(meetingWithAnnaAndBen(), 'discussion', T0);
    state = send(state, { type: 'pause.signal' }, T0 + 10 * MIN, member('p1'));
    state = send(state, { type: 'pause.signal' }, T0 + 10 * MIN, member('p2'));
    expect(state.pauseSignals).toBe(2);
    expect(currentRound(state).phases.find((p) => p.id === 'discussion')!.pauseSignals).toBe(2);
  });

  test('one member may signal once per cooldown; others are not held back by it', () => {
    const first = send(meetingWithAnnaAndBen(), { type: 'pause.signal' }, T0 + MIN, member('p1'));
    const again = apply(first, member('p1'), { type: 'pause.signal' }, T0 + MIN + PAUSE_SIGNAL_COOLDOWN_MS - 1);
    expect(refused(again).code).toBe('rate_limited');
    expect(apply(first, member('p2'), { type: 'pause.signal' }, T0 + MIN + 1).ok).toBe(true);
    const later = send(first, { type: 'pause.signal' }, T0 + MIN + PAUSE_SIGNAL_COOLDOWN_MS, member('p1'));
    expect(later.pauseSignals).toBe(2);
  });
});

describe('flags', () => {
  test('are numbered, open, and remember the round and phase they were raised in', () => {
    let state = advanceTo(meetingWithAnnaAndBen(), 'clarifying-questions', T0);
    state = send(state, { type: 'flag.raise', kind: 'cross-examination' }, T0 + 5 * MIN, CO_LEADER);
    state = send(state, { type: 'flag.raise', kind: 'time', note: 'running long' }, T0 + 6 * MIN, LEADER);
    expect(state.flags).toEqual([
      { id: 'flag-1', kind: 'cross-examination', status: 'open', raisedAt: T0 + 5 * MIN, round: 0, phaseId: 'clarifying-questions' },
      {
        id: 'flag-2',
        kind: 'time',
        status: 'open',
        raisedAt: T0 + 6 * MIN,
        round: 0,
        phaseId: 'clarifying-questions',
        note: 'running long',
      },
    ]);
  });

  test('an empty note is no note', () => {
    const state = send(meetingWithAnnaAndBen(), { type: 'flag.raise', kind: 'airtime', note: '' }, T0, CO_LEADER);
    expect(state.flags[0]).not.toHaveProperty('note');
  });

  test('are acknowledged, resolved or dismissed; the same status twice is a conflict; unknown is not_found', () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'flag.raise', kind: 'judgement' }, T0, CO_LEADER);
    state = send(state, { type: 'flag.update', flagId: 'flag-1', status: 'acknowledged' }, T0 + SEC, LEADER);
    expect(state.flags[0]!.status).toBe('acknowledged');
    expect(refused(apply(state, LEADER, { type: 'flag.update', flagId: 'flag-1', status: 'acknowledged' }, T0)).code).toBe(
      'conflict',
    );
    expect(refused(apply(state, LEADER, { type: 'flag.update', flagId: 'flag-7', status: 'dismissed' }, T0)).code).toBe(
      'not_found',
    );
    state = send(state, { type: 'flag.update', flagId: 'flag-1', status: 'dismissed' }, T0 + 2 * SEC, CO_LEADER);
    expect(state.flags[0]!.status).toBe('dismissed');
  });
});

describe('notices', () => {
  test('the leader shows a redirect to the room and clears it', () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'notice.show', text: 'Back to this patient.' }, T0 + MIN);
    expect(state.notice).toEqual({ text: 'Back to this patient.', at: T0 + MIN });
    state = send(state, { type: 'notice.clear' }, T0 + 2 * MIN);
    expect(state.notice).toBeNull();
    expect(refused(apply(state, LEADER, { type: 'notice.clear' }, T0)).code).toBe('conflict');
  });

  test("sending a flag's redirect resolves that flag in the same change", () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'flag.raise', kind: 'medical-drift' }, T0, CO_LEADER);
    state = send(state, { type: 'notice.show', text: 'Stay with the relationship.', flagId: 'flag-1' }, T0 + MIN);
    // The leader's own words on the wall: the record keeps that, never the words.
    expect(state.flags[0]).toMatchObject({ status: 'resolved', handled: 'projected-edited' });
    expect(JSON.stringify(state.flags)).not.toContain('Stay with the relationship.');
    expect(state.notice).toEqual({ text: 'Stay with the relationship.', at: T0 + MIN });
  });

  test('a redirect for an unknown flag is not_found and shows nothing', () => {
    const state = meetingWithAnnaAndBen();
    const outcome = apply(state, LEADER, { type: 'notice.show', text: 'Hello', flagId: 'flag-3' }, T0);
    expect(refused(outcome).code).toBe('not_found');
  });

  test('a safety concern never goes to the room: the leaders follow it up privately', () => {
    const state = send(meetingWithAnnaAndBen(), { type: 'flag.raise', kind: 'safety-concern' }, T0, CO_LEADER);
    const outcome = apply(state, LEADER, { type: 'notice.show', text: 'Anything', flagId: 'flag-1' }, T0 + MIN);
    expect(refused(outcome).code).toBe('forbidden');
  });
});

describe('the room', () => {
  test('removing a member who presents also clears the presenter', () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'presenter.set', participantId: 'p1' }, T0);
    state = send(state, { type: 'participant.remove', participantId: 'p1' }, T0);
    expect(state.participants.map((p) => p.participantId)).toEqual(['p2']);
    expect(state.presenterId).toBeNull();
    expect(refused(apply(state, LEADER, { type: 'participant.remove', participantId: 'p1' }, T0)).code).toBe('not_found');
  });

  test('a locked room admits nobody until unlocked', () => {
    const locked = send(meetingWithAnnaAndBen(), { type: 'room.lock' }, T0);
    expect(refused(admitMember(locked, { participantId: 'p3', name: 'Cleo' }, T0)).code).toBe('locked');
    expect(refused(apply(locked, LEADER, { type: 'room.lock' }, T0)).code).toBe('conflict');
    const open = send(locked, { type: 'room.unlock' }, T0);
    expect(refused(apply(open, LEADER, { type: 'room.unlock' }, T0)).code).toBe('conflict');
    expect(accepted(admitMember(open, { participantId: 'p3', name: 'Cleo' }, T0)).participants).toHaveLength(3);
  });
});

describe('timer commands', () => {
  test('pause and resume refuse to repeat themselves', () => {
    const running = meetingWithAnnaAndBen();
    expect(refused(apply(running, LEADER, { type: 'timer.resume' }, T0)).code).toBe('conflict');
    const paused = send(running, { type: 'timer.pause' }, T0 + MIN);
    expect(paused.timer).toEqual({ durationSec: 180, elapsedMs: MIN, runningSince: null });
    expect(refused(apply(paused, LEADER, { type: 'timer.pause' }, T0 + 2 * MIN)).code).toBe('conflict');
  });

  test('extend lengthens the running phase', () => {
    const state = send(meetingWithAnnaAndBen(), { type: 'timer.extend', seconds: 300 }, T0 + MIN);
    expect(state.timer).toEqual({ durationSec: 480, elapsedMs: 0, runningSince: T0 });
  });
});

describe('ending the meeting', () => {
  const ended = (): MeetingState => {
    let state = advanceTo(meetingWithAnnaAndBen(), 'discussion', T0);
    state = send(state, { type: 'presenter.set', participantId: 'p1' }, T0 + 5 * MIN);
    state = send(state, { type: 'flag.raise', kind: 'identifier', note: 'Ben named the ward' }, T0 + 6 * MIN, CO_LEADER);
    state = send(state, { type: 'pause.signal' }, T0 + 7 * MIN, member('p2'));
    state = send(state, { type: 'notice.show', text: 'Keep details general.' }, T0 + 8 * MIN);
    return send(state, { type: 'session.end' }, T0 + 9 * MIN);
  };

  test('deletes names and notes and stops the clock', () => {
    const state = ended();
    expect(state.endedAt).toBe(T0 + 9 * MIN);
    expect(state.participants).toEqual([]);
    expect(state.presenterId).toBeNull();
    expect(state.notice).toBeNull();
    expect(state.lastPauseSignalAt).toEqual({});
    expect(state.flags).toHaveLength(1);
    expect(state.flags[0]).not.toHaveProperty('note');
    expect(state.timer.runningSince).toBeNull();
    const serialized = JSON.stringify(state);
    for (const secret of ['Anna', 'Ben', 'Ben named the ward']) expect(serialized).not.toContain(secret);
  });

  test('keeps what the process record needs: flag kinds, pause count, phase times', () => {
    const state = ended();
    expect(state.flags[0]).toMatchObject({ kind: 'identifier', raisedAt: T0 + 6 * MIN, phaseId: 'discussion' });
    expect(state.pauseSignals).toBe(1);
    expect(currentRound(state).phases.find((p) => p.id === 'discussion')!.actualMs).toBe(5 * MIN);
  });

  test.each(COMMAND_TYPES.flatMap((type) => ROLES.map((role) => ({ type, role }))))(
    'afterwards $type from $role is a conflict',
    ({ type, role }) => {
      const state = deepFreeze(ended());
      const before = structuredClone(state);
      const actor: Actor = { leader: LEADER, 'co-leader': CO_LEADER, member: member('p1'), display: DISPLAY }[role];
      expect(refused(apply(state, actor, EXAMPLE_COMMANDS[type], T0 + 10 * MIN, LEADER_AWAY)).code).toBe('conflict');
      expect(state).toEqual(before);
    },
  );

  test('afterwards nobody can join', () => {
    expect(refused(admitMember(ended(), { participantId: 'p3', name: 'Cleo' }, T0 + 10 * MIN)).code).toBe('locked');
  });
});
