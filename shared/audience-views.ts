// Which view each audience gets: the leaders' for the leader and co-leader, the room's for the rest.
import { leadersView } from './leaders-view';
import type { Role } from './roles';
import { roomView } from './room-view';
import type { MeetingState } from './meeting-state';
import { NOBODY_CONNECTED, type LeadersView, type Presence, type View } from './views';

/** The view for one audience. Only the leaders' view shows who is connected. */
export function viewFor(state: MeetingState, role: Role, presence: Presence = NOBODY_CONNECTED): View {
  return role === 'leader' || role === 'co-leader'
    ? leadersView(state, role, presence)
    : roomView(state, role);
}

/**
 * Every audience's view of one state, for a broadcast. The leaders' view (with every participant)
 * is built once and only its role differs for the co-leader: a hall of a thousand costs half.
 */
export function viewsFor(state: MeetingState, roles: readonly Role[], presence: Presence = NOBODY_CONNECTED): [Role, View][] {
  let leaders: LeadersView | null = null;
  return roles.map((role) => {
    if (role !== 'leader' && role !== 'co-leader') return [role, roomView(state, role)];
    leaders ??= leadersView(state, role, presence);
    return [role, leaders.role === role ? leaders : { ...leaders, role }];
  });
}
