// The view of the room: what the display and the members' phones see, and a member's own status.
import { checkoutPhase } from './checkout';
import { framingMoment } from './frames';
import { traitsOf } from './phase-plan';
import type { Role } from './roles';
import { currentPhase, findParticipant, roomLanguage, type Participant, type MeetingState } from './meeting-state';
import type { MemberSelf, RoomView } from './views';

export function roomView(state: MeetingState, role: Role): RoomView {
  const phase = currentPhase(state);
  // Most of the time nobody presents yet: no need to look through a hall of members for no one.
  const presenter = state.presenterId === null ? undefined : findParticipant(state, state.presenterId);
  return {
    version: state.version,
    sessionId: state.sessionId,
    joinCode: state.joinCode,
    title: state.title,
    format: state.formatId,
    role,
    ended: state.endedAt !== null,
    locked: state.locked,
    acting: state.acting,
    round: state.rounds.length - 1,
    phase: {
      id: phase.id,
      title: phase.title,
      prompt: phase.prompt,
      ...(phase.details ? { details: phase.details } : {}),
      index: state.phaseIndex,
      ...traitsOf(phase),
      presenterRole: phase.presenterRole ?? null,
      timer: {
        durationSec: state.timer.durationSec,
        elapsedMs: state.timer.elapsedMs,
        runningSince: state.timer.runningSince,
      },
    },
    phases: state.phases.map((plan) => ({
      id: plan.id,
      title: plan.title,
      durationSec: plan.durationSec,
      ...traitsOf(plan),
    })),
    presenter: presenter ? { participantId: presenter.participantId, name: presenter.name } : null,
    notice: state.notice ? { text: state.notice.text, at: state.notice.at } : null,
    hints: state.hints,
    language: roomLanguage(state),
    register: state.register,
    settings: { displayClock: state.settings.displayClock, phoneClock: state.settings.phoneClock },
    displayBlank: state.displayBlank,
    framingMoment: framingMoment(state.rounds, state.phaseIndex),
    // Never the display's: the check-out is between each phone and the record.
    ...(role === 'member' && state.endedAt === null && state.checkout && checkoutPhase(state.phases, state.phaseIndex) ? { checkoutOpen: true as const } : {}),
  };
}

/**
 * The presenter's own phone: the member view without the notice. Redirects are for the group; the
 * presenter, stepped back or not, is never addressed from the wall.
 */
export function presenterView(memberView: RoomView): RoomView {
  return memberView.notice === null ? memberView : { ...memberView, notice: null };
}

export function memberSelf(state: MeetingState, participantId: string): MemberSelf | null {
  const member = findParticipant(state, participantId);
  return member ? selfOf(state, member) : null;
}

/** A member's own view from the participant itself: no search, for the broadcast to a whole hall. */
export function selfOf(state: MeetingState, member: Participant): MemberSelf {
  return {
    version: state.version,
    participantId: member.participantId,
    name: member.name,
    volunteer: member.volunteer,
    presenter: state.presenterId === member.participantId,
  };
}
