// What a member's phone and the wall show of the meeting's time and notices, from the phase's traits
// and the room's settings alone (client/phonesDown.ts, client/surfaces/display/quietTime.ts).
import { describe, expect, test } from 'vitest';
import { phoneMode, phoneShowsClock, phoneShowsNotice } from '../../client/phonesDown';
import { quietTime } from '../../client/surfaces/display/quietTime';
import { DEFAULT_SETTINGS, type RoomSettings } from '../../shared/settings';
import { findFormat } from '../../shared/templates';
import { type PhaseTraits, traitsOf } from '../../shared/phase-plan';
import type { MemberSelf, RoomView } from '../../shared/views';

/** A member's view in a phase with these traits; only what the rules read is filled in. */
function viewIn(traits: PhaseTraits, settings: RoomSettings = DEFAULT_SETTINGS): RoomView {
  return {
    phase: { ...traits, presenterRole: traits.presenterRole ?? null },
    settings,
  } as unknown as RoomView;
}

const member: MemberSelf = { version: 1, participantId: 'p1', name: 'Ben', volunteer: false, presenter: false };
const presenter: MemberSelf = { ...member, participantId: 'p2', name: 'Anna', presenter: true };
const phoneClock: RoomSettings = { ...DEFAULT_SETTINGS, phoneClock: true };
const standard = findFormat('standard')!.phases;
const phase = (id: string) => traitsOf(standard.find((planned) => planned.id === id)!);

describe('a member phone, phase by phase of the standard format, with the defaults', () => {
  test('follows the opening and the case call, with no countdown', () => {
    for (const id of ['opening', 'case-call']) {
      expect(phoneMode(viewIn(phase(id)), member), id).toBe('following');
      expect(phoneShowsClock(viewIn(phase(id)), member), id).toBe(false);
      expect(phoneShowsNotice(viewIn(phase(id)), member), id).toBe(true);
    }
  });

  test('goes dark from the presentation on: no clock, no notice', () => {
    for (const id of ['presentation', 'clarifying-questions', 'discussion', 'presenter-return', 'closing']) {
      expect(phoneMode(viewIn(phase(id)), member), id).toBe('dark');
      expect(phoneShowsClock(viewIn(phase(id)), member), id).toBe(false);
      expect(phoneShowsNotice(viewIn(phase(id)), member), id).toBe(false);
    }
  });

  test('the presenter listens while stepped back, and is dark on return', () => {
    expect(phoneMode(viewIn(phase('discussion')), presenter)).toBe('listening');
    expect(phoneMode(viewIn(phase('presenter-return')), presenter)).toBe('dark');
  });
});

describe('a room that turned the phone clock on', () => {
  test('phones follow with a countdown from the presentation on', () => {
    expect(phoneMode(viewIn(phase('discussion'), phoneClock), member)).toBe('following');
    expect(phoneShowsClock(viewIn(phase('discussion'), phoneClock), member)).toBe(true);
    expect(phoneShowsNotice(viewIn(phase('discussion'), phoneClock), member)).toBe(true);
  });

  test('a phase untimed for the room still shows no time', () => {
    expect(phoneShowsClock(viewIn(phase('case-call'), phoneClock), member)).toBe(false);
  });

  test('the presenter is never on a clock and never shown a notice', () => {
    for (const id of ['presentation', 'discussion', 'presenter-return']) {
      expect(phoneShowsClock(viewIn(phase(id), phoneClock), presenter), id).toBe(false);
      expect(phoneShowsNotice(viewIn(phase(id), phoneClock), presenter), id).toBe(false);
    }
    expect(phoneMode(viewIn(phase('discussion'), phoneClock), presenter)).toBe('listening');
  });
});

test('an edited phase behaves by its traits, whatever its id', () => {
  const renamed = { phonesDown: true, presenterRole: 'listens' } as const;
  expect(phoneMode(viewIn(renamed), member)).toBe('dark');
  expect(phoneMode(viewIn(renamed), presenter)).toBe('listening');
  expect(phoneMode(viewIn({}), member)).toBe('following');
});

describe('the quiet clock on the wall', () => {
  const min = (minutes: number) => minutes * 60_000;

  test('says roughly how many minutes are left, never seconds', () => {
    expect(quietTime(min(20))).toEqual({ minutes: 20 });
    expect(quietTime(min(11) + 40_000)).toEqual({ minutes: 12 });
    expect(quietTime(min(12) + 20_000)).toEqual({ minutes: 12 });
  });

  test('says only "a minute or two" in the last two minutes, and after', () => {
    expect(quietTime(min(2))).toBe('a-minute-or-two');
    expect(quietTime(30_000)).toBe('a-minute-or-two');
    expect(quietTime(0)).toBe('a-minute-or-two');
    expect(quietTime(-min(5))).toBe('a-minute-or-two');
  });

  test('never says fewer than three minutes before the last stretch', () => {
    expect(quietTime(min(2) + 1_000)).toEqual({ minutes: 3 });
  });
});
