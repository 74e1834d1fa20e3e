// The command schemas are the edge: whatever a socket sends, only a well-formed command reaches the
// reducer. Junk is rejected, limits hold at their boundaries, and hostile keys pollute nothing.
import { afterEach, describe, expect, test } from 'vitest';
import { COMMAND_TYPES, commandSchema } from '../../shared/commands';
import { LIMITS } from '../../shared/limits';
import { FLAG_KINDS } from '../../shared/flags';
import { apply } from '../../shared/meeting';
import { EXAMPLE_COMMANDS, LEADER, T0, newMeeting } from './meeting';

const accepts = (payload: unknown): boolean => commandSchema.safeParse(payload).success;
const phase = { title: 'Discussion', durationSec: 600, prompt: 'Wonder.' };

describe('valid commands', () => {
  test.each(COMMAND_TYPES)('the example %s parses to itself', (type) => {
    expect(commandSchema.parse(EXAMPLE_COMMANDS[type])).toEqual(EXAMPLE_COMMANDS[type]);
  });

  test.each(FLAG_KINDS)('a %s flag can be raised', (kind) => {
    expect(accepts({ type: 'flag.raise', kind })).toBe(true);
  });

  test('text is trimmed before it is stored or measured', () => {
    expect(commandSchema.parse({ type: 'notice.show', text: '  Back to the patient.  ' })).toEqual({
      type: 'notice.show',
      text: 'Back to the patient.',
    });
    expect(commandSchema.parse({ type: 'flag.raise', kind: 'time', note: `  ${'n'.repeat(140)}  ` })).toEqual({
      type: 'flag.raise',
      kind: 'time',
      note: 'n'.repeat(140),
    });
  });

  test('unknown fields are dropped, so nothing unplanned rides into the state', () => {
    expect(commandSchema.parse({ type: 'phase.next', patientName: 'Mrs K', extra: { deep: 1 } })).toEqual({
      type: 'phase.next',
    });
  });
});

describe('junk is rejected', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'phase.next'],
    ['a boolean', true],
    ['an array', [{ type: 'phase.next' }]],
    ['an empty object', {}],
    ['an unknown type', { type: 'phase.skip' }],
    ['a type in the wrong case', { type: 'Phase.Next' }],
    ['a non-string type', { type: 7 }],
    ['a function', () => ({ type: 'phase.next' })],
  ])('%s', (_label, payload) => {
    expect(accepts(payload)).toBe(false);
  });

  test.each([
    ['phase.goto without a phase', { type: 'phase.goto' }],
    ['phase.goto with an empty id', { type: 'phase.goto', phaseId: '' }],
    ['phase.goto with an oversized id', { type: 'phase.goto', phaseId: 'x'.repeat(LIMITS.idMax + 1) }],
    ['phase.goto with a number', { type: 'phase.goto', phaseId: 3 }],
    ['presenter.set without the field', { type: 'presenter.set' }],
    ['presenter.set with a number', { type: 'presenter.set', participantId: 12 }],
    ['presenter.set with an oversized id', { type: 'presenter.set', participantId: 'p'.repeat(65) }],
    ['case.volunteer with a string', { type: 'case.volunteer', volunteer: 'yes' }],
    ['case.volunteer with a number', { type: 'case.volunteer', volunteer: 1 }],
    ['flag.raise with an unknown kind', { type: 'flag.raise', kind: 'boredom' }],
    ['flag.raise without a kind', { type: 'flag.raise' }],
    ['flag.raise with a note over 140', { type: 'flag.raise', kind: 'time', note: 'n'.repeat(LIMITS.noteMax + 1) }],
    ['flag.raise with a non-string note', { type: 'flag.raise', kind: 'time', note: ['a'] }],
    ['flag.update to open', { type: 'flag.update', flagId: 'flag-1', status: 'open' }],
    ['flag.update without an id', { type: 'flag.update', status: 'resolved' }],
    ['flag.update with an oversized id', { type: 'flag.update', flagId: 'f'.repeat(65), status: 'resolved' }],
    ['notice.show with an empty text', { type: 'notice.show', text: '' }],
    ['notice.show with only spaces', { type: 'notice.show', text: '   ' }],
    ['notice.show with text over 200', { type: 'notice.show', text: 't'.repeat(LIMITS.noticeMax + 1) }],
    ['notice.show with a number', { type: 'notice.show', text: 200 }],
    ['participant.remove with null', { type: 'participant.remove', participantId: null }],
    ['phases.update with no phases', { type: 'phases.update', phases: [] }],
    ['phases.update with 21 phases', { type: 'phases.update', phases: Array.from({ length: 21 }, () => phase) }],
    ['phases.update with an object', { type: 'phases.update', phases: { 0: phase } }],
    ['a phase with an empty title', { type: 'phases.update', phases: [{ ...phase, title: '  ' }] }],
    ['a phase with a title over 80', { type: 'phases.update', phases: [{ ...phase, title: 'T'.repeat(81) }] }],
    ['a phase with a prompt over 300', { type: 'phases.update', phases: [{ ...phase, prompt: 'p'.repeat(301) }] }],
    ['a phase of 5 seconds', { type: 'phases.update', phases: [{ ...phase, durationSec: 5 }] }],
    ['a phase of a fractional duration', { type: 'phases.update', phases: [{ ...phase, durationSec: 60.5 }] }],
    ['a phase id with capitals', { type: 'phases.update', phases: [{ ...phase, id: 'Discussion' }] }],
    ['a phase id __proto__', { type: 'phases.update', phases: [{ ...phase, id: '__proto__' }] }],
  ])('%s', (_label, payload) => {
    expect(accepts(payload)).toBe(false);
  });
});

describe('limits at their boundaries', () => {
  test('a note of 140 characters is fine, 141 is not', () => {
    expect(accepts({ type: 'flag.raise', kind: 'airtime', note: 'n'.repeat(140) })).toBe(true);
    expect(accepts({ type: 'flag.raise', kind: 'airtime', note: 'n'.repeat(141) })).toBe(false);
  });

  test('a notice of 1 to 200 characters is fine', () => {
    expect(accepts({ type: 'notice.show', text: 'x' })).toBe(true);
    expect(accepts({ type: 'notice.show', text: 'x'.repeat(200) })).toBe(true);
    expect(accepts({ type: 'notice.show', text: 'x'.repeat(201) })).toBe(false);
  });

  test.each([1, 60, 3600])('timer.extend by %s seconds is fine', (seconds) => {
    expect(accepts({ type: 'timer.extend', seconds })).toBe(true);
  });

  test.each([0, -60, 3601, 1.5, 59.999, Number.NaN, Number.POSITIVE_INFINITY, '60', null, undefined, 2 ** 53])(
    'timer.extend by %s is rejected',
    (seconds) => {
      expect(accepts({ type: 'timer.extend', seconds })).toBe(false);
    },
  );

  test('20 phases are fine', () => {
    expect(accepts({ type: 'phases.update', phases: Array.from({ length: 20 }, () => phase) })).toBe(true);
  });
});

/** Objects anywhere inside a value that carry a foreign prototype or a prototype-shaped key. */
function hostileObjects(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(hostileObjects);
  if (value === null || typeof value !== 'object') return [];
  const own = Object.getPrototypeOf(value) !== Object.prototype;
  const keyed = Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor');
  return [...(own || keyed ? [value] : []), ...Object.values(value).flatMap(hostileObjects)];
}

describe('hostile keys', () => {
  afterEach(() => {
    // Undo any pollution so one failure doesn't cascade through the rest of the suite.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  test.each([
    '{"type":"phase.next","__proto__":{"polluted":1}}',
    '{"type":"phase.next","constructor":{"prototype":{"polluted":1}}}',
    '{"__proto__":{"polluted":1},"type":"flag.raise","kind":"time","note":"x"}',
    '{"type":"notice.show","text":"hi","flagId":"flag-1","__proto__":{"polluted":1}}',
    '{"type":"phases.update","phases":[{"title":"A","durationSec":60,"prompt":"","__proto__":{"polluted":1}}]}',
    '{"type":"phases.update","phases":[{"title":"A","durationSec":60,"prompt":"","constructor":{"prototype":{"polluted":1}}}]}',
    '{"type":"presenter.set","participantId":"__proto__"}',
    '{"type":"phase.goto","phaseId":"constructor"}',
  ])('%s pollutes no prototype, parsed or applied', (json) => {
    const parsed = commandSchema.safeParse(JSON.parse(json));
    if (parsed.success) {
      expect(hostileObjects(parsed.data)).toEqual([]);
      expect((parsed.data as Record<string, unknown>).polluted).toBeUndefined();
      const outcome = apply(newMeeting(), LEADER, parsed.data, T0);
      if (outcome.ok) expect(JSON.stringify(outcome.state)).not.toContain('polluted');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
