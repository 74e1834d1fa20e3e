// Whose links stop working is read from the change itself: the store's tokens and the sockets the
// server closes follow the same rule, whatever command or route sent someone away.
import { describe, expect, test } from 'vitest';
import { knock, revokedParticipants, withdrawKnock } from '../../shared/changes/people';
import { accepted, newMeeting, send, T0, withMembers } from './meeting';

const hall = () => withMembers(newMeeting(), ['Ana', 'Ben']);

describe('revokedParticipants', () => {
  test('a member the leader removes loses their link', () => {
    const before = hall();
    const removed = before.participants[0]!.participantId;
    const after = send(before, { type: 'participant.remove', participantId: removed }, T0);
    expect(revokedParticipants(before, after)).toEqual([removed]);
  });

  test('a latecomer who stops knocking loses their link; one let in keeps it', () => {
    const locked = send(hall(), { type: 'room.lock' }, T0);
    const waiting = accepted(knock(locked, { knockId: 'k-1', name: 'Cleo' }, T0));
    expect(revokedParticipants(waiting, accepted(withdrawKnock(waiting, 'k-1')))).toEqual(['k-1']);
    expect(revokedParticipants(waiting, send(waiting, { type: 'knock.admit', knockId: 'k-1' }, T0))).toEqual([]);
  });

  test('changes that send nobody away revoke nobody', () => {
    const before = hall();
    expect(revokedParticipants(before, send(before, { type: 'phase.next' }, T0))).toEqual([]);
    expect(revokedParticipants(before, send(before, { type: 'timer.resume' }, T0))).toEqual([]);
  });

  test('the end revokes nobody: every member keeps the link that opens their certificate', () => {
    const before = hall();
    const ended = send(before, { type: 'session.end' }, T0);
    expect(ended.participants).toEqual([]);
    expect(revokedParticipants(before, ended)).toEqual([]);
  });
});
