// The anonymous check-out in the pure domain: off unless the group turned it on, open at the
// closing, values only, and the k-anonymity rule (fewer than three answers show nothing).
import { describe, expect, test } from 'vitest';
import { CHECKOUT_MIN_ANSWERS, checkoutAnswersSchema, checkoutPhase } from '../../shared/checkout';
import { commandSchema } from '../../shared/commands';
import { buildReport } from '../../shared/report';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import type { MeetingState } from '../../shared/meeting-state';
import { findFormat } from '../../shared/templates';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView, RoomView } from '../../shared/views';
import { MIN, T0, advanceTo, allStrings, deepFreeze, member, refused, send, withMembers } from './meeting';

const NAMES = ['Anna', 'Ben', 'Chris', 'Dana'];

function meetingWithCheckout(): MeetingState {
  const format = findFormat('standard')!;
  const fresh = createMeeting({ sessionId: 'session-1', joinCode: 'KQ7M2P', title: 'Thursday group', format, checkout: true, now: T0 });
  return send(withMembers(fresh, NAMES), { type: 'timer.resume' }, T0);
}

const atClosing = (): MeetingState => advanceTo(meetingWithCheckout(), 'closing', T0);

/** Members p1…pN answer, each once. */
function answered(state: MeetingState, count: number, at = T0 + 10 * MIN): MeetingState {
  let current = state;
  for (let index = 1; index <= count; index += 1) {
    current = send(current, { type: 'checkout.answer', answers: { safety: index, focus: 5 } }, at, member(`p${index}`));
  }
  return current;
}

const end = (state: MeetingState) => send(state, { type: 'session.end' }, T0 + 20 * MIN);

describe('the k-anonymity rule', () => {
  test('two answers show nothing: the ended record says too few, and keeps no counts', () => {
    const ended = end(answered(atClosing(), 2));
    expect(buildReport(ended, T0 + 30 * MIN).checkout).toEqual({ answered: 2, tooFew: true });
    // Not even the saved meeting holds what the two said.
    expect(ended.checkout!.counts).toEqual({ safety: [0, 0, 0, 0, 0], focus: [0, 0, 0, 0, 0] });
  });

  test('three answers show their counts per value, once the meeting has ended', () => {
    expect(CHECKOUT_MIN_ANSWERS).toBe(3);
    const ended = end(answered(atClosing(), 3));
    expect(buildReport(ended, T0 + 30 * MIN).checkout).toEqual({
      answered: 3,
      counts: { safety: [1, 1, 1, 0, 0], focus: [0, 0, 0, 0, 3] },
    });
  });

  test('while the meeting runs, the record and the leaders see how many answered, never what', () => {
    const running = answered(atClosing(), 4);
    expect(buildReport(running, T0 + 30 * MIN).checkout).toEqual({ answered: 4, tooFew: true });
    const leaders = viewFor(running, 'leader') as LeadersView;
    expect(leaders.checkout).toEqual({ answered: 4 });
  });

  test('no participant id is stored with an answer: only the count and the tally change', () => {
    const before = deepFreeze(atClosing());
    const after = answered(before, 1);
    const { checkout: tallyBefore, version: _v1, ...restBefore } = before;
    const { checkout: tallyAfter, version: _v2, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    expect(tallyBefore).toEqual({ answered: 0, counts: { safety: [0, 0, 0, 0, 0], focus: [0, 0, 0, 0, 0] } });
    expect(tallyAfter).toEqual({ answered: 1, counts: { safety: [1, 0, 0, 0, 0], focus: [0, 0, 0, 0, 1] } });
    expect(allStrings(tallyAfter).some((text) => /^p\d$/.test(text) || NAMES.includes(text))).toBe(false);
  });
});

describe('when the check-out is offered', () => {
  test('off unless the group turned it on: no view or record mentions it', () => {
    const plain = advanceTo(send(withMembers(createMeeting({ sessionId: 's', joinCode: 'KQ7M2P', title: 't', format: findFormat('standard')!, now: T0 }), ['Anna']), { type: 'timer.resume' }, T0), 'closing', T0);
    expect(plain.checkout).toBeNull();
    expect(refused(apply(plain, member('p1'), { type: 'checkout.answer', answers: { safety: 3, focus: 3 } }, T0 + 10 * MIN)).code).toBe('conflict');
    expect(viewFor(plain, 'member')).not.toHaveProperty('checkoutOpen');
    expect(viewFor(plain, 'leader')).not.toHaveProperty('checkout');
    expect(buildReport(plain, T0)).not.toHaveProperty('checkout');
  });

  test('only at the closing (after the case work), to members, never on the display', () => {
    const early = meetingWithCheckout();
    expect(refused(apply(early, member('p1'), { type: 'checkout.answer', answers: { safety: 3, focus: 3 } }, T0)).code).toBe('conflict');
    expect(viewFor(early, 'member')).not.toHaveProperty('checkoutOpen');
    const closing = atClosing();
    expect((viewFor(closing, 'member') as RoomView).checkoutOpen).toBe(true);
    expect(viewFor(closing, 'display')).not.toHaveProperty('checkoutOpen');
    expect(refused(apply(closing, { role: 'leader' }, { type: 'checkout.answer', answers: { safety: 3, focus: 3 } }, T0)).code).toBe('forbidden');
    expect(refused(apply(closing, { role: 'display' }, { type: 'checkout.answer', answers: { safety: 3, focus: 3 } }, T0)).code).toBe('forbidden');
    expect(viewFor(end(closing), 'member')).not.toHaveProperty('checkoutOpen');
  });

  test('the phase rule reads traits: from the last phones-down phase on, never in the presenter\'s part', () => {
    const shipped = [{}, { callsForCase: true }, { phonesDown: true }, { phonesDown: true, presenterRole: 'returns' as const }, { phonesDown: true }, {}];
    expect(shipped.map((_, index) => checkoutPhase(shipped, index))).toEqual([false, false, false, false, true, true]);
    // An edited plan whose closing lets phones light up: the check-out follows the presenter's return.
    const edited = [{}, { phonesDown: true, presenterRole: 'returns' as const }, {}];
    expect(edited.map((_, index) => checkoutPhase(edited, index))).toEqual([false, false, true]);
  });

  test('answers are whole numbers from 1 to 5, one per question, nothing else', () => {
    for (const answers of [{ safety: 0, focus: 3 }, { safety: 6, focus: 3 }, { safety: 2.5, focus: 3 }, { safety: 3 }, { safety: 3, focus: 3, participantId: 'p1' }, '3']) {
      expect(checkoutAnswersSchema.safeParse(answers).success).toBe(false);
      expect(commandSchema.safeParse({ type: 'checkout.answer', answers }).success).toBe(false);
    }
    expect(commandSchema.safeParse({ type: 'checkout.answer', answers: { safety: 1, focus: 5 } }).success).toBe(true);
  });
});

describe('the exported record', () => {
  test('holds the counts past three answers, and only "too few" below', async () => {
    const { reportMarkdown } = await import('../../shared/report-markdown');
    const three = reportMarkdown(buildReport(end(answered(atClosing(), 3)), T0 + 30 * MIN));
    expect(three).toContain('## Anonymous check-out');
    expect(three).toContain('- People who answered: 3');
    expect(three).toContain('| How safe did the group feel? | 1 | 1 | 1 | 0 | 0 |');
    expect(three).toContain('| How much did we stay with the doctor and the patient? | 0 | 0 | 0 | 0 | 3 |');
    const two = reportMarkdown(buildReport(end(answered(atClosing(), 2)), T0 + 30 * MIN), { lang: 'de', timeZone: 'UTC' });
    expect(two).toContain('## Anonyme Abschlussfragen');
    expect(two).toContain('Zu wenige Antworten, um sie zu zeigen.');
    expect(two).not.toContain('| 1 | 2 | 3 | 4 | 5 |');
  });
});
