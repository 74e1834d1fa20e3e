// The room comes first, in the domain (continued): the wall's rules, latecomers knocking, a case
// call that finds no case, a break between cases, and meetings saved by an earlier version.
import { describe, expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { FLAG_CATALOG, FLAG_KINDS } from '../../shared/flags';
import { findGroupFormat } from '../../shared/groups';
import { LOCALES } from '../../shared/localize';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { admitMember, knock, withdrawKnock } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import { restoreSaved, toSaved, type SavedMeeting } from '../../shared/meeting-start';
import { BREAK_PHASE, findFormat } from '../../shared/templates';
import { localizePhaseWords } from '../../shared/localize';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import {
  accepted,
  advanceTo,
  CO_LEADER,
  LEADER,
  member,
  MIN,
  newMeeting,
  refused,
  send,
  started,
  T0,
  withMembers,
} from './meeting';

describe('the wall', () => {
  const WALL_NO = ['identifier', 'judgement', 'personal-exploration', 'self-disclosure', 'strong-emotion', 'presenter-breaks-in', 'safety-concern'];

  test('the kinds that point at one person never go on the wall', () => {
    expect(FLAG_KINDS.filter((kind) => !FLAG_CATALOG[kind].wall).sort()).toEqual([...WALL_NO].sort());
    expect(FLAG_CATALOG['strong-emotion'].leaderOnly).toBe(true);
    expect(FLAG_CATALOG['strong-emotion'].redirect).not.toMatch(/pause/i);
  });

  test.each(WALL_NO)('projecting a %s flag is forbidden and changes nothing', (kind) => {
    const state = send(started(), { type: 'flag.raise', kind: kind as (typeof FLAG_KINDS)[number] }, T0, CO_LEADER);
    const outcome = apply(state, LEADER, { type: 'notice.show', text: 'Anything', flagId: 'flag-1' }, T0 + MIN);
    expect(refused(outcome).code).toBe('forbidden');
  });

  test('projecting the line as offered, in any language, is "projected"; edited, "projected-edited"', () => {
    let state = send(started(), { type: 'flag.raise', kind: 'advice-giving' }, T0, CO_LEADER);
    state = send(state, { type: 'flag.raise', kind: 'medical-drift' }, T0, CO_LEADER);
    state = send(state, { type: 'notice.show', text: LOCALES.fr.flags['advice-giving'].redirect!, flagId: 'flag-1' }, T0 + MIN);
    state = send(state, { type: 'notice.show', text: 'Back to the two of them, please.', flagId: 'flag-2' }, T0 + 2 * MIN);
    expect(state.flags.map((flag) => [flag.status, flag.handled])).toEqual([
      ['resolved', 'projected'],
      ['resolved', 'projected-edited'],
    ]);
  });

  test('"Said it" resolves a flag as said; "Set aside" dismisses it; "said" with another status is invalid', () => {
    let state = send(started(), { type: 'flag.raise', kind: 'judgement' }, T0, CO_LEADER);
    state = send(state, { type: 'flag.raise', kind: 'airtime' }, T0, CO_LEADER);
    expect(refused(apply(state, LEADER, { type: 'flag.update', flagId: 'flag-1', status: 'dismissed', handled: 'said' }, T0)).code).toBe('invalid');
    state = send(state, { type: 'flag.update', flagId: 'flag-1', status: 'resolved', handled: 'said' }, T0 + MIN);
    state = send(state, { type: 'flag.update', flagId: 'flag-2', status: 'dismissed' }, T0 + MIN);
    const report = buildReport(state, T0 + 2 * MIN);
    expect(report.flags.map((flag) => flag.handled)).toEqual(['said', 'set-aside']);
  });

  test('the record holds no text typed during the meeting: no notice, no edited line, no note', () => {
    let state = send(started(), { type: 'flag.raise', kind: 'medical-drift', note: 'Ben on statins again' }, T0, CO_LEADER);
    state = send(state, { type: 'notice.show', text: 'Zurück zu den beiden, bitte.', flagId: 'flag-1' }, T0 + MIN);
    state = send(state, { type: 'notice.show', text: 'A free notice for the room' }, T0 + 2 * MIN);
    const report = buildReport(state, T0 + 3 * MIN);
    for (const text of [JSON.stringify(report), reportMarkdown(report)]) {
      expect(text).not.toContain('Zurück zu den beiden');
      expect(text).not.toContain('A free notice');
      expect(text).not.toContain('statins');
    }
  });

  test('the leader blanks the display and brings it back', () => {
    let state = send(newMeeting(), { type: 'display.blank', blank: true }, T0);
    expect(viewFor(state, 'display').displayBlank).toBe(true);
    expect(refused(apply(state, LEADER, { type: 'display.blank', blank: true }, T0)).code).toBe('conflict');
    state = send(state, { type: 'display.blank', blank: false }, T0);
    expect(viewFor(state, 'display').displayBlank).toBe(false);
  });
});

describe('latecomers', () => {
  const locked = () => send(advanceTo(started(), 'presentation', T0), { type: 'room.lock' }, T0 + 5 * MIN);

  test('a member who joins once the presenter began is marked late, quietly, for the leaders', () => {
    let state = withMembers(started(), ['Anna']);
    state = advanceTo(state, 'presentation', T0);
    state = accepted(admitMember(state, { participantId: 'p9', name: 'Dana' }, T0 + 5 * MIN));
    const people = (viewFor(state, 'leader') as LeadersView).participants;
    expect(people.map((person) => [person.name, person.late])).toEqual([
      ['Anna', false],
      ['Dana', true],
    ]);
  });

  test('a latecomer knocks at a locked room, the leaders see the name, the leader lets them in', () => {
    let state = accepted(knock(locked(), { knockId: 'k1', name: 'Dana' }, T0 + 6 * MIN));
    expect((viewFor(state, 'leader') as LeadersView).knocks).toEqual([{ knockId: 'k1', name: 'Dana', at: T0 + 6 * MIN }]);
    expect(JSON.stringify(viewFor(state, 'member'))).not.toContain('Dana');
    expect(JSON.stringify(viewFor(state, 'display'))).not.toContain('Dana');
    expect(refused(apply(state, CO_LEADER, { type: 'knock.admit', knockId: 'k1' }, T0)).code).toBe('forbidden');
    state = send(state, { type: 'knock.admit', knockId: 'k1' }, T0 + 7 * MIN);
    expect(state.knocks).toEqual([]);
    expect(state.participants).toEqual([{ participantId: 'k1', name: 'Dana', volunteer: false, joinedAt: T0 + 7 * MIN, late: true }]);
    // Admitting twice is a conflict and changes nothing.
    expect(refused(apply(state, LEADER, { type: 'knock.admit', knockId: 'k1' }, T0 + 8 * MIN)).code).toBe('conflict');
    expect(refused(apply(state, LEADER, { type: 'knock.admit', knockId: 'nobody' }, T0 + 8 * MIN)).code).toBe('not_found');
  });

  test('no knocking at an open room or an ended one; the latecomer may stop waiting', () => {
    expect(refused(knock(started(), { knockId: 'k1', name: 'Dana' }, T0)).code).toBe('conflict');
    const ended = send(locked(), { type: 'session.end' }, T0 + 9 * MIN);
    expect(refused(knock(ended, { knockId: 'k1', name: 'Dana' }, T0)).code).toBe('not_found');
    const waiting = accepted(knock(locked(), { knockId: 'k1', name: 'Dana' }, T0));
    expect(accepted(withdrawKnock(waiting, 'k1')).knocks).toEqual([]);
    expect(refused(withdrawKnock(waiting, 'k2')).code).toBe('not_found');
  });

  test('unlocking the room lets in whoever was knocking', () => {
    let state = accepted(knock(locked(), { knockId: 'k1', name: 'Dana' }, T0 + 6 * MIN));
    state = send(state, { type: 'room.unlock' }, T0 + 7 * MIN);
    expect(state.knocks).toEqual([]);
    expect(state.participants).toEqual([{ participantId: 'k1', name: 'Dana', volunteer: false, joinedAt: T0 + 7 * MIN, late: true }]);
  });

  test('ending the meeting drops every knock and its name', () => {
    const waiting = accepted(knock(locked(), { knockId: 'k1', name: 'Dana' }, T0));
    const ended = send(waiting, { type: 'session.end' }, T0 + 9 * MIN);
    expect(JSON.stringify(ended)).not.toContain('Dana');
  });
});

describe('no case today', () => {
  const inCaseCall = () => advanceTo(withMembers(started(), ['Anna']), 'case-call', T0);

  test('ends the case call and goes to the closing, recorded as such', () => {
    let state = send(inCaseCall(), { type: 'case.volunteer', volunteer: true }, T0 + MIN, member('p1'));
    state = send(state, { type: 'case.none' }, T0 + 4 * MIN);
    expect(state.phases[state.phaseIndex]!.id).toBe('closing');
    expect(state.participants[0]!.volunteer).toBe(false);
    const report = buildReport(state, T0 + 5 * MIN);
    expect(report.rounds.map((round) => round.kind)).toEqual(['no-case']);
    expect(reportMarkdown(report)).toContain('## Case 1 · No case today');
  });

  test('or opens a free round before the closing; the next case drops it again', () => {
    let state = send(inCaseCall(), { type: 'case.none', then: 'free' }, T0 + 4 * MIN);
    expect(state.phases[state.phaseIndex]).toMatchObject({ id: 'free-round', phonesDown: true });
    expect(state.phases.at(-1)!.id).toBe('closing');
    expect(state.rounds.map((round) => round.kind)).toEqual(['no-case', 'free']);
    state = advanceTo(state, 'closing', T0 + 5 * MIN);
    state = send(state, { type: 'case.next' }, T0 + 30 * MIN);
    expect(state.phases.some((phase) => phase.id === 'free-round')).toBe(false);
    expect(state.rounds.map((round) => round.kind)).toEqual(['no-case', 'free', 'case']);
    // The budget's heading counts cases, not rounds: the first real case is case 1.
    expect((viewFor(state, 'leader') as LeadersView).caseNumber).toBe(1);
  });

  test('only in a phase that calls for a case', () => {
    const state = advanceTo(started(), 'presentation', T0);
    expect(refused(apply(state, LEADER, { type: 'case.none' }, T0)).code).toBe('conflict');
    expect(commandSchema.safeParse({ type: 'case.none', then: 'party' }).success).toBe(false);
  });

  test('the free round has its words in every language', () => {
    for (const lang of ['de', 'fr', 'es'] as const) {
      expect(LOCALES[lang].phases['free-round']?.title).toBeTruthy();
    }
  });
});

describe('a break between cases', () => {
  test('added in the closing as the round\'s last phase; the next case starts at the case call', () => {
    let state = advanceTo(started(), 'closing', T0);
    const kept = (viewFor(state, 'leader') as LeadersView).plan.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt }));
    const { id, title, durationSec, prompt } = BREAK_PHASE;
    state = send(state, { type: 'phases.update', phases: [...kept, { id, title, durationSec, prompt }] }, T0 + 10 * MIN);
    expect(state.phases.at(-1)!.id).toBe('break');
    expect(state.phases[state.phaseIndex]!.id).toBe('closing');
    state = send(state, { type: 'phase.next' }, T0 + 11 * MIN);
    expect(state.phases[state.phaseIndex]!.id).toBe('break');
    state = send(state, { type: 'case.next' }, T0 + 21 * MIN);
    expect(state.phases[state.phaseIndex]!.id).toBe('case-call');
    expect(state.rounds).toHaveLength(2);
  });

  test('says its name in every language', () => {
    expect(localizePhaseWords('standard', BREAK_PHASE, 'de').title).toBe('Pause');
    expect(localizePhaseWords('standard', BREAK_PHASE, 'es').title).toBe('Descanso');
  });
});

describe('a meeting saved by an earlier version', () => {
  test("a group's format saved before phases had traits takes the shipped phases' traits", () => {
    const bare = findFormat('standard')!.phases.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt }));
    const group = { groupId: 'g', name: 'Tuesday', createdAt: T0, formats: [{ id: 'ours', title: 'Ours', description: '', phases: bare }] };
    const format = findGroupFormat(group, 'ours')!;
    expect(format.phases.map((phase) => Boolean(phase.phonesDown))).toEqual([false, false, true, true, true, true, true]);
    expect(format.phases[1]!.callsForCase).toBe(true);
  });

  test('is read with the room defaults', () => {
    const current = newMeeting();
    const { settings: _s, cues: _c, cueCounts: _n, knocks: _k, displayBlank: _b, meetingPlanSec: _m, ...old } = toSaved(current);
    const oldRounds = old.rounds.map(({ kind: _kind, ...round }) => round);
    const restored = restoreSaved({ ...old, rounds: oldRounds } as unknown as SavedMeeting);
    expect(restored).toEqual(current);
  });
});
