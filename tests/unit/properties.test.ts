// Fuzzing the room: random meetings of valid and malformed commands from every role, including
// members who joined and members who were removed, with the clock only moving forward. Whatever
// arrives, the reducer never throws, never mutates, counts versions exactly, and the views that
// members and the display receive never carry the leaders' secrets.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { COMMAND_TYPES, commandSchema, type CommandType } from '../../shared/commands';
import { CUE_KINDS } from '../../shared/cues';
import { FLAG_KINDS } from '../../shared/flags';
import { LANGUAGES } from '../../shared/localize';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import type { Actor } from '../../shared/roles';
import { admitMember } from '../../shared/changes/people';
import { apply } from '../../shared/session';
import type { Outcome, SessionState } from '../../shared/session-state';
import { memberSelf } from '../../shared/room-view';
import { view } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import {
  CO_LEADER,
  DISPLAY,
  LEADER,
  MIN,
  STANDARD_PHASE_IDS,
  T0,
  allKeys,
  allStrings,
  deepFreeze,
  looksLikeToken,
  member,
  newMeeting,
} from './meeting';

const MEMBER_IDS = ['p1', 'p2', 'p3', 'p4'];
const NAMES = ['Ysolde', 'Quillon', 'Xandra', 'Zebulon'];
/** Senders who are not, or no longer, in the room. */
const STRANGER_IDS = ['p9'];
/** Every note the generator writes starts with this, so a leak is easy to spot. */
const NOTE_MARK = 'NOTE:';
const SECRET_KEYS = ['flags', 'pauseSignals', 'participants', 'plan', 'note', 'lastPauseSignalAt'];

// ---- valid commands ------------------------------------------------------------------------

const base64url = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
/** A note shaped like a credential: the worst thing that could leak, and the easiest to detect. */
const noteText = fc
  .string({ unit: base64url, minLength: 19, maxLength: 60 })
  .map((random) => `${NOTE_MARK}Q7z${random}`);
const words = fc.constantFrom(
  'Back to this patient.',
  'Facts, not why.',
  'They are listening for now.',
  'A few minutes left.',
  'Stay curious.',
);
// 'closing' twice as often: the last phase is where a second case can start.
const phaseIdPool = fc.constantFrom(...STANDARD_PHASE_IDS, 'closing', 'enactment', 'phase-1', 'check-in');
const participantIdPool = fc.constantFrom(...MEMBER_IDS, ...STRANGER_IDS);
const flagIdPool = fc.constantFrom('flag-1', 'flag-2', 'flag-3', 'flag-4', 'flag-9');

const phaseEdit = fc.record(
  {
    id: phaseIdPool,
    title: fc.constantFrom('Opening', 'Case', 'Questions', 'Discussion', 'Return', 'Closing'),
    durationSec: fc.integer({ min: 10, max: 3600 }),
    prompt: words,
  },
  { requiredKeys: ['title', 'durationSec', 'prompt'] },
);

const VALID: { [T in CommandType]: fc.Arbitrary<{ type: T }> } = {
  'phase.next': fc.constant({ type: 'phase.next' }),
  'phase.previous': fc.constant({ type: 'phase.previous' }),
  'phase.undo': fc.constant({ type: 'phase.undo' }),
  'phase.goto': fc.record({ type: fc.constant('phase.goto'), phaseId: phaseIdPool }),
  'timer.pause': fc.constant({ type: 'timer.pause' }),
  'timer.resume': fc.constant({ type: 'timer.resume' }),
  'timer.extend': fc.record({ type: fc.constant('timer.extend'), seconds: fc.integer({ min: 1, max: 3600 }) }),
  'presenter.set': fc.record({
    type: fc.constant('presenter.set'),
    participantId: fc.option(participantIdPool, { nil: null }),
  }),
  'case.volunteer': fc.record({ type: fc.constant('case.volunteer'), volunteer: fc.boolean() }),
  'pause.signal': fc.constant({ type: 'pause.signal' }),
  'pause.seen': fc.constant({ type: 'pause.seen' }),
  'checkout.answer': fc.record({
    type: fc.constant('checkout.answer'),
    answers: fc.record({ safety: fc.integer({ min: 1, max: 5 }), focus: fc.integer({ min: 1, max: 5 }) }),
  }),
  'flag.raise': fc.record(
    { type: fc.constant('flag.raise'), kind: fc.constantFrom(...FLAG_KINDS), note: noteText },
    { requiredKeys: ['type', 'kind'] },
  ),
  'flag.update': fc.record({
    type: fc.constant('flag.update'),
    flagId: flagIdPool,
    status: fc.constantFrom('acknowledged', 'resolved', 'dismissed'),
  }),
  'notice.show': fc.record(
    { type: fc.constant('notice.show'), text: words, flagId: flagIdPool },
    { requiredKeys: ['type', 'text'] },
  ),
  'notice.clear': fc.constant({ type: 'notice.clear' }),
  'participant.remove': fc.record({ type: fc.constant('participant.remove'), participantId: participantIdPool }),
  'hints.set': fc.record({ type: fc.constant('hints.set'), enabled: fc.boolean() }),
  'room.settings': fc.record(
    {
      type: fc.constant('room.settings'),
      displayClock: fc.constantFrom('quiet', 'full', 'off'),
      phoneClock: fc.boolean(),
    },
    { requiredKeys: ['type', 'phoneClock'] },
  ),
  'cue.send': fc.record({ type: fc.constant('cue.send'), cue: fc.constantFrom(...CUE_KINDS) }),
  'knock.admit': fc.record({ type: fc.constant('knock.admit'), knockId: participantIdPool }),
  'case.none': fc.record({ type: fc.constant('case.none'), then: fc.constantFrom('closing', 'free') }),
  'display.blank': fc.record({ type: fc.constant('display.blank'), blank: fc.boolean() }),
  'meeting.plan': fc.record({ type: fc.constant('meeting.plan'), minutes: fc.integer({ min: 1, max: 480 }) }),
  'language.set': fc.record({ type: fc.constant('language.set'), language: fc.constantFrom(...LANGUAGES) }),
  'room.lock': fc.constant({ type: 'room.lock' }),
  'room.unlock': fc.constant({ type: 'room.unlock' }),
  'leader.takeover': fc.constant({ type: 'leader.takeover' }),
  'leader.return': fc.constant({ type: 'leader.return' }),
  'case.next': fc.constant({ type: 'case.next' }),
  'development.start': fc.constant({ type: 'development.start' }),
  'phases.update': fc.record({
    type: fc.constant('phases.update'),
    phases: fc.array(phaseEdit, { minLength: 1, maxLength: 8 }),
  }),
  'session.end': fc.constant({ type: 'session.end' }),
};

// The meeting-changing commands come up often; ending the meeting rarely, so most runs get far.
const validCommand = fc.oneof(
  ...COMMAND_TYPES.map((type) => ({
    weight: type === 'session.end' ? 1 : type.startsWith('phase.') || type === 'flag.raise' || type === 'case.next' ? 8 : 4,
    arbitrary: VALID[type] as fc.Arbitrary<Record<string, unknown>>,
  })),
);

// ---- malformed commands --------------------------------------------------------------------

/** Junk text with no capitals or digits, so it can never pass for a note marker or a token. */
const junkText = fc.string({
  unit: fc.constantFrom(' ', 'x', 'é', '"', '<', '\u0000', '\n', '{', '_', '\u202e'),
  maxLength: 300,
});
const junk = fc.oneof(
  junkText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({ __proto__: { polluted: 1 } }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1}}') as unknown),
);

/** A valid command with one field (maybe its type) replaced by junk, or an extra hostile key. */
const mutatedCommand = fc
  .tuple(validCommand, fc.nat(), junk, fc.constantFrom('__proto__', 'constructor', 'extra'))
  .map(([command, pick, value, hostileKey]) => {
    const keys = Object.keys(command);
    const copy: Record<string, unknown> = { ...command };
    if (pick % (keys.length + 1) === keys.length) Object.defineProperty(copy, hostileKey, { value, enumerable: true });
    else copy[keys[pick % (keys.length + 1)]!] = value;
    return copy as unknown;
  });

const rawPayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: validCommand },
  { weight: 3, arbitrary: mutatedCommand },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.record({ type: fc.oneof(junkText, fc.constantFrom('phase.skip', 'toString')) }) },
);

// ---- who sends, and when -------------------------------------------------------------------

const actor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(LEADER) },
  { weight: 2, arbitrary: fc.constant(CO_LEADER) },
  { weight: 1, arbitrary: fc.constant(DISPLAY) },
  { weight: 4, arbitrary: fc.constantFrom(...MEMBER_IDS, ...STRANGER_IDS).map(member) },
);

type Step =
  | { kind: 'admit'; dt: number }
  | { kind: 'command'; dt: number; actor: Actor; payload: unknown; leaderAway: boolean };

// Often no time at all between two steps: the boundary where a phase has been entered but not run.
const dt = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 * MIN }));
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('admit' as const), dt }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      dt,
      actor,
      payload: rawPayload,
      leaderAway: fc.boolean(),
    }),
  },
);
const meeting = fc.array(step, { minLength: 1, maxLength: 80, size: 'large' });

// ---- the invariants ------------------------------------------------------------------------
// Each check lists what it found wrong, so one assertion per step reports every broken rule at once
// (and keeps two hundred long meetings fast).

/** What members and the display receive must hold no secret, at any depth. */
function secretsIn(label: string, seen: unknown, notes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const keys = allKeys(seen);
  for (const key of SECRET_KEYS) if (keys.has(key)) problems.push(`${label} has the key ${key}`);
  const strings = allStrings(seen);
  for (const token of strings.filter(looksLikeToken)) problems.push(`${label} carries a token-like ${token}`);
  const text = strings.join('\n');
  if (text.includes(NOTE_MARK)) problems.push(`${label} carries a note`);
  for (const note of notes) if (text.includes(note)) problems.push(`${label} carries the note ${note}`);
  return problems;
}

function viewProblems(state: SessionState, notes: ReadonlySet<string>): string[] {
  const problems = [
    ...secretsIn('member view', view(state, 'member'), notes),
    ...secretsIn('display view', view(state, 'display'), notes),
    ...[...MEMBER_IDS, ...STRANGER_IDS].flatMap((id) => secretsIn(`memberSelf ${id}`, memberSelf(state, id), notes)),
  ];
  for (const role of ['leader', 'co-leader'] as const) {
    const leaders = view(state, role) as LeadersView;
    if (leaders.flags?.length !== state.flags.length) problems.push(`${role} view lacks flags`);
    if (leaders.participants?.length !== state.participants.length) problems.push(`${role} view lacks participants`);
    // The leaders do get the marked notes, which shows the detector above would catch one.
    const noted = state.flags.filter((flag) => flag.note?.startsWith(NOTE_MARK)).length;
    if (allStrings(leaders.flags).filter(looksLikeToken).length !== noted) problems.push(`${role} view lacks notes`);
  }
  return problems;
}

/** The process record: no names, no notes, and never more time than the meeting has lasted. */
function reportProblems(state: SessionState, now: number, notes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const report = buildReport(state, now);
  const text = JSON.stringify(report) + reportMarkdown(report);
  for (const name of NAMES) if (text.includes(name)) problems.push(`report names ${name}`);
  if (text.includes(NOTE_MARK)) problems.push('report carries a note');
  for (const note of notes) if (text.includes(note)) problems.push(`report carries the note ${note}`);

  const phases = report.rounds.flatMap((round) => round.phases);
  const counted = phases.reduce((sum, phase) => sum + phase.actualSec, 0);
  // Only one clock runs at a time; rounding to seconds may add half a second per phase.
  if (counted > (now - state.startedAt) / 1000 + phases.length) problems.push(`report counts ${counted}s`);
  if (phases.some((phase) => phase.actualSec < 0)) problems.push('report has negative time');
  // Each pause signal is counted once in the total and once in the phase it arrived in.
  const perPhase = phases.reduce((sum, phase) => sum + phase.pauseSignals, 0);
  if (perPhase !== report.pauseSignals) problems.push(`${perPhase} pause signals by phase, ${report.pauseSignals} in all`);
  return problems;
}

function stateProblems(state: SessionState, now: number): string[] {
  const problems: string[] = [];
  if (state.presenterId !== null && !state.participants.some((p) => p.participantId === state.presenterId)) {
    problems.push('the presenter is not in the room');
  }
  // Leadership changes alternate, starting with a takeover, and the last one says who leads.
  if (state.leadership.some((change, index) => change.event !== (index % 2 === 0 ? 'takeover' : 'handback'))) {
    problems.push('leadership changes do not alternate');
  }
  if (state.acting !== (state.leadership.at(-1)?.event === 'takeover' ? 'co-leader' : 'leader')) {
    problems.push('acting disagrees with the leadership record');
  }
  if (state.endedAt !== null) {
    // Names and notes exist for the meeting only.
    if (state.participants.length > 0) problems.push('names outlive the meeting');
    if (state.flags.some((flag) => 'note' in flag)) problems.push('notes outlive the meeting');
    const everything = JSON.stringify(state);
    if (NAMES.some((name) => everything.includes(name)) || everything.includes(NOTE_MARK)) {
      problems.push('the ended state still holds a name or a note');
    }
  }
  if (state.phaseIndex < 0 || state.phaseIndex >= state.phases.length) problems.push('phase index out of range');
  if (state.timer.elapsedMs < 0) problems.push('negative elapsed time');
  if (state.timer.runningSince !== null && state.timer.runningSince > now) problems.push('the clock starts in the future');
  if (new Set(state.phases.map((phase) => phase.id)).size !== state.phases.length) problems.push('duplicate phase ids');
  return problems;
}

/** Runs one random meeting, checking every invariant after every step. */
function playMeeting(steps: readonly Step[]): void {
  let state = deepFreeze(newMeeting());
  let now = T0;
  let admitted = 0;
  const notes = new Set<string>();

  steps.forEach((current, index) => {
    now += current.dt;
    const before = state;
    const snapshot = structuredClone(state);
    let outcome: Outcome;

    if (current.kind === 'admit') {
      if (admitted >= MEMBER_IDS.length) return;
      const participant = { participantId: MEMBER_IDS[admitted]!, name: NAMES[admitted]! };
      admitted += 1;
      outcome = admitMember(state, participant, now);
    } else {
      // As at the server's edge: a payload that does not parse is refused before the reducer, and
      // the meeting stays exactly as it was.
      const parsed = commandSchema.safeParse(current.payload);
      if (!parsed.success) return;
      // Only the generator's marked notes are distinctive enough to search for as text; a junk note
      // such as "x" would turn up inside any prompt. Junk notes are still kept out by key.
      if (parsed.data.type === 'flag.raise' && parsed.data.note?.startsWith(NOTE_MARK)) notes.add(parsed.data.note);
      try {
        outcome = apply(state, current.actor, parsed.data, now, { leaderAway: current.leaderAway });
      } catch (error) {
        throw new Error(`step ${index}: apply threw on ${JSON.stringify(parsed.data)}: ${String(error)}`);
      }
      if (before.endedAt !== null && (outcome.ok || outcome.error.code !== 'conflict')) {
        throw new Error(`step ${index}: a command after the end was not a conflict`);
      }
    }

    const problems: string[] = [];
    // The input was frozen, so a write would have thrown; it must also still equal its snapshot.
    if (!isDeepStrictEqual(before, snapshot)) problems.push('the input state changed');
    if (outcome.ok) {
      if (outcome.state.version !== before.version + 1) problems.push('the version did not grow by one');
      state = deepFreeze(outcome.state);
    } else if ('state' in outcome) {
      problems.push('a refusal handed back a state');
    }
    problems.push(...stateProblems(state, now), ...viewProblems(state, notes), ...reportProblems(state, now, notes));
    expect(problems, `after step ${index}`).toEqual([]);
  });

  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

test('random meetings keep every invariant', () => {
  fc.assert(fc.property(meeting, playMeeting), { numRuns: 200 });
}, 60_000);

test('random meetings that end keep names and notes out of everything that remains', () => {
  const ending = fc
    .tuple(meeting, fc.array(step, { maxLength: 10 }))
    .map(([first, after]) => [
      ...first,
      { kind: 'command' as const, dt: MIN, actor: LEADER, payload: { type: 'session.end' }, leaderAway: false },
      ...after,
    ]);
  fc.assert(
    fc.property(ending, (steps) => {
      playMeeting(steps);
    }),
    { numRuns: 100 },
  );
}, 60_000);

test('the generator reaches the states worth testing', () => {
  // A guard against a fuzzer that only ever bounces off the first phase: sample meetings and
  // check that between them they reach notes, members, removed members still sending, pause
  // signals, a second round, a takeover and an end.
  const reached = {
    note: false,
    member: false,
    removedMemberSent: false,
    pauseSignal: false,
    secondRound: false,
    takeover: false,
    ended: false,
  };
  for (const steps of fc.sample(meeting, { numRuns: 300, seed: 7 })) {
    let state = newMeeting();
    let now = T0;
    let admitted = 0;
    for (const current of steps) {
      now += current.dt;
      let outcome: Outcome;
      if (current.kind === 'admit') {
        if (admitted >= MEMBER_IDS.length) continue;
        outcome = admitMember(state, { participantId: MEMBER_IDS[admitted]!, name: NAMES[admitted]! }, now);
        admitted += 1;
      } else {
        const parsed = commandSchema.safeParse(current.payload);
        if (!parsed.success) continue;
        const sender = current.actor.participantId;
        reached.removedMemberSent ||=
          sender !== undefined &&
          MEMBER_IDS.includes(sender) &&
          MEMBER_IDS.indexOf(sender) < admitted &&
          !state.participants.some((p) => p.participantId === sender);
        outcome = apply(state, current.actor, parsed.data, now, { leaderAway: current.leaderAway });
      }
      if (outcome.ok) state = outcome.state;
      reached.note ||= state.flags.some((flag) => flag.note);
      reached.member ||= state.participants.length > 0;
      reached.pauseSignal ||= state.pauseSignals > 0;
      reached.secondRound ||= state.rounds.length > 1;
      reached.takeover ||= state.acting === 'co-leader';
      reached.ended ||= state.endedAt !== null;
    }
  }
  expect(Object.entries(reached).filter(([, seen]) => !seen)).toEqual([]);
}, 60_000);
