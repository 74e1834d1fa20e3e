// What a member's phone holds back. The room comes first: from the presentation on, a phone lies
// dark and still (no clock, no notice, no wake lock) unless the room turned the phone clock on; the
// presenter is never on a clock and never addressed by a notice. Everything here reads the phase's
// traits and the room's settings, never a phase id, so an edited or a group's own format behaves.
import type { MemberSelf, RoomView } from '../shared/views';

/**
 * listening: the presenter, stepped back; dark: phones down; following: the phone follows the
 * meeting as it did before phones went down (opening, case call), or closely where the room asked.
 */
export type PhoneMode = 'listening' | 'dark' | 'following';

export function phoneMode(view: RoomView, me: MemberSelf | null): PhoneMode {
  if (me?.presenter && view.phase.presenterRole === 'listens') return 'listening';
  if (view.phase.phonesDown && !view.settings.phoneClock) return 'dark';
  return 'following';
}

/** A countdown only where the room asked for one, never in a phase untimed for the room, never the presenter's. */
export function phoneShowsClock(view: RoomView, me: MemberSelf | null): boolean {
  return (
    phoneMode(view, me) === 'following' && view.settings.phoneClock && !view.phase.untimedForRoom && !me?.presenter
  );
}

/**
 * The wall holds the leader's notices; a phone repeats one only while it follows the meeting, and
 * never the presenter's (the server already sends them none: this holds even if it ever did).
 */
export function phoneShowsNotice(view: RoomView, me: MemberSelf | null): boolean {
  return phoneMode(view, me) === 'following' && !me?.presenter;
}
