// The room language: what the projected display speaks, set by whoever leads. Phones and consoles
// keep their own language; only the display follows the room's.
import { describe, expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import type { MeetingState } from '../../shared/meeting-state';
import { findFormat } from '../../shared/templates';
import { viewFor } from '../../shared/audience-views';
import { CO_LEADER, DISPLAY, LEADER, LEADER_AWAY, member, newMeeting, refused, send, T0, withMembers } from './meeting';

describe('the room language', () => {
  test('is English unless the meeting was started in another', () => {
    expect(viewFor(newMeeting(), 'display').language).toBe('en');
    const german = createMeeting({
      sessionId: 's',
      joinCode: 'KQ7M2P',
      title: 'Dienstagsgruppe',
      format: findFormat('standard')!,
      language: 'de',
      now: T0,
    });
    expect(viewFor(german, 'display').language).toBe('de');
  });

  test('reaches every audience', () => {
    const french = send(withMembers(newMeeting(), ['Anna']), { type: 'language.set', language: 'fr' }, T0);
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      expect(viewFor(french, role).language).toBe('fr');
    }
  });

  test('is changed by whoever leads, and counts as a change', () => {
    const meeting = newMeeting();
    const spanish = send(meeting, { type: 'language.set', language: 'es' }, T0);
    expect(spanish.language).toBe('es');
    expect(spanish.version).toBe(meeting.version + 1);

    const takenOver = send(meeting, { type: 'leader.takeover' }, T0, CO_LEADER, LEADER_AWAY);
    expect(send(takenOver, { type: 'language.set', language: 'de' }, T0, CO_LEADER).language).toBe('de');
    expect(refused(apply(takenOver, LEADER, { type: 'language.set', language: 'de' }, T0)).code).toBe('forbidden');
  });

  test('is not the members’ or the display’s to change', () => {
    const meeting = withMembers(newMeeting(), ['Anna']);
    for (const actor of [member('p1'), DISPLAY, CO_LEADER]) {
      expect(refused(apply(meeting, actor, { type: 'language.set', language: 'de' }, T0)).code).toBe('forbidden');
    }
  });

  test('setting the language it already has changes nothing', () => {
    expect(refused(apply(newMeeting(), LEADER, { type: 'language.set', language: 'en' }, T0)).code).toBe('conflict');
  });

  test('a meeting saved before there were languages loads as English and can switch', () => {
    const { language: _language, ...saved } = newMeeting();
    const old = JSON.parse(JSON.stringify(saved)) as MeetingState;
    expect(viewFor(old, 'display').language).toBe('en');
    expect(refused(apply(old, LEADER, { type: 'language.set', language: 'en' }, T0)).code).toBe('conflict');
    expect(viewFor(send(old, { type: 'language.set', language: 'de' }, T0), 'display').language).toBe('de');
  });
});

describe('the language.set schema', () => {
  test.each(['de', 'fr', 'es', 'en'])('accepts %s', (language) => {
    expect(commandSchema.safeParse({ type: 'language.set', language }).success).toBe(true);
  });

  test.each([['xx'], ['DE'], ['de-AT'], [''], [42], [null], [undefined]])('refuses %j', (language) => {
    expect(commandSchema.safeParse({ type: 'language.set', language }).success).toBe(false);
  });
});
