// Who is in the room: members joining and leaving, latecomers knocking, the presenter, who leads.
import { nameKey } from '../names';
import { arrivingLate, findParticipant, meetingIsFull, type Knock, type Outcome, type Participant, type MeetingState } from '../meeting-state';
import { fail, ok, type Handlers } from './handler';

/** Enough for every latecomer of a real group; a flood of knocks is refused. */
export const KNOCKS_MAX = 20;

/**
 * "I have a case" can be taken back after a moment, not toggled in a loop: each change reaches the
 * leaders' screens, and a hall of phones toggling would flood them.
 */
export const VOLUNTEER_COOLDOWN_MS = 5_000;

const FULL_MESSAGE = 'This meeting is full.';

function participantFrom(state: MeetingState, member: { participantId: string; name: string }, now: number): Participant {
  // A second person of the same name gets the next number, kept for the whole meeting, so that the
  // leaders' "Dana (2)" stays the same person when the first Dana leaves.
  const key = nameKey(member.name);
  const numbers = state.participants.filter((other) => nameKey(other.name) === key).map((other) => other.nameNumber ?? 1);
  const nameNumber = numbers.length === 0 ? undefined : Math.max(...numbers) + 1;
  return {
    ...member,
    volunteer: false,
    joinedAt: now,
    ...(arrivingLate(state) ? { late: true } : {}),
    ...(nameNumber ? { nameNumber } : {}),
  };
}

/** The knock and its name go; the latecomer is a member from now on, like anyone who joined late. */
function letIn(state: MeetingState, waiting: Knock, now: number): MeetingState {
  return {
    ...state,
    knocks: state.knocks.filter((candidate) => candidate.knockId !== waiting.knockId),
    participants: [...state.participants, participantFrom(state, { participantId: waiting.knockId, name: waiting.name }, now)],
    membersJoined: (state.membersJoined ?? 0) + 1,
  };
}

export function admitMember(
  state: MeetingState,
  member: { participantId: string; name: string },
  now: number,
  maxParticipants?: number,
): Outcome {
  if (state.endedAt !== null) return fail('locked', 'This meeting has ended.');
  if (state.locked) return fail('locked', 'The room is locked.');
  if (meetingIsFull(state, maxParticipants)) return fail('forbidden', FULL_MESSAGE);
  return ok({
    ...state,
    version: state.version + 1,
    participants: [...state.participants, participantFrom(state, member, now)],
    membersJoined: (state.membersJoined ?? 0) + 1,
  });
}

/** A latecomer knocks at a locked room; the leaders see the name and may let them in. */
export function knock(
  state: MeetingState,
  knocker: { knockId: string; name: string },
  now: number,
  maxParticipants?: number,
): Outcome {
  if (state.endedAt !== null) return fail('not_found', 'This meeting has ended.');
  if (!state.locked) return fail('conflict', 'The room is open: join instead.');
  if (meetingIsFull(state, maxParticipants)) return fail('forbidden', FULL_MESSAGE);
  if (state.knocks.length >= KNOCKS_MAX) return fail('rate_limited', 'Too many people are waiting already.');
  return ok({ ...state, version: state.version + 1, knocks: [...state.knocks, { ...knocker, at: now }] });
}

/** The latecomer stops waiting (they gave up, or closed the page). */
export function withdrawKnock(state: MeetingState, knockId: string): Outcome {
  if (!state.knocks.some((waiting) => waiting.knockId === knockId)) return fail('not_found', 'No such knock.');
  return ok({ ...state, version: state.version + 1, knocks: state.knocks.filter((waiting) => waiting.knockId !== knockId) });
}

/** Who is present and who leads: the presenter, offers of a case, removal, knocks, the lock, takeover. */
export const peopleHandlers = {
  'presenter.set': (state, { participantId }) => {
    if (participantId === state.presenterId) return fail('conflict', 'Nothing to change.');
    if (participantId !== null && !findParticipant(state, participantId)) {
      return fail('not_found', 'No such participant.');
    }
    return ok({ ...state, presenterId: participantId });
  },

  'case.volunteer': (state, { volunteer }, now, actor) => {
    const member = findParticipant(state, actor.participantId);
    if (!member) return fail('not_found', 'You are no longer in this meeting.');
    if (member.volunteer === volunteer) return fail('conflict', 'Nothing to change.');
    if (member.volunteerAt !== undefined && now - member.volunteerAt < VOLUNTEER_COOLDOWN_MS) {
      return fail('rate_limited', 'Your answer has just reached the leaders; wait a moment.');
    }
    return ok(updateParticipant(state, member.participantId, { volunteer, volunteerAt: now }));
  },

  'participant.remove': (state, { participantId }) => {
    if (!findParticipant(state, participantId)) return fail('not_found', 'No such participant.');
    const { [participantId]: _removed, ...lastPauseSignalAt } = state.lastPauseSignalAt;
    return ok({
      ...state,
      participants: state.participants.filter((member) => member.participantId !== participantId),
      presenterId: state.presenterId === participantId ? null : state.presenterId,
      lastPauseSignalAt,
    });
  },

  'knock.admit': (state, { knockId }, now, _actor, room) => {
    const waiting = state.knocks.find((candidate) => candidate.knockId === knockId);
    if (!waiting) {
      return findParticipant(state, knockId)
        ? fail('conflict', 'Already let in.')
        : fail('not_found', 'Nobody is knocking with that id.');
    }
    if (meetingIsFull(state, room.maxParticipants)) return fail('forbidden', FULL_MESSAGE);
    return ok(letIn(state, waiting, now));
  },

  'room.lock': (state) =>
    state.locked ? fail('conflict', 'The room is already locked.') : ok({ ...state, locked: true }),

  // An open room lets in whoever was knocking (while there is room): they came to join, and now anyone may.
  'room.unlock': (state, _command, now, _actor, room) => {
    if (!state.locked) return fail('conflict', 'The room is not locked.');
    let opened: MeetingState = { ...state, locked: false };
    for (const waiting of state.knocks) {
      if (meetingIsFull(opened, room.maxParticipants)) break;
      opened = letIn(opened, waiting, now);
    }
    return ok(opened);
  },

  'leader.takeover': (state, _command, now, _actor, room) => {
    if (state.acting === 'co-leader') return fail('conflict', 'You are already leading.');
    if (!room.leaderAway) return fail('conflict', 'The leader is still connected.');
    return ok({
      ...state,
      acting: 'co-leader',
      leadership: [...state.leadership, { event: 'takeover', at: now }],
    });
  },

  'leader.return': (state, _command, now) =>
    state.acting === 'leader'
      ? fail('conflict', 'You are already leading.')
      : ok({
          ...state,
          acting: 'leader',
          leadership: [...state.leadership, { event: 'handback', at: now }],
        }),
} satisfies Partial<Handlers>;

/**
 * Whose links stop working with a change: members sent away, and latecomers who stopped knocking
 * without being let in. Never at the end: each member's link still opens their certificate. Read
 * from the states alone, so that the store's tokens and the sockets closed follow one rule.
 */
export function revokedParticipants(before: MeetingState, after: MeetingState): string[] {
  // Most changes keep both lists as they were: a hall of a thousand costs nothing here.
  if (after.endedAt !== null || (before.participants === after.participants && before.knocks === after.knocks)) return [];
  const staying = new Set([
    ...after.participants.map((member) => member.participantId),
    ...after.knocks.map((waiting) => waiting.knockId),
  ]);
  return [...before.participants.map((member) => member.participantId), ...before.knocks.map((waiting) => waiting.knockId)].filter(
    (id) => !staying.has(id),
  );
}

function updateParticipant(
  state: MeetingState,
  participantId: string,
  change: Partial<Participant>,
): MeetingState {
  return {
    ...state,
    participants: state.participants.map((member) =>
      member.participantId === participantId ? { ...member, ...change } : member,
    ),
  };
}
