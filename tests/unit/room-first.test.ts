// The room comes first, in the domain: phases whose behaviour is data, the settings for how much
// of the time the room sees, cues between the leaders, notices that clear themselves, the wall's
// rules, latecomers knocking, and a case call that finds no case.
import { describe, expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { CUE_KINDS, CUES_KEPT } from '../../shared/cues';
import { FLAG_CATALOG, FLAG_KINDS } from '../../shared/flags';
import { findGroupFormat, formatBody, formatFromBody } from '../../shared/groups';
import { LOCALES } from '../../shared/localize';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { admitMember, knock, withdrawKnock } from '../../shared/changes/people';
import { apply } from '../../shared/session';
import { createSession, restoreSaved } from '../../shared/session-start';
import { expireNotice, NOTICE_LIFETIME_MS } from '../../shared/changes/signals';
import type { SessionState } from '../../shared/session-state';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { BREAK_PHASE, findFormat, FORMATS } from '../../shared/templates';
import { localizePhaseWords } from '../../shared/localize';
import { presenterView } from '../../shared/room-view';
import { view } from '../../shared/audience-views';
import type { LeadersView, RoomView } from '../../shared/views';
import {
  accepted,
  advanceTo,
  CO_LEADER,
  DISPLAY,
  LEADER,
  member,
  MIN,
  newMeeting,
  refused,
  SEC,
  send,
  T0,
  withMembers,
} from './meeting';

const started = (state: SessionState = newMeeting()) => send(state, { type: 'timer.resume' }, T0);

/** The formats of Balint case work; the professional-development format has its own frame. */
const CASE_FORMATS = FORMATS.filter((format) => format.phases.every((phase) => phase.frame !== 'development'));

describe('phase traits are data in every format', () => {
  test.each(CASE_FORMATS.map((format) => [format.id, format] as const))('%s', (_id, format) => {
    const callsForCase = format.phases.filter((phase) => phase.callsForCase);
    expect(callsForCase).toHaveLength(1);
    // The case call is untimed for the room and comes before the phones go down.
    const caseCall = format.phases.indexOf(callsForCase[0]!);
    expect(format.phases[caseCall]!.untimedForRoom).toBe(true);
    const firstDown = format.phases.findIndex((phase) => phase.phonesDown);
    expect(firstDown).toBe(caseCall + 1);
    // From the presentation on, every phase keeps the phones down, the closing included.
    expect(format.phases.slice(firstDown).every((phase) => phase.phonesDown)).toBe(true);
    expect(format.phases.slice(0, firstDown).some((phase) => phase.phonesDown)).toBe(false);
    expect(format.phases[firstDown]!.presenterTells).toBe(true);
  });

  test('the presenter steps back in every format but the UK classic, where they stay in the circle', () => {
    for (const format of CASE_FORMATS) {
      const roles = format.phases.map((phase) => phase.presenterRole).filter(Boolean);
      if (format.id === 'uk-classic') expect(roles).toEqual([]);
      else expect(roles).toContain('listens');
    }
  });

  test("an edited phase keeps its traits; a renamed format's case call still calls for a case", () => {
    let state = started();
    const plan = view(state, 'leader') as LeadersView;
    const edits = plan.plan.map(({ id, title, durationSec, prompt }) => ({
      id: id === 'case-call' ? undefined : id,
      title: id === 'case-call' ? 'Anyone with a patient?' : title,
      durationSec,
      prompt,
      ...(id === 'case-call' ? { callsForCase: true, untimedForRoom: true } : {}),
    }));
    state = send(state, { type: 'phases.update', phases: edits }, T0 + MIN);
    const caseCall = state.phases[1]!;
    expect(caseCall.id).not.toBe('case-call');
    expect(caseCall).toMatchObject({ callsForCase: true, untimedForRoom: true });
    // A kept phase left without traits in the edit keeps its own.
    expect(state.phases.find((phase) => phase.id === 'discussion')).toMatchObject({ presenterRole: 'listens', phonesDown: true });
    // "No case today" and the next case follow the trait, not the id.
    state = send(state, { type: 'phase.next' }, T0 + 2 * MIN);
    expect(state.phaseIndex).toBe(1);
    state = send(state, { type: 'case.none', then: 'closing' }, T0 + 3 * MIN);
    state = send(state, { type: 'case.next' }, T0 + 4 * MIN);
    expect(state.phases[state.phaseIndex]!.title).toBe('Anyone with a patient?');
  });

  test('a new phase gets no traits; a trait can be switched off', () => {
    let state = started();
    const plan = (view(state, 'leader') as LeadersView).plan;
    const edits = plan.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt }));
    edits[4] = { ...edits[4]!, phonesDown: false } as (typeof edits)[number];
    edits.push({ title: 'Break', durationSec: 600, prompt: '' } as (typeof edits)[number]);
    state = send(state, { type: 'phases.update', phases: edits }, T0 + MIN);
    expect(state.phases[4]).not.toHaveProperty('phonesDown');
    expect(state.phases.at(-1)).toEqual({ id: 'phase-1', title: 'Break', durationSec: 600, prompt: '' });
  });

  test('views carry the traits of the phase and of the plan', () => {
    const state = advanceTo(started(), 'discussion', T0);
    const seen = view(state, 'member') as RoomView;
    expect(seen.phase).toMatchObject({ id: 'discussion', phonesDown: true, presenterRole: 'listens' });
    expect(seen.phases[1]).toMatchObject({ id: 'case-call', callsForCase: true, untimedForRoom: true });
  });
});

describe('room settings', () => {
  test('a new meeting starts quiet on the wall and dark on the phones', () => {
    expect(newMeeting().settings).toEqual({ displayClock: 'quiet', phoneClock: false });
    expect(view(newMeeting(), 'display').settings).toEqual(DEFAULT_SETTINGS);
  });

  test('the leader changes one setting at a time, and every view carries it', () => {
    let state = send(newMeeting(), { type: 'room.settings', phoneClock: true }, T0);
    expect(state.settings).toEqual({ displayClock: 'quiet', phoneClock: true });
    state = send(state, { type: 'room.settings', displayClock: 'off' }, T0);
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      expect(view(state, role).settings).toEqual({ displayClock: 'off', phoneClock: true });
    }
    expect(refused(apply(state, LEADER, { type: 'room.settings', displayClock: 'off' }, T0)).code).toBe('conflict');
    expect(refused(apply(state, member('p1'), { type: 'room.settings', phoneClock: false }, T0)).code).toBe('forbidden');
  });

  test('settings with no field or a wrong value never reach the reducer', () => {
    for (const payload of [
      { type: 'room.settings' },
      { type: 'room.settings', displayClock: 'loud' },
      { type: 'room.settings', phoneClock: 'yes' },
      { type: 'room.settings', displayClock: null },
    ]) {
      expect(commandSchema.safeParse(payload).success).toBe(false);
    }
  });

  test("a group's format keeps the settings, and its meetings start with them", () => {
    const body = formatBody.parse({
      title: 'Teaching group',
      phases: findFormat('standard')!.phases.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt })),
      settings: { phoneClock: true, displayClock: 'full' },
    });
    const format = formatFromBody('teaching', body)!;
    const state = createSession({ sessionId: 's', joinCode: 'KQ7M2P', title: 't', format, now: T0 });
    expect(state.settings).toEqual({ displayClock: 'full', phoneClock: true });
    // The standard phases keep their traits when saved as the group's own.
    expect(format.phases[1]).toMatchObject({ callsForCase: true });
  });
});

describe('cues between the leaders', () => {
  test('either leader sends a cue; the other sees it; the room never does', () => {
    let state = send(started(), { type: 'cue.send', cue: 'let-silence-run' }, T0 + MIN, CO_LEADER);
    state = send(state, { type: 'cue.send', cue: 'you-take-this' }, T0 + 2 * MIN, LEADER);
    const leaders = view(state, 'leader') as LeadersView;
    expect(leaders.cues).toEqual([
      { id: 'cue-1', cue: 'let-silence-run', from: 'co-leader', at: T0 + MIN },
      { id: 'cue-2', cue: 'you-take-this', from: 'leader', at: T0 + 2 * MIN },
    ]);
    for (const role of ['member', 'display'] as const) {
      expect(view(state, role)).not.toHaveProperty('cues');
      expect(JSON.stringify(view(state, role))).not.toContain('let-silence-run');
    }
  });

  test('members and the display may not send cues, and an unknown cue is refused at the edge', () => {
    expect(refused(apply(newMeeting(), member('p1'), { type: 'cue.send', cue: 'i-take-this' }, T0)).code).toBe('forbidden');
    expect(refused(apply(newMeeting(), DISPLAY, { type: 'cue.send', cue: 'i-take-this' }, T0)).code).toBe('forbidden');
    expect(commandSchema.safeParse({ type: 'cue.send', cue: 'hurry-up' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'cue.send' }).success).toBe(false);
  });

  test('the view keeps the latest cues; the record counts every cue by kind, with no text', () => {
    let state = started();
    for (let i = 0; i < CUES_KEPT + 5; i += 1) {
      state = send(state, { type: 'cue.send', cue: CUE_KINDS[i % 2]! }, T0 + i * SEC, i % 2 ? LEADER : CO_LEADER);
    }
    expect(state.cues).toHaveLength(CUES_KEPT);
    expect(state.cues.at(-1)!.id).toBe(`cue-${CUES_KEPT + 5}`);
    const report = buildReport(state, T0 + MIN);
    expect(report.cues).toEqual({ 'i-take-this': 9, 'you-take-this': 8 });
    expect(reportMarkdown(report)).toContain("- I'll take this: 9");
  });
});

describe('notices clear themselves', () => {
  const withNotice = () =>
    send(advanceTo(started(), 'discussion', T0), { type: 'notice.show', text: 'Back to the relationship.' }, T0 + 10 * MIN);

  test('on every phase change, back or forth', () => {
    for (const command of [{ type: 'phase.next' }, { type: 'phase.previous' }, { type: 'phase.goto', phaseId: 'closing' }] as const) {
      expect(send(withNotice(), command, T0 + 11 * MIN).notice).toBeNull();
    }
  });

  test('a minute after it was shown, and not before', () => {
    const state = withNotice();
    expect(refused(expireNotice(state, T0 + 10 * MIN + NOTICE_LIFETIME_MS - 1)).code).toBe('conflict');
    const cleared = accepted(expireNotice(state, T0 + 10 * MIN + NOTICE_LIFETIME_MS));
    expect(cleared.notice).toBeNull();
    expect(cleared.version).toBe(state.version + 1);
    // Twice is nothing: a second process asking too changes nothing.
    expect(refused(expireNotice(cleared, T0 + 20 * MIN)).code).toBe('conflict');
  });

  test("the presenter's own view never carries a notice", () => {
    let state = withMembers(started(), ['Anna', 'Ben']);
    state = send(state, { type: 'presenter.set', participantId: 'p1' }, T0);
    state = send(state, { type: 'notice.show', text: "Let's hear from someone who hasn't spoken yet." }, T0 + MIN);
    const members = view(state, 'member') as RoomView;
    expect(members.notice).not.toBeNull();
    expect(presenterView(members).notice).toBeNull();
  });
});

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
    expect(view(state, 'display').displayBlank).toBe(true);
    expect(refused(apply(state, LEADER, { type: 'display.blank', blank: true }, T0)).code).toBe('conflict');
    state = send(state, { type: 'display.blank', blank: false }, T0);
    expect(view(state, 'display').displayBlank).toBe(false);
  });
});

describe('latecomers', () => {
  const locked = () => send(advanceTo(started(), 'presentation', T0), { type: 'room.lock' }, T0 + 5 * MIN);

  test('a member who joins once the presenter began is marked late, quietly, for the leaders', () => {
    let state = withMembers(started(), ['Anna']);
    state = advanceTo(state, 'presentation', T0);
    state = accepted(admitMember(state, { participantId: 'p9', name: 'Dana' }, T0 + 5 * MIN));
    const people = (view(state, 'leader') as LeadersView).participants;
    expect(people.map((person) => [person.name, person.late])).toEqual([
      ['Anna', false],
      ['Dana', true],
    ]);
  });

  test('a latecomer knocks at a locked room, the leaders see the name, the leader lets them in', () => {
    let state = accepted(knock(locked(), { knockId: 'k1', name: 'Dana' }, T0 + 6 * MIN));
    expect((view(state, 'leader') as LeadersView).knocks).toEqual([{ knockId: 'k1', name: 'Dana', at: T0 + 6 * MIN }]);
    expect(JSON.stringify(view(state, 'member'))).not.toContain('Dana');
    expect(JSON.stringify(view(state, 'display'))).not.toContain('Dana');
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
    expect((view(state, 'leader') as LeadersView).caseNumber).toBe(1);
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
    const kept = (view(state, 'leader') as LeadersView).plan.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt }));
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
    const { settings: _s, cues: _c, cueCounts: _n, knocks: _k, displayBlank: _b, meetingPlanSec: _m, ...old } = current;
    const oldRounds = old.rounds.map(({ kind: _kind, ...round }) => round);
    const restored = restoreSaved({ ...old, rounds: oldRounds } as unknown as SessionState);
    expect(restored).toEqual(current);
  });
});
