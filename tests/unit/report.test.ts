// The process record: what remains after the meeting for the leaders' debrief. Planned and actual
// times (pauses excluded, revisits added up), flag kinds and how they were handled, a pause count.
// No names, no notes, ever.
import { describe, expect, test } from 'vitest';
import { FLAG_CATALOG } from '../../shared/flags';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import type { MeetingState } from '../../shared/meeting-state';
import { CO_LEADER, LEADER, LEADER_AWAY, MIN, SEC, T0, deepFreeze, member, newMeeting, send, withMembers } from './meeting';

const NOTE = 'Anna keeps asking Ben why he did not refer';
/** A clock time as the English export writes it in UTC (however this Node's ICU spaces "PM"). */
const utcClock = (at: number) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(at);
const NAMES = ['Annabel', 'Bertrand'];

/** A meeting with pauses, an undone advance, a jump, a flag with a note, a takeover, and an end. */
function scriptedMeeting({ end }: { end: boolean }): MeetingState {
  let s = withMembers(newMeeting(), NAMES);
  s = send(s, { type: 'timer.resume' }, T0 + 1 * MIN);
  s = send(s, { type: 'timer.pause' }, T0 + 2 * MIN); // opening ran 1:00
  s = send(s, { type: 'timer.resume' }, T0 + 5 * MIN); // 3:00 paused: not counted
  s = send(s, { type: 'phase.next' }, T0 + 6 * MIN); // opening 2:00
  s = send(s, { type: 'presenter.set', participantId: 'p2' }, T0 + 7 * MIN);
  s = send(s, { type: 'phase.next' }, T0 + 8 * MIN); // case call 2:00
  s = send(s, { type: 'phase.previous' }, T0 + 8 * MIN + 30 * SEC); // presentation 0:30, undone
  s = send(s, { type: 'phase.next' }, T0 + 9 * MIN); // case call 2:30
  s = send(s, { type: 'phase.goto', phaseId: 'discussion' }, T0 + 17 * MIN); // presentation 8:30
  s = send(s, { type: 'flag.raise', kind: 'cross-examination', note: NOTE }, T0 + 18 * MIN, CO_LEADER);
  s = send(s, { type: 'notice.show', text: "Let's wonder about it ourselves.", flagId: 'flag-1' }, T0 + 19 * MIN);
  s = send(s, { type: 'flag.raise', kind: 'strong-emotion' }, T0 + 20 * MIN, LEADER);
  s = send(s, { type: 'flag.update', flagId: 'flag-2', status: 'dismissed' }, T0 + 21 * MIN, CO_LEADER);
  s = send(s, { type: 'pause.signal' }, T0 + 22 * MIN, member('p1'));
  s = send(s, { type: 'timer.extend', seconds: 300 }, T0 + 23 * MIN);
  s = send(s, { type: 'leader.takeover' }, T0 + 24 * MIN, CO_LEADER, LEADER_AWAY);
  s = send(s, { type: 'leader.return' }, T0 + 26 * MIN, LEADER);
  return end ? send(s, { type: 'session.end' }, T0 + 30 * MIN) : s; // discussion 13:00
}

describe('an ended meeting', () => {
  const report = buildReport(scriptedMeeting({ end: true }), T0 + 90 * MIN);

  test('carries the contract fields', () => {
    expect(report).toMatchObject({
      sessionId: 'session-1',
      title: 'Thursday group',
      format: 'standard',
      startedAt: T0,
      endedAt: T0 + 30 * MIN,
      pauseSignals: 1,
    });
    expect(report.rounds).toHaveLength(1);
  });

  test('has planned and actual time per phase: pauses excluded, revisits added up, unreached phases at 0', () => {
    expect(report.rounds[0]!.phases.map(({ id, plannedSec, actualSec }) => [id, plannedSec, actualSec])).toEqual([
      ['opening', 180, 120],
      ['case-call', 120, 150],
      ['presentation', 480, 510],
      ['clarifying-questions', 300, 0],
      ['discussion', 1200, 780],
      ['presenter-return', 300, 0],
      ['closing', 120, 0],
    ]);
  });

  test('counts pause signals in the phase they arrived in', () => {
    const counts = Object.fromEntries(report.rounds[0]!.phases.map((phase) => [phase.id, phase.pauseSignals]));
    expect(counts).toEqual({
      opening: 0,
      'case-call': 0,
      presentation: 0,
      'clarifying-questions': 0,
      discussion: 1,
      'presenter-return': 0,
      closing: 0,
    });
  });

  test('lists flag kinds with when, where and how they were handled', () => {
    expect(report.flags).toEqual([
      {
        kind: 'cross-examination',
        raisedAt: T0 + 18 * MIN,
        status: 'resolved',
        round: 0,
        phaseId: 'discussion',
        handled: 'projected-edited',
      },
      {
        kind: 'strong-emotion',
        raisedAt: T0 + 20 * MIN,
        status: 'dismissed',
        round: 0,
        phaseId: 'discussion',
        handled: 'set-aside',
      },
    ]);
  });

  test('records the takeover and the handback', () => {
    expect(report.leadership).toEqual([
      { event: 'takeover', at: T0 + 24 * MIN },
      { event: 'handback', at: T0 + 26 * MIN },
    ]);
  });

  test('holds no names and no notes, as JSON or as Markdown', () => {
    for (const text of [JSON.stringify(report), reportMarkdown(report)]) {
      for (const name of NAMES) expect(text).not.toContain(name);
      expect(text).not.toContain(NOTE);
      expect(text).not.toContain('p1');
      expect(text).not.toContain('p2');
    }
  });

  test('renders as Markdown with every phase title, the times, and the flags', () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('# Debrief: Thursday group');
    expect(markdown).toContain('## Case 1');
    for (const phase of report.rounds[0]!.phases) expect(markdown).toContain(`| ${phase.title} |`);
    // When it first ran (UTC unless asked otherwise), planned, ran, pause signals, flags.
    expect(markdown).toContain(`| Case presentation | ${utcClock(T0 + 8 * MIN)} | 8:00 | 8:30 | 0 | 0 |`);
    // Gone past with a jump: skipped, not "0:00".
    expect(markdown).toContain('| Clarifying questions | skipped | 5:00 | – | 0 | 0 |');
    expect(markdown).toContain('| Closing | not reached | 2:00 | – | 0 | 0 |');
    expect(markdown).toContain('The meeting ended early, in Group discussion — presenter steps back.');
    expect(markdown).toContain(`| ${FLAG_CATALOG['cross-examination'].label} | projected in the leader’s own words |`);
    expect(markdown).not.toContain('cross-examination');
    expect(markdown).toContain('- Pause signals: 1');
    expect(markdown).toContain('- Times are in UTC.');
    expect(markdown).toContain('The co-leader took over');
    expect(markdown).toContain('The leader took the lead back');
  });
});

describe('a meeting still running', () => {
  test('counts the running phase up to now without touching the state', () => {
    const state = deepFreeze(scriptedMeeting({ end: false }));
    const before = structuredClone(state);
    const report = buildReport(state, T0 + 28 * MIN);
    expect(report.endedAt).toBeNull();
    expect(report.rounds[0]!.phases.find((phase) => phase.id === 'discussion')!.actualSec).toBe(11 * 60);
    expect(state).toEqual(before);
    expect(reportMarkdown(report)).toContain('- Ended: still running');
  });

  test('a meeting not yet started has every phase at 0', () => {
    const report = buildReport(newMeeting(), T0 + 10 * MIN);
    expect(report.rounds[0]!.phases.every((phase) => phase.actualSec === 0)).toBe(true);
    expect(reportMarkdown(report)).toContain('No flags were raised.');
  });
});

describe('two cases', () => {
  test('give two rounds, and flags say which', () => {
    let s = send(newMeeting(), { type: 'timer.resume' }, T0);
    s = send(s, { type: 'phase.goto', phaseId: 'closing' }, T0 + 40 * MIN);
    s = send(s, { type: 'case.next' }, T0 + 42 * MIN);
    s = send(s, { type: 'flag.raise', kind: 'new-case' }, T0 + 43 * MIN, CO_LEADER);
    s = send(s, { type: 'session.end' }, T0 + 45 * MIN);
    const report = buildReport(s, T0 + 50 * MIN);
    expect(report.rounds).toHaveLength(2);
    expect(report.rounds[0]!.phases.map((p) => p.actualSec)).toEqual([2400, 0, 0, 0, 0, 0, 120]);
    expect(report.rounds[1]!.phases.map((p) => p.actualSec)).toEqual([0, 180, 0, 0, 0, 0, 0]);
    expect(report.flags).toEqual([
      { kind: 'new-case', raisedAt: T0 + 43 * MIN, status: 'open', round: 1, phaseId: 'case-call' },
    ]);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('## Case 2');
    expect(markdown).toContain(`| ${utcClock(T0 + 43 * MIN)} | 2 | Who has a case? | ${FLAG_CATALOG['new-case'].label} | not marked |`);
  });
});

describe('a phase dropped from the plan', () => {
  test('keeps its time in the record', () => {
    let s = send(newMeeting(), { type: 'timer.resume' }, T0);
    s = send(s, { type: 'phase.next' }, T0 + 2 * MIN);
    s = send(s, { type: 'phases.update', phases: [{ id: 'closing', title: 'Closing', durationSec: 120, prompt: '' }] }, T0 + 3 * MIN);
    const opening = buildReport(s, T0 + 3 * MIN).rounds[0]!.phases.find((phase) => phase.id === 'opening');
    expect(opening).toMatchObject({ actualSec: 120 });
  });

  test('keeps a pause signal that arrived before its clock ever ran', () => {
    // Found by the fuzzer: a member signals in the opening before the leader starts the clock,
    // then the leader drops the opening. The count must still add up phase by phase.
    let s = withMembers(newMeeting(), NAMES);
    s = send(s, { type: 'pause.signal' }, T0, member('p1'));
    s = send(s, { type: 'phases.update', phases: [{ title: 'Opening', durationSec: 60, prompt: '' }] }, T0);
    const report = buildReport(s, T0 + MIN);
    expect(report.pauseSignals).toBe(1);
    const perPhase = report.rounds[0]!.phases.map(({ id, actualSec, pauseSignals }) => ({ id, actualSec, pauseSignals }));
    expect(perPhase).toContainEqual({ id: 'opening', actualSec: 0, pauseSignals: 1 });
    expect(perPhase.reduce((sum, phase) => sum + phase.pauseSignals, 0)).toBe(1);
  });
});

describe('Markdown', () => {
  test("keeps the leader's own titles from breaking the table", () => {
    const state = send(
      newMeeting(),
      {
        type: 'phases.update',
        phases: [{ id: 'opening', title: 'Frame | rules', durationSec: 180, prompt: '' }],
      },
      T0,
    );
    const markdown = reportMarkdown(buildReport(state, T0));
    expect(markdown).toContain('| Frame   rules | not reached | 3:00 | – | 0 | 0 |');
  });
});
