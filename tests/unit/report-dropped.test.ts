// A flag raised in a phase that a later plan edit dropped must still point at a phase the record
// lists: the record keeps the dropped phase, marked as dropped, rather than a flag pointing nowhere.
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../shared/language';
import { LOCALES } from '../../shared/localize';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { REPORT_WORDS } from '../../shared/report-words';
import type { MeetingState } from '../../shared/meeting-state';
import { CO_LEADER, MIN, T0, newMeeting, send } from './meeting';

const ONLY_CLOSING = [{ id: 'closing', title: 'Closing', durationSec: 120, prompt: '' }];

/** Every flag of the report names a phase its round lists. */
function flagsPointAtListedPhases(state: MeetingState): void {
  const report = buildReport(state, T0 + 10 * MIN);
  for (const flag of report.flags) {
    expect(report.rounds[flag.round]!.phases.map((phase) => phase.id)).toContain(flag.phaseId);
  }
}

describe('a flag in a dropped phase', () => {
  test('raised before the clock ever ran: the record keeps the phase, marked dropped', () => {
    let s = send(newMeeting(), { type: 'flag.raise', kind: 'identifier' }, T0, CO_LEADER);
    s = send(s, { type: 'phases.update', phases: ONLY_CLOSING }, T0 + MIN);
    flagsPointAtListedPhases(s);
    const opening = buildReport(s, T0 + 2 * MIN).rounds[0]!.phases.find((phase) => phase.id === 'opening');
    expect(opening).toMatchObject({ title: 'Opening & frame', actualSec: 0, dropped: true });
  });

  test('raised in a phase left before it was dropped, and the phase ran no time', () => {
    let s = send(newMeeting(), { type: 'flag.raise', kind: 'identifier' }, T0, CO_LEADER);
    s = send(s, { type: 'phase.next' }, T0 + MIN); // the opening never ran: the clock stayed paused
    s = send(s, { type: 'phases.update', phases: [{ id: 'case-call', title: 'Who has a case?', durationSec: 120, prompt: '' }, ...ONLY_CLOSING] }, T0 + 2 * MIN);
    flagsPointAtListedPhases(s);
    s = send(s, { type: 'session.end' }, T0 + 3 * MIN);
    flagsPointAtListedPhases(s);
  });

  test('a phase that comes back into the plan is no longer marked dropped', () => {
    let s = send(newMeeting(), { type: 'flag.raise', kind: 'identifier' }, T0, CO_LEADER);
    s = send(s, { type: 'phases.update', phases: ONLY_CLOSING }, T0 + MIN);
    s = send(s, { type: 'phases.update', phases: [{ id: 'opening', title: 'Opening', durationSec: 60, prompt: '' }, ...ONLY_CLOSING] }, T0 + 2 * MIN);
    const opening = buildReport(s, T0 + 3 * MIN).rounds[0]!.phases.find((phase) => phase.id === 'opening');
    expect(opening).not.toHaveProperty('dropped');
  });

  test('a meeting saved before dropped phases kept their flags still lists the phase, by its id', () => {
    let s = send(newMeeting(), { type: 'flag.raise', kind: 'identifier' }, T0, CO_LEADER);
    s = send(s, { type: 'phases.update', phases: ONLY_CLOSING }, T0 + MIN);
    // As an older version saved it: the dropped phase's record gone.
    const older: MeetingState = { ...s, rounds: s.rounds.map((round) => ({ ...round, phases: round.phases.filter((phase) => !phase.dropped) })) };
    flagsPointAtListedPhases(older);
    const opening = buildReport(older, T0 + 2 * MIN).rounds[0]!.phases.find((phase) => phase.id === 'opening');
    expect(opening).toMatchObject({ actualSec: 0, dropped: true });
  });

  test.each(LANGUAGES)('the exported Markdown says the phase was taken out of the plan, in %s', (lang) => {
    let s = send(newMeeting(), { type: 'flag.raise', kind: 'identifier' }, T0, CO_LEADER);
    s = send(s, { type: 'phases.update', phases: ONLY_CLOSING }, T0 + MIN);
    const markdown = reportMarkdown(buildReport(s, T0 + 2 * MIN), { lang, timeZone: 'UTC' });
    const dropped = markdown.split('\n').filter((line) => line.includes(`(${REPORT_WORDS[lang].dropped})`));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toContain(`| ${LOCALES[lang].phases.opening!.title} (`);
  });
});
