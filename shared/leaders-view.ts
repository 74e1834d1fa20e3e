// The leaders' view: the room's view and what only the leaders see (flags, notes, who is here and
// connected, the plan, cues and knocks). The co-leader's is the same view under their role.
import { frameOfRound } from './frames';
import { nameKey, numberedName } from './names';
import { traitsOf } from './phase-plan';
import type { Role } from './roles';
import { roomView } from './room-view';
import { currentRound, findParticipant, type MeetingState } from './meeting-state';
import { UNDO_WINDOW_MS } from './undo';
import type { LeadersView, Presence } from './views';

/** A knocking "Dana" reads "Dana (2)" on the leaders' screens when a Dana is in, as she would be let in. */
function knockNames(state: MeetingState): string[] {
  if (state.knocks.length === 0) return [];
  const highest = new Map<string, number>();
  for (const member of state.participants) {
    const key = nameKey(member.name);
    highest.set(key, Math.max(highest.get(key) ?? 0, member.nameNumber ?? 1));
  }
  return state.knocks.map((waiting) => {
    const key = nameKey(waiting.name);
    const number = (highest.get(key) ?? 0) + 1;
    highest.set(key, number);
    return numberedName(waiting.name, number);
  });
}

export function leadersView(state: MeetingState, role: Role, presence: Presence): LeadersView {
  const { connected } = presence;
  const room = roomView(state, role);
  const presenter = room.presenter && findParticipant(state, room.presenter.participantId);
  const knocks = knockNames(state);
  return {
    ...room,
    // The second "Dana" is "Dana (2)" to the leaders, here and in the participants.
    presenter: presenter ? { participantId: presenter.participantId, name: numberedName(presenter.name, presenter.nameNumber) } : null,
    groupId: state.groupId,
    roundStartedAt: currentRound(state).startedAt,
    caseNumber: Math.max(1, state.rounds.filter((round) => round.kind === 'case').length),
    debriefNotes: state.debriefNotes,
    leaderConnected: presence.leaderConnected,
    coLeaderConnected: presence.coLeaderConnected,
    takeoverAvailableAt: presence.takeoverAvailableAt,
    flags: state.flags.map((flag) => ({
      id: flag.id,
      kind: flag.kind,
      status: flag.status,
      raisedAt: flag.raisedAt,
      ...(flag.note ? { note: flag.note } : {}),
      ...(frameOfRound(state.rounds[flag.round]?.kind ?? 'case') === 'development' ? { frame: 'development' as const } : {}),
    })),
    pauseSignals: state.pauseSignals,
    pauseSignalsSeen: state.pauseSignalsSeen,
    participants: state.participants.map((member) => ({
      participantId: member.participantId,
      name: numberedName(member.name, member.nameNumber),
      connected: connected.has(member.participantId),
      volunteer: member.volunteer,
      late: member.late === true,
    })),
    cues: state.cues.map(({ id, cue, from, at }) => ({ id, cue, from, at })),
    knocks: state.knocks.map(({ knockId, at }, index) => ({ knockId, name: knocks[index]!, at })),
    meetingStartedAt: state.rounds[0]!.startedAt,
    meetingPlanSec: state.meetingPlanSec,
    // Whether the moment has passed is the client's to judge by the clock: a view changes only with the state.
    ...(state.checkout ? { checkout: { answered: state.checkout.answered } } : {}),
    undo: state.undo ? { phaseIndex: state.undo.fromIndex, until: state.undo.at + UNDO_WINDOW_MS } : null,
    plan: state.phases.map((plan) => ({
      id: plan.id,
      title: plan.title,
      durationSec: plan.durationSec,
      prompt: plan.prompt,
      ...traitsOf(plan),
      presenterRole: plan.presenterRole ?? null,
    })),
  };
}
