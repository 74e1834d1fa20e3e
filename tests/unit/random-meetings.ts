// The random meetings the property tests play: valid and malformed commands from every role,
// members who joined and members who were removed, with the clock only moving forward.
import fc from 'fast-check';
import { COMMAND_TYPES, type CommandType } from '../../shared/commands';
import { CUE_KINDS } from '../../shared/cues';
import { FLAG_KINDS } from '../../shared/flags';
import { LANGUAGES } from '../../shared/localize';
import type { Actor } from '../../shared/roles';
import { CO_LEADER, DISPLAY, LEADER, MIN, STANDARD_PHASE_IDS, member } from './meeting';

export const MEMBER_IDS = ['p1', 'p2', 'p3', 'p4'];
export const NAMES = ['Ysolde', 'Quillon', 'Xandra', 'Zebulon'];
/** Senders who are not, or no longer, in the room. */
export const STRANGER_IDS = ['p9'];
/** Every note the generator writes starts with this, so a leak is easy to spot. */
export const NOTE_MARK = 'NOTE:';
export const SECRET_KEYS = ['flags', 'pauseSignals', 'participants', 'plan', 'note', 'lastPauseSignalAt'];

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

export type Step =
  | { kind: 'admit'; dt: number }
  | { kind: 'command'; dt: number; actor: Actor; payload: unknown; leaderAway: boolean };

// Often no time at all between two steps: the boundary where a phase has been entered but not run.
const dt = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 * MIN }));
export const step: fc.Arbitrary<Step> = fc.oneof(
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
export const meeting = fc.array(step, { minLength: 1, maxLength: 80, size: 'large' });
