// Fuzzing the room: random meetings of valid and malformed commands from every role, including
// members who joined and members who were removed, with the clock only moving forward. Whatever
// arrives, the reducer never throws, never mutates, counts versions exactly, and the views that
// members and the display receive never carry the leaders' secrets.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { viewFor } from '../../shared/audience-views';
import { admitMember } from '../../shared/changes/people';
import { memberSelf } from '../../shared/room-view';
import { apply } from '../../shared/meeting';
import type { Outcome, MeetingState } from '../../shared/meeting-state';
import type { LeadersView } from '../../shared/views';
import { LEADER, MIN, T0, allKeys, allStrings, deepFreeze, looksLikeToken, newMeeting } from './meeting';
import { MEMBER_IDS, NAMES, NOTE_MARK, SECRET_KEYS, STRANGER_IDS, meeting, step, type Step } from './random-meetings';

// ---- the invariants ------------------------------------------------------------------------
// Each check lists what it found wrong, so one assertion per step reports every broken rule at once
// (and keeps two hundred long meetings fast).

/** What members and the display receive must hold no secret, at any depth. */
function secretsIn(label: string, seen: unknown, notes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const keys = allKeys(seen);
  for (const key of SECRET_KEYS) if (keys.has(key)) problems.push(`${label} has the key ${key}`);
  const strings = allStrings(seen);
  for (const token of strings.filter(looksLikeToken)) problems.push(`${label} carries a token-like ${token}`);
  const text = strings.join('\n');
  if (text.includes(NOTE_MARK)) problems.push(`${label} carries a note`);
  for (const note of notes) if (text.includes(note)) problems.push(`${label} carries the note ${note}`);
  return problems;
}

function viewProblems(state: MeetingState, notes: ReadonlySet<string>): string[] {
  const problems = [
    ...secretsIn('member view', viewFor(state, 'member'), notes),
    ...secretsIn('display view', viewFor(state, 'display'), notes),
    ...[...MEMBER_IDS, ...STRANGER_IDS].flatMap((id) => secretsIn(`memberSelf ${id}`, memberSelf(state, id), notes)),
  ];
  for (const role of ['leader', 'co-leader'] as const) {
    const leaders = viewFor(state, role) as LeadersView;
    if (leaders.flags?.length !== state.flags.length) problems.push(`${role} view lacks flags`);
    if (leaders.participants?.length !== state.participants.length) problems.push(`${role} view lacks participants`);
    // The leaders do get the marked notes, which shows the detector above would catch one.
    const noted = state.flags.filter((flag) => flag.note?.startsWith(NOTE_MARK)).length;
    if (allStrings(leaders.flags).filter(looksLikeToken).length !== noted) problems.push(`${role} view lacks notes`);
  }
  return problems;
}

/** The process record: no names, no notes, and never more time than the meeting has lasted. */
function reportProblems(state: MeetingState, now: number, notes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const report = buildReport(state, now);
  const text = JSON.stringify(report) + reportMarkdown(report);
  for (const name of NAMES) if (text.includes(name)) problems.push(`report names ${name}`);
  if (text.includes(NOTE_MARK)) problems.push('report carries a note');
  for (const note of notes) if (text.includes(note)) problems.push(`report carries the note ${note}`);

  const phases = report.rounds.flatMap((round) => round.phases);
  const counted = phases.reduce((sum, phase) => sum + phase.actualSec, 0);
  // Only one clock runs at a time; rounding to seconds may add half a second per phase.
  if (counted > (now - state.startedAt) / 1000 + phases.length) problems.push(`report counts ${counted}s`);
  if (phases.some((phase) => phase.actualSec < 0)) problems.push('report has negative time');
  // Each pause signal is counted once in the total and once in the phase it arrived in.
  const perPhase = phases.reduce((sum, phase) => sum + phase.pauseSignals, 0);
  if (perPhase !== report.pauseSignals) problems.push(`${perPhase} pause signals by phase, ${report.pauseSignals} in all`);
  return problems;
}

function stateProblems(state: MeetingState, now: number): string[] {
  const problems: string[] = [];
  if (state.presenterId !== null && !state.participants.some((p) => p.participantId === state.presenterId)) {
    problems.push('the presenter is not in the room');
  }
  // Leadership changes alternate, starting with a takeover, and the last one says who leads.
  if (state.leadership.some((change, index) => change.event !== (index % 2 === 0 ? 'takeover' : 'handback'))) {
    problems.push('leadership changes do not alternate');
  }
  if (state.acting !== (state.leadership.at(-1)?.event === 'takeover' ? 'co-leader' : 'leader')) {
    problems.push('acting disagrees with the leadership record');
  }
  if (state.endedAt !== null) {
    // Names and notes exist for the meeting only.
    if (state.participants.length > 0) problems.push('names outlive the meeting');
    if (state.flags.some((flag) => 'note' in flag)) problems.push('notes outlive the meeting');
    const everything = JSON.stringify(state);
    if (NAMES.some((name) => everything.includes(name)) || everything.includes(NOTE_MARK)) {
      problems.push('the ended state still holds a name or a note');
    }
  }
  if (state.phaseIndex < 0 || state.phaseIndex >= state.phases.length) problems.push('phase index out of range');
  if (state.timer.elapsedMs < 0) problems.push('negative elapsed time');
  if (state.timer.runningSince !== null && state.timer.runningSince > now) problems.push('the clock starts in the future');
  if (new Set(state.phases.map((phase) => phase.id)).size !== state.phases.length) problems.push('duplicate phase ids');
  return problems;
}

/** Runs one random meeting, checking every invariant after every step. */
function playMeeting(steps: readonly Step[]): void {
  let state = deepFreeze(newMeeting());
  let now = T0;
  let admitted = 0;
  const notes = new Set<string>();

  steps.forEach((current, index) => {
    now += current.dt;
    const before = state;
    const snapshot = structuredClone(state);
    let outcome: Outcome;

    if (current.kind === 'admit') {
      if (admitted >= MEMBER_IDS.length) return;
      const participant = { participantId: MEMBER_IDS[admitted]!, name: NAMES[admitted]! };
      admitted += 1;
      outcome = admitMember(state, participant, now);
    } else {
      // As at the server's edge: a payload that does not parse is refused before the reducer, and
      // the meeting stays exactly as it was.
      const parsed = commandSchema.safeParse(current.payload);
      if (!parsed.success) return;
      // Only the generator's marked notes are distinctive enough to search for as text; a junk note
      // such as "x" would turn up inside any prompt. Junk notes are still kept out by key.
      if (parsed.data.type === 'flag.raise' && parsed.data.note?.startsWith(NOTE_MARK)) notes.add(parsed.data.note);
      try {
        outcome = apply(state, current.actor, parsed.data, now, { leaderAway: current.leaderAway });
      } catch (error) {
        throw new Error(`step ${index}: apply threw on ${JSON.stringify(parsed.data)}: ${String(error)}`);
      }
      if (before.endedAt !== null && (outcome.ok || outcome.error.code !== 'conflict')) {
        throw new Error(`step ${index}: a command after the end was not a conflict`);
      }
    }

    const problems: string[] = [];
    // The input was frozen, so a write would have thrown; it must also still equal its snapshot.
    if (!isDeepStrictEqual(before, snapshot)) problems.push('the input state changed');
    if (outcome.ok) {
      if (outcome.state.version !== before.version + 1) problems.push('the version did not grow by one');
      state = deepFreeze(outcome.state);
    } else if ('state' in outcome) {
      problems.push('a refusal handed back a state');
    }
    problems.push(...stateProblems(state, now), ...viewProblems(state, notes), ...reportProblems(state, now, notes));
    expect(problems, `after step ${index}`).toEqual([]);
  });

  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

test('random meetings keep every invariant', () => {
  fc.assert(fc.property(meeting, playMeeting), { numRuns: 200 });
}, 60_000);

test('random meetings that end keep names and notes out of everything that remains', () => {
  const ending = fc
    .tuple(meeting, fc.array(step, { maxLength: 10 }))
    .map(([first, after]) => [
      ...first,
      { kind: 'command' as const, dt: MIN, actor: LEADER, payload: { type: 'session.end' }, leaderAway: false },
      ...after,
    ]);
  fc.assert(
    fc.property(ending, (steps) => {
      playMeeting(steps);
    }),
    { numRuns: 100 },
  );
}, 60_000);
