// Test helpers for the pure domain: a meeting to start from, the actors in the room, and a way to
// drive the reducer that fails loudly when a step the test relies on is refused.
import type { Command, CommandType } from '../../shared/commands';
import type { Actor } from '../../shared/roles';
import { admitMember } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import type { DomainError, Outcome, RoomContext, MeetingState } from '../../shared/meeting-state';
import { findFormat } from '../../shared/templates';

/** A Thursday evening, 18:00 UTC: every test meeting starts here. */
export const T0 = Date.UTC(2026, 0, 15, 18, 0, 0);
export const SEC = 1000;
export const MIN = 60 * SEC;

export const LEADER: Actor = { role: 'leader' };
export const CO_LEADER: Actor = { role: 'co-leader' };
export const DISPLAY: Actor = { role: 'display' };
export const member = (participantId: string): Actor => ({ role: 'member', participantId });

export const LEADER_AWAY: RoomContext = { leaderAway: true };

export { STANDARD_PHASE_IDS } from '../standard-phases';

export function newMeeting(formatId = 'standard', now = T0): MeetingState {
  const format = findFormat(formatId);
  if (!format) throw new Error(`no format ${formatId}`);
  return createMeeting({ sessionId: 'session-1', joinCode: 'KQ7M2P', title: 'Thursday group', format, now });
}

export function accepted(outcome: Outcome): MeetingState {
  if (!outcome.ok) throw new Error(`expected the command to be accepted: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.state;
}

export function refused(outcome: Outcome): DomainError {
  if (outcome.ok) throw new Error('expected the command to be refused');
  return outcome.error;
}

/** The leader (or whoever `actor` is) sends a command that must be accepted. */
export function send(
  state: MeetingState,
  command: Command,
  now: number,
  actor: Actor = LEADER,
  room?: RoomContext,
): MeetingState {
  return accepted(apply(state, actor, command, now, room));
}

/** A new meeting whose clock the leader has started at T0. */
export const started = (state: MeetingState = newMeeting()) => send(state, { type: 'timer.resume' }, T0);

/** Admits members with ids p1, p2, … in order. */
export function withMembers(state: MeetingState, names: readonly string[], now = T0): MeetingState {
  return names.reduce(
    (current, name, index) =>
      accepted(admitMember(current, { participantId: `p${index + 1}`, name }, now)),
    state,
  );
}

/** Walks the standard meeting to a phase by pressing "next", one minute per phase. */
export function advanceTo(state: MeetingState, phaseId: string, now: number): MeetingState {
  let current = state;
  let at = now;
  while (current.phases[current.phaseIndex]!.id !== phaseId) {
    at += MIN;
    current = send(current, { type: 'phase.next' }, at);
  }
  return current;
}

/** A command that is a press and nothing more: next, back, pause, undo, end. */
type Press = { [C in Command as C['type']]: Exclude<keyof C, 'type'> extends never ? C['type'] : never }[CommandType];

/** The leader's presses, each at its moment, in order: a stretch of the meeting as the clock saw it. */
export function pressed(state: MeetingState, ...presses: readonly [Press, number][]): MeetingState {
  return presses.reduce((current, [type, at]) => send(current, { type } as Command, at), state);
}

/** Freezes a value and everything it holds, so any write inside the reducer throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Every key of every object inside a value, at any depth. */
export function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      allKeys(inner, into);
    }
  }
  return into;
}

/** Every string inside a value, keys included, at any depth. */
export function allStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => allStrings(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.push(key);
      allStrings(inner, into);
    }
  }
  return into;
}

/**
 * Something shaped like a credential: 22 or more URL-safe characters in a row (128 random bits in
 * base64url) mixing upper case, lower case and digits, as random tokens do and ids and words don't.
 */
export function looksLikeToken(text: string): boolean {
  return (text.match(/[A-Za-z0-9_-]{22,}/g) ?? []).some(
    (run) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run),
  );
}

/** One valid example of every command type, for the tables. */
export const EXAMPLE_COMMANDS: { readonly [T in CommandType]: Extract<Command, { type: T }> } = {
  'phase.next': { type: 'phase.next' },
  'phase.previous': { type: 'phase.previous' },
  'phase.undo': { type: 'phase.undo' },
  'phase.goto': { type: 'phase.goto', phaseId: 'discussion' },
  'timer.pause': { type: 'timer.pause' },
  'timer.resume': { type: 'timer.resume' },
  'timer.extend': { type: 'timer.extend', seconds: 120 },
  'presenter.set': { type: 'presenter.set', participantId: 'p1' },
  'case.volunteer': { type: 'case.volunteer', volunteer: true },
  'pause.signal': { type: 'pause.signal' },
  'pause.seen': { type: 'pause.seen' },
  'checkout.answer': { type: 'checkout.answer', answers: { safety: 4, focus: 3 } },
  'flag.raise': { type: 'flag.raise', kind: 'advice-giving', note: 'Ben keeps suggesting tests' },
  'flag.update': { type: 'flag.update', flagId: 'flag-1', status: 'acknowledged' },
  'notice.show': { type: 'notice.show', text: "Let's hear from someone who hasn't spoken yet." },
  'notice.clear': { type: 'notice.clear' },
  'participant.remove': { type: 'participant.remove', participantId: 'p2' },
  'hints.set': { type: 'hints.set', enabled: false },
  'room.settings': { type: 'room.settings', phoneClock: true },
  'cue.send': { type: 'cue.send', cue: 'let-silence-run' },
  'knock.admit': { type: 'knock.admit', knockId: 'k1' },
  'case.none': { type: 'case.none', then: 'closing' },
  'display.blank': { type: 'display.blank', blank: true },
  'meeting.plan': { type: 'meeting.plan', minutes: 90 },
  'language.set': { type: 'language.set', language: 'de' },
  'room.lock': { type: 'room.lock' },
  'room.unlock': { type: 'room.unlock' },
  'leader.takeover': { type: 'leader.takeover' },
  'leader.return': { type: 'leader.return' },
  'case.next': { type: 'case.next' },
  'development.start': { type: 'development.start' },
  'phases.update': {
    type: 'phases.update',
    phases: [
      { id: 'opening', title: 'Opening', durationSec: 180, prompt: 'What is said here stays here.' },
      { title: 'Check-in', durationSec: 120, prompt: 'One sentence each.' },
    ],
  },
  'session.end': { type: 'session.end' },
};
