// The projection is the security boundary: members and the display see the phase, the prompt, the
// timer, the presenter and the room's notice, and nothing of the leaders' work.
import { describe, expect, test } from 'vitest';
import type { MeetingState } from '../../shared/meeting-state';
import { isLeadersView, type LeadersView, type Presence } from '../../shared/views';
import { memberSelf } from '../../shared/room-view';
import { viewFor, viewsFor } from '../../shared/audience-views';
import {
  CO_LEADER,
  MIN,
  T0,
  advanceTo,
  allKeys,
  allStrings,
  looksLikeToken,
  member,
  newMeeting,
  send,
  withMembers,
} from './meeting';

const NOTE = 'Ben asked Anna why she prescribed it';

/** The discussion, with a presenter, a flag with a note, a pause signal and a notice. */
function discussionWithEverything(): MeetingState {
  let state = withMembers(newMeeting(), ['Anna', 'Ben', 'Cleo']);
  state = send(state, { type: 'timer.resume' }, T0);
  state = send(state, { type: 'presenter.set', participantId: 'p1' }, T0);
  state = send(state, { type: 'case.volunteer', volunteer: true }, T0, member('p1'));
  state = advanceTo(state, 'discussion', T0);
  state = send(state, { type: 'flag.raise', kind: 'step-back-breach', note: NOTE }, T0 + 5 * MIN, CO_LEADER);
  state = send(state, { type: 'flag.raise', kind: 'safety-concern' }, T0 + 6 * MIN, CO_LEADER);
  state = send(state, { type: 'pause.signal' }, T0 + 7 * MIN, member('p2'));
  return send(state, { type: 'notice.show', text: "They're listening for now." }, T0 + 8 * MIN);
}

const ROOM_KEYS = [
  'acting',
  'displayBlank',
  'ended',
  'format',
  'framingMoment',
  'hints',
  'joinCode',
  'language',
  'locked',
  'notice',
  'phase',
  'phases',
  'presenter',
  'register',
  'role',
  'round',
  'sessionId',
  'settings',
  'title',
  'version',
];
const LEADERS_ONLY_KEYS = [
  'caseNumber',
  'coLeaderConnected',
  'cues',
  'debriefNotes',
  'flags',
  'groupId',
  'knocks',
  'leaderConnected',
  'meetingPlanSec',
  'meetingStartedAt',
  'participants',
  'pauseSignals',
  'pauseSignalsSeen',
  'plan',
  'roundStartedAt',
  'takeoverAvailableAt',
  'undo',
];

describe.each(['member', 'display'] as const)('the %s view', (role) => {
  test('names exactly the room fields and nothing else', () => {
    const seen = viewFor(discussionWithEverything(), role);
    expect(Object.keys(seen).sort()).toEqual(ROOM_KEYS);
    // The discussion: the presenter listens, phones are down.
    expect(Object.keys(seen.phase).sort()).toEqual(['id', 'index', 'phonesDown', 'presenterRole', 'prompt', 'timer', 'title']);
    const traits = ['callsForCase', 'phonesDown', 'presenterRole', 'presenterTells', 'untimedForRoom'];
    for (const phase of seen.phases) {
      expect(Object.keys(phase).filter((key) => !traits.includes(key)).sort()).toEqual(['durationSec', 'id', 'title']);
    }
    expect(isLeadersView(seen)).toBe(false);
  });

  test('carries no flags, notes, pause signals, participants or plan at any depth', () => {
    const seen = viewFor(discussionWithEverything(), role);
    const keys = allKeys(seen);
    for (const key of ['flags', 'pauseSignals', 'participants', 'plan', 'note', 'volunteer', 'connected']) {
      expect(keys.has(key)).toBe(false);
    }
    expect(JSON.stringify(seen)).not.toContain(NOTE);
    expect(JSON.stringify(seen)).not.toContain('step-back-breach');
  });

  test('shows the phase, its prompt, the timer, the presenter and the notice', () => {
    const state = discussionWithEverything();
    const seen = viewFor(state, role);
    expect(seen).toMatchObject({
      version: state.version,
      sessionId: 'session-1',
      joinCode: 'KQ7M2P',
      title: 'Thursday group',
      role,
      ended: false,
      locked: false,
      acting: 'leader',
      round: 0,
      phase: {
        id: 'discussion',
        title: 'Group discussion — presenter steps back',
        prompt: 'What might it be like to be this patient — and this doctor?',
        index: 4,
        presenterRole: 'listens',
        phonesDown: true,
        timer: state.timer,
      },
      presenter: { participantId: 'p1', name: 'Anna' },
      notice: { text: "They're listening for now.", at: T0 + 8 * MIN },
    });
    expect(seen.phases.map((phase) => phase.id)).toEqual(state.phases.map((phase) => phase.id));
  });
});

describe('the leaders view', () => {
  const presence: Presence = {
    connected: new Set(['p2']),
    leaderConnected: false,
    coLeaderConnected: true,
    takeoverAvailableAt: T0 + 9 * MIN,
  };

  test.each(['leader', 'co-leader'] as const)('for the %s shows flags with notes, pause count, members and plan', (role) => {
    const state = discussionWithEverything();
    const seen = viewFor(state, role, presence);
    expect(isLeadersView(seen)).toBe(true);
    const leaders = seen as LeadersView;
    expect(Object.keys(leaders).sort()).toEqual([...ROOM_KEYS, ...LEADERS_ONLY_KEYS].sort());
    expect(leaders.flags).toEqual([
      { id: 'flag-1', kind: 'step-back-breach', status: 'open', raisedAt: T0 + 5 * MIN, note: NOTE },
      { id: 'flag-2', kind: 'safety-concern', status: 'open', raisedAt: T0 + 6 * MIN },
    ]);
    expect(leaders.pauseSignals).toBe(1);
    expect(leaders.participants).toEqual([
      { participantId: 'p1', name: 'Anna', connected: false, volunteer: true, late: false },
      { participantId: 'p2', name: 'Ben', connected: true, volunteer: false, late: false },
      { participantId: 'p3', name: 'Cleo', connected: false, volunteer: false, late: false },
    ]);
    expect(leaders.plan).toHaveLength(7);
    expect(leaders.plan[4]).toEqual({
      id: 'discussion',
      title: 'Group discussion — presenter steps back',
      durationSec: 1200,
      prompt: 'What might it be like to be this patient — and this doctor?',
      presenterRole: 'listens',
      phonesDown: true,
    });
    expect(leaders).toMatchObject({ leaderConnected: false, coLeaderConnected: true, takeoverAvailableAt: T0 + 9 * MIN });
    expect(leaders.pauseSignalsSeen).toBe(0);
  });

  test('never says who sent a pause signal', () => {
    const seen = viewFor(discussionWithEverything(), 'leader', presence);
    expect(JSON.stringify(seen)).not.toMatch(/lastPauseSignal/);
  });
});

describe('viewsFor, the views of one broadcast', () => {
  test('gives each audience exactly the view built for it alone', () => {
    const state = discussionWithEverything();
    const presence: Presence = { connected: new Set(['p1']), leaderConnected: true, coLeaderConnected: false, takeoverAvailableAt: null };
    const roles = ['co-leader', 'member', 'leader', 'display'] as const;
    const views = viewsFor(state, roles, presence);
    expect(views.map(([role]) => role)).toEqual(roles);
    for (const [role, built] of views) expect(built).toEqual(viewFor(state, role, presence));
  });
});

describe('memberSelf', () => {
  test("tells a member only their own identity, volunteering, and whether they present", () => {
    const state = discussionWithEverything();
    expect(memberSelf(state, 'p1')).toEqual({
      version: state.version,
      participantId: 'p1',
      name: 'Anna',
      volunteer: true,
      presenter: true,
    });
    expect(memberSelf(state, 'p2')).toEqual({
      version: state.version,
      participantId: 'p2',
      name: 'Ben',
      volunteer: false,
      presenter: false,
    });
  });

  test('is null for someone removed or unknown', () => {
    const state = send(discussionWithEverything(), { type: 'participant.remove', participantId: 'p2' }, T0 + 9 * MIN);
    expect(memberSelf(state, 'p2')).toBeNull();
    expect(memberSelf(state, 'p9')).toBeNull();
  });
});

describe('after the meeting ends', () => {
  const ended = (): MeetingState => send(discussionWithEverything(), { type: 'session.end' }, T0 + 10 * MIN);

  test('every view says so, and no view has a name or a note left to show', () => {
    const state = ended();
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      const seen = viewFor(state, role);
      expect(seen.ended).toBe(true);
      expect(seen.presenter).toBeNull();
      const text = JSON.stringify(seen);
      for (const secret of ['Anna', 'Ben', 'Cleo', NOTE]) expect(text).not.toContain(secret);
    }
    expect(memberSelf(state, 'p1')).toBeNull();
  });

  test('the leaders still see the flag kinds and the pause count', () => {
    const leaders = viewFor(ended(), 'leader') as LeadersView;
    expect(leaders.flags.map((flag) => flag.kind)).toEqual(['step-back-breach', 'safety-concern']);
    expect(leaders.participants).toEqual([]);
    expect(leaders.pauseSignals).toBe(1);
  });
});

describe('views are built, not shared', () => {
  test('changing a view changes nothing in the state', () => {
    const state = discussionWithEverything();
    const before = structuredClone(state);
    const seen = viewFor(state, 'leader') as LeadersView;
    seen.phase.timer.elapsedMs = -1;
    seen.flags[0]!.status = 'dismissed';
    seen.participants[0]!.name = 'Someone else';
    seen.plan[0]!.title = 'Changed';
    expect(state).toEqual(before);
  });

  test('no string in any view looks like a credential', () => {
    const state = discussionWithEverything();
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      expect(allStrings(viewFor(state, role)).filter(looksLikeToken)).toEqual([]);
    }
  });
});

describe('looksLikeToken, the detector the property tests lean on', () => {
  test('spots 128-bit base64url tokens and passes over ids and words', () => {
    expect(looksLikeToken('q3Vx9TmZ0bK4yPfL2aWc7g')).toBe(true);
    expect(looksLikeToken('join with Hk3s-Pq9ZtYw2Rb7Lm5Nc4Vd8 now')).toBe(true);
    for (const plain of ['clarifying-questions', 'session-1', 'KQ7M2P', 'flag-12', 'What might it be like?']) {
      expect(looksLikeToken(plain)).toBe(false);
    }
  });
});
