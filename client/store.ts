// The one store: the server's latest view of this meeting, a member's own identity, the connection
// and the clock offset. Components read slices with selectors; nothing else holds the meeting's state.
import { create } from 'zustand';
import { mayPerform } from '../shared/permissions';
import type { ClosedReason } from '../shared/protocol';
import type { Role } from '../shared/roles';
import { isLeadersView, type LeadersView, type MemberSelf, type View } from '../shared/views';

export type ConnectionStatus =
  | 'connecting' // first contact, nothing shown yet
  | 'connected'
  | 'reconnecting' // we had the room and lost the line; the last view stays on screen
  | 'unauthorized' // the token was refused: this link no longer works
  | 'closed' // the server closed us on purpose (removed, meeting deleted): never reconnect
  | 'no-token'; // opened without a token and none remembered

export interface Identity {
  sessionId: string;
  role: Role;
}

/** Mirrors what the server sent (the view of this meeting, for this role); the server's own keeping is its MeetingStore. */
export interface ViewStore {
  identity: Identity | null;
  view: View | null;
  me: MemberSelf | null;
  connection: ConnectionStatus;
  closedReason: ClosedReason | null;
  /** serverNow − Date.now(), so every device counts down to the same second. */
  clockOffset: number;
  /** The last command the server turned down, said for people; cleared by the next success. */
  problem: { message: string; at: number } | null;
  /**
   * The server runs a newer version than this page: where the meeting stood when it said so, so the
   * page offers to reload only once the room has moved on (never mid-phase).
   */
  reloadAsked: { round: number; phaseIndex: number } | null;
}

const initial: ViewStore = {
  identity: null,
  view: null,
  me: null,
  connection: 'connecting',
  closedReason: null,
  clockOffset: 0,
  problem: null,
  reloadAsked: null,
};

export const useViewStore = create<ViewStore>()(() => initial);

const set = useViewStore.setState;

export function enterMeeting(identity: Identity): void {
  set({ ...initial, identity });
}

/** Views can arrive out of order across a reconnect; an older one must never replace a newer. */
export function receiveView(view: View): void {
  set((state) => (state.view && view.version < state.view.version ? state : { view }));
}

export function receiveMe(me: MemberSelf): void {
  set((state) => (state.me && me.version < state.me.version ? state : { me }));
}

export function setConnection(connection: ConnectionStatus): void {
  set((state) => {
    // A deliberate close or a refused token is final for this page.
    if (state.connection === 'closed' || state.connection === 'unauthorized') return state;
    return { connection };
  });
}

export function closeMeeting(reason: ClosedReason): void {
  set({ connection: 'closed', closedReason: reason });
}

export function askReload(): void {
  set((state) => ({ reloadAsked: { round: state.view?.round ?? -1, phaseIndex: state.view?.phase.index ?? -1 } }));
}

export function refuseToken(): void {
  set({ connection: 'unauthorized' });
}

export function setClockOffset(clockOffset: number): void {
  set({ clockOffset });
}

export function reportProblem(message: string | null): void {
  set({ problem: message === null ? null : { message, at: Date.now() } });
}

/** The server's time now, as best this device knows it. */
export function serverNow(): number {
  return Date.now() + useViewStore.getState().clockOffset;
}

// Selectors shared by several surfaces.
export const selectView = (state: ViewStore): View | null => state.view;
export const selectLeadersView = (state: ViewStore): LeadersView | null =>
  state.view && isLeadersView(state.view) ? state.view : null;

/**
 * Whether this viewer drives the room right now (the leader, or the co-leader after a takeover):
 * asked of the server's own table, with the command that stands for every "lead" one.
 */
export const selectCanLead = (state: ViewStore): boolean =>
  state.view !== null && mayPerform(state.view.role, 'phase.next', state.view.acting);
