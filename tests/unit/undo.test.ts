// Taking back an advance made by mistake (`phase.undo`): the phase comes back exactly as it was at
// the moment of the advance, its timer running or paused as before, and the seconds spent in the
// phase entered by mistake count against no phase in the record. And the pause signals the leader
// has marked seen (`pause.seen`), so the console can tell a request standing now from the meeting's count.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../../shared/report';
import { apply } from '../../shared/meeting';
import { currentPhase, type MeetingState } from '../../shared/meeting-state';
import { remainingAt } from '../../shared/timer';
import { UNDO_WINDOW_MS } from '../../shared/undo';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import { CO_LEADER, LEADER, MIN, SEC, T0, advanceTo, member, newMeeting, refused, send, withMembers } from './meeting';

const phaseId = (state: MeetingState): string => currentPhase(state).id;
const started = (): MeetingState => send(withMembers(newMeeting(), ['Anna', 'Ben']), { type: 'timer.resume' }, T0);
const recordOf = (state: MeetingState, id: string, at: number) =>
  buildReport(state, at).rounds.at(-1)!.phases.find((phase) => phase.id === id)!;

/** The case presentation 5:00 in, with a minute added: where a slip of the finger hurts most. */
function presenting(): MeetingState {
  const state = advanceTo(started(), 'presentation', T0);
  return send(state, { type: 'timer.extend', seconds: 60 }, T0 + 3 * MIN);
}
const AT_ADVANCE = T0 + 2 * MIN + 5 * MIN; // advanceTo spent a minute on each of the two phases before

describe('phase.undo', () => {
  test('gives back the seconds: the phase has exactly the time left it had at the advance', () => {
    const before = presenting();
    const left = remainingAt(before.timer, AT_ADVANCE);
    const slipped = send(before, { type: 'phase.next' }, AT_ADVANCE);
    const undone = send(slipped, { type: 'phase.undo' }, AT_ADVANCE + 8 * SEC);

    expect(phaseId(undone)).toBe('presentation');
    expect(remainingAt(undone.timer, AT_ADVANCE + 8 * SEC)).toBe(left);
    expect(undone.timer.runningSince).toBe(AT_ADVANCE + 8 * SEC);
    expect(undone.timer.durationSec).toBe(before.timer.durationSec);
  });

  test('the seconds in the phase entered by mistake count against no phase', () => {
    const before = presenting();
    const slipped = send(before, { type: 'phase.next' }, AT_ADVANCE);
    const undone = send(slipped, { type: 'phase.undo' }, AT_ADVANCE + 8 * SEC);
    // Another minute of the presentation, then on to the questions on purpose.
    const onwards = send(undone, { type: 'phase.next' }, AT_ADVANCE + 8 * SEC + MIN);

    const questions = recordOf(onwards, 'clarifying-questions', AT_ADVANCE + 8 * SEC + MIN);
    expect(questions.actualSec).toBe(0);
    // It first ran when the leader meant it to, not at the slip.
    expect(questions.startedAt).toBe(AT_ADVANCE + 8 * SEC + MIN);
    // The presentation: 5:00 before the slip and 1:00 after it; the 8 s belong to nobody.
    expect(recordOf(onwards, 'presentation', AT_ADVANCE + 8 * SEC + MIN).actualSec).toBe(6 * 60);
  });

  test('a paused phase comes back paused, with the time it had', () => {
    const paused = send(presenting(), { type: 'timer.pause' }, AT_ADVANCE - MIN);
    const slipped = send(paused, { type: 'phase.next' }, AT_ADVANCE);
    expect(slipped.timer.runningSince).toBe(AT_ADVANCE); // the next phase's clock runs at once
    const undone = send(slipped, { type: 'phase.undo' }, AT_ADVANCE + 8 * SEC);

    expect(undone.timer).toEqual(paused.timer);
  });

  test('a meeting not yet started goes back to waiting: its clock has not begun', () => {
    const waiting = withMembers(newMeeting(), ['Anna']);
    const slipped = send(waiting, { type: 'phase.next' }, T0 + MIN);
    const undone = send(slipped, { type: 'phase.undo' }, T0 + MIN + 8 * SEC);

    expect(undone.timer).toEqual(waiting.timer);
    expect(undone.rounds).toEqual(waiting.rounds);
    expect((viewFor(undone, 'leader') as LeadersView).meetingStartedAt).toBeNull();
  });

  test('what the leader did in the mistaken phase goes with it (an extension); a pause signal stays', () => {
    const before = presenting();
    let state = send(before, { type: 'phase.next' }, AT_ADVANCE);
    state = send(state, { type: 'timer.extend', seconds: 120 }, AT_ADVANCE + 2 * SEC);
    state = send(state, { type: 'pause.signal' }, AT_ADVANCE + 4 * SEC, member('p1'));
    const undone = send(state, { type: 'phase.undo' }, AT_ADVANCE + 8 * SEC);

    expect(undone.timer.durationSec).toBe(before.timer.durationSec);
    expect(undone.pauseSignals).toBe(1);
    // Someone asked for a pause while the room was, in truth, still in the presentation.
    expect(recordOf(undone, 'presentation', AT_ADVANCE + 8 * SEC).pauseSignals).toBe(1);
    expect(recordOf(undone, 'clarifying-questions', AT_ADVANCE + 8 * SEC).pauseSignals).toBe(0);
  });

  test('takes back a jump (goto) as well as a next', () => {
    const before = presenting();
    const jumped = send(before, { type: 'phase.goto', phaseId: 'closing' }, AT_ADVANCE);
    const undone = send(jumped, { type: 'phase.undo' }, AT_ADVANCE + 3 * SEC);
    expect(phaseId(undone)).toBe('presentation');
    expect(remainingAt(undone.timer, AT_ADVANCE + 3 * SEC)).toBe(remainingAt(before.timer, AT_ADVANCE));
    expect(recordOf(undone, 'closing', AT_ADVANCE + 3 * SEC)).toMatchObject({ actualSec: 0, startedAt: null });
  });

  test('keeps working through commands that leave the room where it is', () => {
    let state = send(presenting(), { type: 'phase.next' }, AT_ADVANCE);
    state = send(state, { type: 'flag.raise', kind: 'advice-giving' }, AT_ADVANCE + SEC, CO_LEADER);
    state = send(state, { type: 'timer.pause' }, AT_ADVANCE + 2 * SEC);
    expect(phaseId(send(state, { type: 'phase.undo' }, AT_ADVANCE + 3 * SEC))).toBe('presentation');
  });

  test('is refused once anything else moved the room, when nothing was advanced, and once the moment has passed', () => {
    const slipped = send(presenting(), { type: 'phase.next' }, AT_ADVANCE);
    const back = send(slipped, { type: 'phase.previous' }, AT_ADVANCE + SEC);
    expect(refused(apply(back, LEADER, { type: 'phase.undo' }, AT_ADVANCE + 2 * SEC)).code).toBe('conflict');
    expect(refused(apply(presenting(), LEADER, { type: 'phase.undo' }, AT_ADVANCE)).code).toBe('conflict');
    expect(refused(apply(slipped, LEADER, { type: 'phase.undo' }, AT_ADVANCE + UNDO_WINDOW_MS + 1)).code).toBe('conflict');
    // Undone once, it is done: a second undo does not go back further.
    const undone = send(slipped, { type: 'phase.undo' }, AT_ADVANCE + SEC);
    expect(refused(apply(undone, LEADER, { type: 'phase.undo' }, AT_ADVANCE + 2 * SEC)).code).toBe('conflict');
  });

  test('the leaders see the offer, with the phase it returns to; the room does not', () => {
    const slipped = send(presenting(), { type: 'phase.next' }, AT_ADVANCE);
    expect((viewFor(slipped, 'leader') as LeadersView).undo).toEqual({ phaseIndex: 2, until: AT_ADVANCE + UNDO_WINDOW_MS });
    expect((viewFor(slipped, 'co-leader') as LeadersView).undo).toEqual({ phaseIndex: 2, until: AT_ADVANCE + UNDO_WINDOW_MS });
    expect(viewFor(slipped, 'member')).not.toHaveProperty('undo');
    expect(viewFor(slipped, 'display')).not.toHaveProperty('undo');
    expect((viewFor(send(slipped, { type: 'phase.undo' }, AT_ADVANCE + SEC), 'leader') as LeadersView).undo).toBeNull();
  });
});

describe('pause.seen', () => {
  const signalled = (): MeetingState => {
    let state = advanceTo(started(), 'discussion', T0);
    state = send(state, { type: 'pause.signal' }, T0 + 10 * MIN, member('p1'));
    return send(state, { type: 'pause.signal' }, T0 + 11 * MIN, member('p2'));
  };

  test('marks every signal so far seen; a new one stands apart from them', () => {
    const seen = send(signalled(), { type: 'pause.seen' }, T0 + 12 * MIN);
    expect(seen).toMatchObject({ pauseSignals: 2, pauseSignalsSeen: 2 });
    const again = send(seen, { type: 'pause.signal' }, T0 + 13 * MIN, member('p1'));
    const leaders = viewFor(again, 'leader') as LeadersView;
    expect(leaders).toMatchObject({ pauseSignals: 3, pauseSignalsSeen: 2 });
    expect(viewFor(again, 'co-leader')).toMatchObject({ pauseSignals: 3, pauseSignalsSeen: 2 });
  });

  test('with nothing new to see it is a conflict; only whoever leads may mark them', () => {
    const seen = send(signalled(), { type: 'pause.seen' }, T0 + 12 * MIN);
    expect(refused(apply(seen, LEADER, { type: 'pause.seen' }, T0 + 13 * MIN)).code).toBe('conflict');
    expect(refused(apply(signalled(), member('p1'), { type: 'pause.seen' }, T0 + 12 * MIN)).code).toBe('forbidden');
    expect(refused(apply(signalled(), CO_LEADER, { type: 'pause.seen' }, T0 + 12 * MIN)).code).toBe('forbidden');
  });

  test('the record keeps the count only', () => {
    const seen = send(signalled(), { type: 'pause.seen' }, T0 + 12 * MIN);
    const report = buildReport(seen, T0 + 12 * MIN);
    expect(report.pauseSignals).toBe(2);
    expect(JSON.stringify(report)).not.toContain('Seen');
    expect(viewFor(seen, 'member')).not.toHaveProperty('pauseSignalsSeen');
    expect(viewFor(seen, 'display')).not.toHaveProperty('pauseSignalsSeen');
  });
});
