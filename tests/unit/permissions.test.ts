// Every command from every role, through apply(): who may do what is the room's first safety rule.
// Each command gets a meeting in which it would succeed, so "allowed" means accepted, not merely
// "not forbidden".
import { describe, expect, test } from 'vitest';
import { checkoutPhase, emptyTally } from '../../shared/checkout';
import { COMMAND_TYPES, type CommandType } from '../../shared/commands';
import { PERMISSIONS } from '../../shared/permissions';
import { ROLES, type Actor, type Role } from '../../shared/roles';
import { apply } from '../../shared/meeting';
import { knock } from '../../shared/changes/people';
import type { MeetingState } from '../../shared/meeting-state';
import {
  CO_LEADER,
  EXAMPLE_COMMANDS,
  LEADER,
  LEADER_AWAY,
  MIN,
  SEC,
  T0,
  advanceTo,
  deepFreeze,
  member,
  newMeeting,
  send,
  withMembers,
} from './meeting';

const ACTORS: Record<Role, Actor> = {
  leader: LEADER,
  'co-leader': CO_LEADER,
  member: member('p1'),
  display: { role: 'display' },
};

const NOW = T0 + 30 * MIN;

/** Two members, the clock running, the case being presented. */
function presentationUnderway(): MeetingState {
  const started = send(withMembers(newMeeting(), ['Anna', 'Ben']), { type: 'timer.resume' }, T0);
  return advanceTo(started, 'presentation', T0);
}

/** Puts the meeting where `type` can succeed; `lead` is whoever is leading right now. */
const SETUP: Record<CommandType, (state: MeetingState, lead: Actor) => MeetingState> = {
  'phase.next': (s) => s,
  'phase.previous': (s) => s,
  'phase.undo': (s, lead) => send(s, { type: 'phase.next' }, NOW - 5 * SEC, lead),
  'phase.goto': (s) => s,
  'timer.pause': (s) => s,
  'timer.resume': (s, lead) => send(s, { type: 'timer.pause' }, NOW - MIN, lead),
  'timer.extend': (s) => s,
  'presenter.set': (s) => s,
  'case.volunteer': (s) => s,
  'pause.signal': (s) => s,
  // A group that turned the check-out on, at the closing.
  'checkout.answer': (s, lead) => {
    let state: MeetingState = { ...s, checkout: emptyTally() };
    while (!checkoutPhase(state.phases, state.phaseIndex)) state = send(state, { type: 'phase.next' }, NOW - MIN, lead);
    return state;
  },
  'pause.seen': (s) => send(s, { type: 'pause.signal' }, NOW - MIN, member('p1')),
  'flag.raise': (s) => s,
  'flag.update': (s) => send(s, { type: 'flag.raise', kind: 'medical-drift' }, NOW - MIN, CO_LEADER),
  'notice.show': (s) => s,
  'notice.clear': (s, lead) => send(s, { type: 'notice.show', text: 'Back to the relationship.' }, NOW - MIN, lead),
  'participant.remove': (s) => s,
  'hints.set': (s) => s,
  'room.settings': (s) => s,
  'cue.send': (s) => s,
  'knock.admit': (s, lead) => {
    const locked = s.locked ? s : send(s, { type: 'room.lock' }, NOW - MIN, lead);
    const knocked = knock(locked, { knockId: 'k1', name: 'Dana' }, NOW - MIN);
    return knocked.ok ? knocked.state : locked;
  },
  'case.none': (s, lead) => send(s, { type: 'phase.goto', phaseId: 'case-call' }, NOW - MIN, lead),
  'display.blank': (s) => s,
  'meeting.plan': (s) => s,
  'language.set': (s) => s,
  'room.lock': (s) => s,
  'room.unlock': (s, lead) => send(s, { type: 'room.lock' }, NOW - MIN, lead),
  'leader.takeover': (s) => s,
  'leader.return': (s) =>
    s.acting === 'co-leader' ? s : send(s, { type: 'leader.takeover' }, NOW - MIN, CO_LEADER, LEADER_AWAY),
  'case.next': (s, lead) => {
    let state = s;
    while (state.phaseIndex < state.phases.length - 1) state = send(state, { type: 'phase.next' }, NOW - MIN, lead);
    return state;
  },
  'development.start': (s) => s,
  'phases.update': (s) => s,
  'session.end': (s) => s,
};

const LEAD_COMMANDS: readonly CommandType[] = [
  'phase.next',
  'phase.previous',
  'phase.undo',
  'phase.goto',
  'timer.pause',
  'timer.resume',
  'timer.extend',
  'presenter.set',
  'notice.show',
  'notice.clear',
  'pause.seen',
  'participant.remove',
  'hints.set',
  'room.settings',
  'knock.admit',
  'case.none',
  'display.blank',
  'meeting.plan',
  'language.set',
  'room.lock',
  'room.unlock',
  'case.next',
  'development.start',
  'phases.update',
];

/** The contract's table, written out by hand rather than read back from PERMISSIONS. */
function allowedWhileLeaderLeads(type: CommandType): readonly Role[] {
  if (LEAD_COMMANDS.includes(type)) return ['leader'];
  switch (type) {
    case 'case.volunteer':
    case 'pause.signal':
    case 'checkout.answer':
      return ['member'];
    case 'flag.raise':
    case 'flag.update':
    case 'cue.send':
      return ['leader', 'co-leader'];
    case 'leader.takeover':
      return ['co-leader'];
    default:
      return ['leader']; // leader.return, session.end
  }
}

function expectForbidden(state: MeetingState, actor: Actor, type: CommandType, room = LEADER_AWAY) {
  deepFreeze(state);
  const before = structuredClone(state);
  const outcome = apply(state, actor, EXAMPLE_COMMANDS[type], NOW, room);
  expect(outcome).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
  // A refusal carries no state: the caller keeps the very object it had, untouched.
  expect(outcome).not.toHaveProperty('state');
  expect(state).toEqual(before);
}

test('the command list and the permission table name the same 33 commands', () => {
  expect(new Set(COMMAND_TYPES).size).toBe(COMMAND_TYPES.length);
  expect([...COMMAND_TYPES].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  expect(COMMAND_TYPES).toHaveLength(33);
});

describe('while the leader leads', () => {
  const cases = COMMAND_TYPES.flatMap((type) =>
    ROLES.map((role) => ({ type, role, allowed: allowedWhileLeaderLeads(type).includes(role) })),
  );

  test.each(cases)('$type from $role: allowed=$allowed', ({ type, role, allowed }) => {
    const state = SETUP[type](presentationUnderway(), LEADER);
    // leader.takeover needs the leader to be gone; give every command that room so it is the role,
    // not the room, that decides.
    if (allowed) {
      const outcome = apply(deepFreeze(state), ACTORS[role], EXAMPLE_COMMANDS[type], NOW, LEADER_AWAY);
      expect(outcome.ok ? 'accepted' : outcome.error).toBe('accepted');
    } else {
      expectForbidden(state, ACTORS[role], type);
    }
  });
});

describe('while the co-leader leads after a takeover', () => {
  const takenOver = (): MeetingState =>
    send(presentationUnderway(), { type: 'leader.takeover' }, NOW - 2 * MIN, CO_LEADER, LEADER_AWAY);

  test.each(LEAD_COMMANDS.flatMap((type) => ROLES.map((role) => ({ type, role }))))(
    '$type from $role: only the co-leader may lead',
    ({ type, role }) => {
      const state = SETUP[type](takenOver(), CO_LEADER);
      if (role === 'co-leader') {
        const outcome = apply(deepFreeze(state), CO_LEADER, EXAMPLE_COMMANDS[type], NOW, LEADER_AWAY);
        expect(outcome.ok ? 'accepted' : outcome.error).toBe('accepted');
      } else {
        expectForbidden(state, ACTORS[role], type);
      }
    },
  );

  test('the returning leader must take the lead back on purpose before driving the room', () => {
    const state = takenOver();
    expectForbidden(state, LEADER, 'phase.next', { leaderAway: false });
    const back = send(state, { type: 'leader.return' }, NOW, LEADER);
    expect(back.acting).toBe('leader');
    expect(apply(back, LEADER, { type: 'phase.next' }, NOW).ok).toBe(true);
  });

  test('the co-leader may not end the meeting; the leader still may', () => {
    const state = takenOver();
    expectForbidden(state, CO_LEADER, 'session.end');
    expect(apply(state, LEADER, { type: 'session.end' }, NOW).ok).toBe(true);
  });

  test('only the leader may take the lead back', () => {
    const state = takenOver();
    for (const role of ['co-leader', 'member', 'display'] as const) expectForbidden(state, ACTORS[role], 'leader.return');
  });

  test('members still signal and volunteer, leaders still flag', () => {
    const state = takenOver();
    expect(apply(state, member('p1'), { type: 'pause.signal' }, NOW).ok).toBe(true);
    expect(apply(state, member('p1'), { type: 'case.volunteer', volunteer: true }, NOW).ok).toBe(true);
    expect(apply(state, LEADER, EXAMPLE_COMMANDS['flag.raise'], NOW).ok).toBe(true);
    expect(apply(state, CO_LEADER, EXAMPLE_COMMANDS['flag.raise'], NOW).ok).toBe(true);
  });
});

describe('taking over', () => {
  test('needs the leader to be away', () => {
    const state = presentationUnderway();
    expect(apply(state, CO_LEADER, { type: 'leader.takeover' }, NOW, { leaderAway: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(apply(state, CO_LEADER, { type: 'leader.takeover' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  test('cannot happen twice', () => {
    const once = send(presentationUnderway(), { type: 'leader.takeover' }, NOW, CO_LEADER, LEADER_AWAY);
    expect(apply(once, CO_LEADER, { type: 'leader.takeover' }, NOW, LEADER_AWAY)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  test('a leader who is leading cannot "return"', () => {
    expect(apply(presentationUnderway(), LEADER, { type: 'leader.return' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  test('takeover and handback are recorded with their times', () => {
    const over = send(presentationUnderway(), { type: 'leader.takeover' }, NOW, CO_LEADER, LEADER_AWAY);
    expect(over.acting).toBe('co-leader');
    const back = send(over, { type: 'leader.return' }, NOW + 5 * MIN, LEADER);
    expect(back.leadership).toEqual([
      { event: 'takeover', at: NOW },
      { event: 'handback', at: NOW + 5 * MIN },
    ]);
  });
});
