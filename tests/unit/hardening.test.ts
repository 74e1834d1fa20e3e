// The domain's part in hardening (issue 13): the "I have a case" cooldown, the participant cap,
// names cleaned at the edge and told apart for the leaders, and a Markdown record that no title
// can turn into HTML or a link.
import { describe, expect, test } from 'vitest';
import { cleanName } from '../../shared/names';
import { joinBody } from '../../shared/protocol';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { admitMember, knock, VOLUNTEER_COOLDOWN_MS } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import type { MeetingState } from '../../shared/meeting-state';
import type { Format } from '../../shared/phase-plan';
import { memberSelf } from '../../shared/room-view';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import { LEADER, T0, accepted, member, newMeeting, refused, send, withMembers } from './meeting';

const meetingWithAnnaAndBen = (): MeetingState =>
  send(withMembers(newMeeting(), ['Anna', 'Ben']), { type: 'timer.resume' }, T0);

describe('"I have a case" cooldown', () => {
  test('a change within the cooldown is rate_limited; after it, it goes through', () => {
    let state = send(meetingWithAnnaAndBen(), { type: 'case.volunteer', volunteer: true }, T0, member('p2'));
    const tooSoon = apply(state, member('p2'), { type: 'case.volunteer', volunteer: false }, T0 + VOLUNTEER_COOLDOWN_MS - 1);
    expect(refused(tooSoon).code).toBe('rate_limited');
    // Another member is not held back by p2's change.
    state = send(state, { type: 'case.volunteer', volunteer: true }, T0 + 1, member('p1'));
    state = send(state, { type: 'case.volunteer', volunteer: false }, T0 + VOLUNTEER_COOLDOWN_MS, member('p2'));
    expect(state.participants.map((p) => p.volunteer)).toEqual([true, false]);
  });

  test('the time of the change reaches no view', () => {
    const state = send(meetingWithAnnaAndBen(), { type: 'case.volunteer', volunteer: true }, T0, member('p2'));
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      expect(JSON.stringify(viewFor(state, role))).not.toContain('volunteerAt');
    }
    expect(JSON.stringify(memberSelf(state, 'p2'))).not.toContain('volunteerAt');
  });
});

describe('the participant cap', () => {
  test('a full meeting refuses a join, a knock and a knock let in, with forbidden', () => {
    const full = withMembers(newMeeting(), ['Anna', 'Ben']);
    expect(refused(admitMember(full, { participantId: 'p3', name: 'Cleo' }, T0, 2)).code).toBe('forbidden');
    expect(admitMember(full, { participantId: 'p3', name: 'Cleo' }, T0, 3).ok).toBe(true);
    const locked = send(full, { type: 'room.lock' }, T0);
    expect(refused(knock(locked, { knockId: 'k1', name: 'Cleo' }, T0, 2)).code).toBe('forbidden');
    const knocking = accepted(knock(locked, { knockId: 'k1', name: 'Cleo' }, T0, 3));
    const admit = { type: 'knock.admit', knockId: 'k1' } as const;
    expect(refused(apply(knocking, LEADER, admit, T0, { leaderAway: false, maxParticipants: 2 })).code).toBe('forbidden');
    expect(apply(knocking, LEADER, admit, T0, { leaderAway: false, maxParticipants: 3 }).ok).toBe(true);
  });
});

describe('names', () => {
  test('lose control, bidi and zero-width characters, and keep what is visible', () => {
    expect(cleanName('  Dana\u200B ')).toBe('Dana');
    expect(cleanName('\u202EanaD\u202C')).toBe('anaD');
    expect(cleanName('Da\u0000na\u0007')).toBe('Dana');
    expect(cleanName('Jean\tPaul\n')).toBe('Jean Paul');
    expect(cleanName('\u2066Li\u2069 \u200F\u200EWei')).toBe('Li Wei');
    expect(cleanName('\uFEFFZoë')).toBe('Zoë');
    expect(cleanName('Zoe\u0308')).toBe('Zoë'); // composed
    expect(cleanName('José María')).toBe('José María');
    expect(cleanName('李娜')).toBe('李娜');
  });

  test('a name of nothing visible is refused at the edge', () => {
    expect(joinBody.safeParse({ joinCode: 'ABCDEF', name: '\u200B\u200D\u202E\u3164' }).success).toBe(false);
    expect(joinBody.safeParse({ joinCode: 'ABCDEF', name: ' \u200BDana ' })).toMatchObject({ success: true, data: { name: 'Dana' } });
  });

  test('a second "Dana" is "Dana (2)" to the leaders, and stays so when the first leaves', () => {
    let state = withMembers(newMeeting(), ['Dana', 'Ben', 'dana', 'Dana']);
    const names = (s: MeetingState) => (viewFor(s, 'leader') as LeadersView).participants.map((p) => p.name);
    expect(names(state)).toEqual(['Dana', 'Ben', 'dana (2)', 'Dana (3)']);
    // The member's own phone and the room see the name as typed.
    expect(memberSelf(state, 'p4')!.name).toBe('Dana');
    state = send(state, { type: 'presenter.set', participantId: 'p4' }, T0);
    expect(viewFor(state, 'member').presenter!.name).toBe('Dana');
    expect(viewFor(state, 'leader').presenter!.name).toBe('Dana (3)');
    state = send(state, { type: 'participant.remove', participantId: 'p1' }, T0);
    expect(names(state)).toEqual(['Ben', 'dana (2)', 'Dana (3)']);
    state = accepted(admitMember(state, { participantId: 'p5', name: 'Dana' }, T0));
    expect(names(state).at(-1)).toBe('Dana (4)');
  });

  test('a knocking "Dana" reads "Dana (2)" when a Dana is in', () => {
    const state = accepted(knock(send(withMembers(newMeeting(), ['Dana']), { type: 'room.lock' }, T0), { knockId: 'k1', name: 'Dana' }, T0));
    expect((viewFor(state, 'leader') as LeadersView).knocks.map((k) => k.name)).toEqual(['Dana (2)']);
    const admitted = send(state, { type: 'knock.admit', knockId: 'k1' }, T0);
    expect((viewFor(admitted, 'leader') as LeadersView).participants.map((p) => p.name)).toEqual(['Dana', 'Dana (2)']);
  });
});

describe('the Markdown record', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const LINK = '[x](javascript:alert(1))';
  const format: Format = {
    id: 'evil-format',
    title: IMG,
    description: '',
    phases: [
      { id: 'one', title: LINK, durationSec: 60, prompt: '' },
      { id: 'two', title: `![i](javascript:alert(2)) <script>alert(3)</script> \\[y](javascript:alert(4))`, durationSec: 60, prompt: '' },
    ],
  };

  test('makes HTML and link syntax in every title inert', () => {
    const state = createMeeting({ sessionId: 's', joinCode: 'KQ7M2P', title: `${IMG} ${LINK}`, format, now: T0 });
    const markdown = reportMarkdown(buildReport(state, T0));
    for (const live of ['<img', '<script']) expect(markdown).not.toContain(live);
    // Every bracket is escaped: preceded by an odd number of backslashes, so no link can open.
    const liveBrackets = [...markdown.matchAll(/(\\*)[[\]]/g)].filter(([, slashes]) => slashes!.length % 2 === 0);
    expect(liveBrackets).toEqual([]);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    // A backslash typed before a bracket is itself escaped: it cannot undo the bracket's escape.
    expect(markdown).toContain('\\\\\\[y\\](javascript:alert(4))');
  });
});
