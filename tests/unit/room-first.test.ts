// The room comes first, in the domain: phases whose behaviour is data, the settings for how much
// of the time the room sees, cues between the leaders and notices that clear themselves. The wall's
// rules, latecomers and the case call are in room-first-wall.test.ts.
import { describe, expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { CUE_KINDS, CUES_KEPT } from '../../shared/cues';
import { formatBody, formatFromBody } from '../../shared/groups';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { expireNotice, NOTICE_LIFETIME_MS } from '../../shared/changes/signals';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { FORMATS, findFormat } from '../../shared/templates';
import { viewFor } from '../../shared/audience-views';
import { presenterView } from '../../shared/room-view';
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
  started,
  T0,
  withMembers,
} from './meeting';

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
    const plan = viewFor(state, 'leader') as LeadersView;
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
    const plan = (viewFor(state, 'leader') as LeadersView).plan;
    const edits = plan.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt }));
    edits[4] = { ...edits[4]!, phonesDown: false } as (typeof edits)[number];
    edits.push({ title: 'Break', durationSec: 600, prompt: '' } as (typeof edits)[number]);
    state = send(state, { type: 'phases.update', phases: edits }, T0 + MIN);
    expect(state.phases[4]).not.toHaveProperty('phonesDown');
    expect(state.phases.at(-1)).toEqual({ id: 'phase-1', title: 'Break', durationSec: 600, prompt: '' });
  });

  test('views carry the traits of the phase and of the plan', () => {
    const state = advanceTo(started(), 'discussion', T0);
    const seen = viewFor(state, 'member') as RoomView;
    expect(seen.phase).toMatchObject({ id: 'discussion', phonesDown: true, presenterRole: 'listens' });
    expect(seen.phases[1]).toMatchObject({ id: 'case-call', callsForCase: true, untimedForRoom: true });
  });
});

describe('room settings', () => {
  test('a new meeting starts quiet on the wall and dark on the phones', () => {
    expect(newMeeting().settings).toEqual({ displayClock: 'quiet', phoneClock: false });
    expect(viewFor(newMeeting(), 'display').settings).toEqual(DEFAULT_SETTINGS);
  });

  test('the leader changes one setting at a time, and every view carries it', () => {
    let state = send(newMeeting(), { type: 'room.settings', phoneClock: true }, T0);
    expect(state.settings).toEqual({ displayClock: 'quiet', phoneClock: true });
    state = send(state, { type: 'room.settings', displayClock: 'off' }, T0);
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      expect(viewFor(state, role).settings).toEqual({ displayClock: 'off', phoneClock: true });
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
    const state = createMeeting({ sessionId: 's', joinCode: 'KQ7M2P', title: 't', format, now: T0 });
    expect(state.settings).toEqual({ displayClock: 'full', phoneClock: true });
    // The standard phases keep their traits when saved as the group's own.
    expect(format.phases[1]).toMatchObject({ callsForCase: true });
  });
});

describe('cues between the leaders', () => {
  test('either leader sends a cue; the other sees it; the room never does', () => {
    let state = send(started(), { type: 'cue.send', cue: 'let-silence-run' }, T0 + MIN, CO_LEADER);
    state = send(state, { type: 'cue.send', cue: 'you-take-this' }, T0 + 2 * MIN, LEADER);
    const leaders = viewFor(state, 'leader') as LeadersView;
    expect(leaders.cues).toEqual([
      { id: 'cue-1', cue: 'let-silence-run', from: 'co-leader', at: T0 + MIN },
      { id: 'cue-2', cue: 'you-take-this', from: 'leader', at: T0 + 2 * MIN },
    ]);
    for (const role of ['member', 'display'] as const) {
      expect(viewFor(state, role)).not.toHaveProperty('cues');
      expect(JSON.stringify(viewFor(state, role))).not.toContain('let-silence-run');
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
    const members = viewFor(state, 'member') as RoomView;
    expect(members.notice).not.toBeNull();
    expect(presenterView(members).notice).toBeNull();
  });
});
