// A guard on the property tests' generator (random-meetings.ts): between them, its meetings reach
// every state worth testing.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { admitMember } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import type { Outcome } from '../../shared/meeting-state';
import { T0, newMeeting } from './meeting';
import { MEMBER_IDS, NAMES, meeting } from './random-meetings';

test('the generator reaches the states worth testing', () => {
  // A guard against a fuzzer that only ever bounces off the first phase: sample meetings and
  // check that between them they reach notes, members, removed members still sending, pause
  // signals, a second round, a takeover and an end.
  const reached = {
    note: false,
    member: false,
    removedMemberSent: false,
    pauseSignal: false,
    secondRound: false,
    takeover: false,
    ended: false,
  };
  for (const steps of fc.sample(meeting, { numRuns: 300, seed: 7 })) {
    let state = newMeeting();
    let now = T0;
    let admitted = 0;
    for (const current of steps) {
      now += current.dt;
      let outcome: Outcome;
      if (current.kind === 'admit') {
        if (admitted >= MEMBER_IDS.length) continue;
        outcome = admitMember(state, { participantId: MEMBER_IDS[admitted]!, name: NAMES[admitted]! }, now);
        admitted += 1;
      } else {
        const parsed = commandSchema.safeParse(current.payload);
        if (!parsed.success) continue;
        const sender = current.actor.participantId;
        reached.removedMemberSent ||=
          sender !== undefined &&
          MEMBER_IDS.includes(sender) &&
          MEMBER_IDS.indexOf(sender) < admitted &&
          !state.participants.some((p) => p.participantId === sender);
        outcome = apply(state, current.actor, parsed.data, now, { leaderAway: current.leaderAway });
      }
      if (outcome.ok) state = outcome.state;
      reached.note ||= state.flags.some((flag) => flag.note);
      reached.member ||= state.participants.length > 0;
      reached.pauseSignal ||= state.pauseSignals > 0;
      reached.secondRound ||= state.rounds.length > 1;
      reached.takeover ||= state.acting === 'co-leader';
      reached.ended ||= state.endedAt !== null;
    }
  }
  expect(Object.entries(reached).filter(([, seen]) => !seen)).toEqual([]);
}, 60_000);
