// The exported record speaks like the debrief screen: its language, its labels, clock times in the
// leader's own zone (named), and no ids. A request with a language or zone the server does not know
// still gets the record, in English and UTC. The screens say the record's words: the console lays
// them in, and the cues and frames' names are read from the record's own module (the `record` words).
import { describe, expect, test } from 'vitest';
import { chunkBackend } from '../../client/i18n/load';
import { words as deConsole } from '../../client/i18n/de/console';
import { words as deRoom } from '../../client/i18n/de/room';
import { words as enConsole } from '../../client/i18n/en/console';
import { words as enRoom } from '../../client/i18n/en/room';
import { words as esConsole } from '../../client/i18n/es/console';
import { words as esRoom } from '../../client/i18n/es/room';
import { words as frConsole } from '../../client/i18n/fr/console';
import { words as frRoom } from '../../client/i18n/fr/room';
import { CUE_KINDS } from '../../shared/cues';
import { LANGUAGES } from '../../shared/language';
import { LOCALES, localizeFlag } from '../../shared/localize';
import { buildReport } from '../../shared/report';
import { exportOptions, reportMarkdown } from '../../shared/report-markdown';
import { REPORT_WORDS } from '../../shared/report-words';
import type { MeetingState } from '../../shared/meeting-state';
import { CO_LEADER, LEADER, MIN, T0, member, newMeeting, send, withMembers } from './meeting';

/** A meeting that ended in its discussion, with a flag projected as offered and a cue. */
function endedInDiscussion(): MeetingState {
  let s = withMembers(newMeeting(), ['Anna', 'Ben']);
  s = send(s, { type: 'timer.resume' }, T0);
  s = send(s, { type: 'phase.next' }, T0 + 3 * MIN);
  s = send(s, { type: 'phase.goto', phaseId: 'discussion' }, T0 + 5 * MIN);
  s = send(s, { type: 'flag.raise', kind: 'advice-giving' }, T0 + 18 * MIN, CO_LEADER);
  s = send(s, { type: 'flag.update', flagId: 'flag-1', status: 'resolved', handled: 'said' }, T0 + 19 * MIN, LEADER);
  s = send(s, { type: 'pause.signal' }, T0 + 20 * MIN, member('p1'));
  s = send(s, { type: 'cue.send', cue: 'let-silence-run' }, T0 + 21 * MIN, CO_LEADER);
  return send(s, { type: 'session.end' }, T0 + 30 * MIN);
}

describe('the Markdown export', () => {
  const report = buildReport(endedInDiscussion(), T0 + 40 * MIN);

  test('in German and Berlin time: German words and titles, local times with their zone, no ids', () => {
    const markdown = reportMarkdown(report, exportOptions({ lang: 'de', tz: 'Europe/Berlin' }));
    expect(markdown).toContain('# Nachbesprechung: Thursday group');
    expect(markdown).toContain(`- Ablauf: ${LOCALES.de.formats.standard!.title}`);
    // 18:00 UTC in January is 19:00 in Berlin, and the file says which zone it means.
    expect(markdown).toMatch(/- Begonnen: .*19:00 MEZ/);
    expect(markdown).toContain('- Uhrzeiten in Europe/Berlin.');
    expect(markdown).toContain(`| ${LOCALES.de.phases.discussion!.title} | 19:05 |`);
    expect(markdown).toContain(`| ${LOCALES.de.phases['clarifying-questions']!.title} | übersprungen |`);
    expect(markdown).toContain(`| ${LOCALES.de.phases.closing!.title} | nicht erreicht |`);
    expect(markdown).toContain(`„${LOCALES.de.phases.discussion!.title}“`);
    expect(markdown).toContain(`| 19:18 | 1 | ${LOCALES.de.phases.discussion!.title} | ${localizeFlag('advice-giving', 'de').label} | ausgesprochen |`);
    expect(markdown).toContain('- Die Stille aushalten: 1');
    expect(markdown).toContain('Die Leitung hat durchgehend geleitet.');
    for (const id of ['advice-giving', 'discussion', 'standard', 'let-silence-run', 'resolved', 'UTC']) {
      expect(markdown).not.toContain(id);
    }
    expect(markdown).not.toMatch(/Pause signals|Flags|Case \d|Leadership/);
  });

  test.each(LANGUAGES)('in %s every label is the language’s own', (lang) => {
    const markdown = reportMarkdown(report, { lang, timeZone: 'America/Mexico_City' });
    const words = REPORT_WORDS[lang];
    for (const label of [words.flagsHeading, words.leadershipHeading, words.cuesHeading, words.handled.said, words.skipped, words.notReached]) {
      expect(markdown).toContain(label);
    }
    expect(markdown).toContain(localizeFlag('advice-giving', lang).label);
    expect(markdown).toContain(LOCALES[lang].phases.discussion!.title);
    expect(markdown).toContain('America/Mexico_City');
  });

  test('names no one and holds no notes', () => {
    const markdown = reportMarkdown(report, exportOptions({ lang: 'fr', tz: 'Europe/Paris' }));
    expect(markdown).not.toMatch(/Anna|Ben\b|p1|p2/);
  });

  test('keeps HTML and link syntax in a title inert', () => {
    const state = { ...endedInDiscussion(), title: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' };
    const markdown = reportMarkdown(buildReport(state, T0 + 40 * MIN), exportOptions({ lang: 'en' }));
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;img');
    expect(markdown).toContain('\\[x\\]');
  });
});

describe('exportOptions', () => {
  test.each([
    [{ lang: 'de', tz: 'Europe/Berlin' }, { lang: 'de', timeZone: 'Europe/Berlin' }],
    [{ lang: 'de-AT', tz: ' Europe/Vienna ' }, { lang: 'de', timeZone: 'Europe/Vienna' }],
    [{ lang: 'ES', tz: 'America/Bogota' }, { lang: 'es', timeZone: 'America/Bogota' }],
    [{ lang: 'xx', tz: 'Mars/Olympus_Mons' }, { lang: 'en', timeZone: 'UTC' }],
    [{ lang: ['de', 'fr'], tz: ['Europe/Berlin'] }, { lang: 'en', timeZone: 'UTC' }],
    [{ tz: '../../etc/passwd' }, { lang: 'en', timeZone: 'UTC' }],
    [{ tz: 'A'.repeat(5000) }, { lang: 'en', timeZone: 'UTC' }],
    [{}, { lang: 'en', timeZone: 'UTC' }],
    [undefined, { lang: 'en', timeZone: 'UTC' }],
  ])('%j → %j', (query, expected) => {
    expect(exportOptions(query as never)).toEqual(expected);
  });
});

describe('the export’s words are the debrief screen’s', () => {
  const SCREEN = {
    en: { console: enConsole, room: enRoom },
    de: { console: deConsole, room: deRoom },
    fr: { console: frConsole, room: frRoom },
    es: { console: esConsole, room: esRoom },
  } as const;

  test.each(LANGUAGES)('in %s', (lang) => {
    const words = REPORT_WORDS[lang];
    const { debrief, endedEarly, leader, checkoutResults, frames, recordPhases, leadingLog } = SCREEN[lang].console;
    const same: [string, string][] = [
      [words.caseHeading, debrief.caseHeading],
      [words.phase, debrief.phase],
      [words.startedAt, debrief.startedAt],
      [words.planned, debrief.planned],
      [words.actual, debrief.actual],
      [words.pauseSignals, debrief.pauseSignals],
      [words.flags, debrief.flags],
      [words.notReached, debrief.notReached],
      [words.skipped, endedEarly.skipped],
      [words.endedIn, endedEarly.debrief],
      [words.flagsHeading, debrief.flagsHeading],
      [words.noFlags, debrief.noFlags],
      [words.flagTime, debrief.flagTime],
      [words.flagCase, debrief.flagCase],
      [words.flagKind, debrief.flagKind],
      [words.flagHandled, debrief.flagHandled],
      [words.leadershipHeading, debrief.leadershipHeading],
      [words.leaderThroughout, debrief.leaderThroughout],
      [words.takeover, debrief.takeover],
      [words.handback, debrief.handback],
      [words.noCase, leader.noCase],
      [words.partHeading, frames.debriefPart],
      [words.frames.balint, leadingLog.balint],
      [words.frames.development, leadingLog.development],
      [words.dropped, recordPhases.dropped],
      [words.checkoutCounts.heading, checkoutResults.heading],
      [words.checkoutCounts.tooFew, checkoutResults.tooFew],
      [words.checkoutCounts.scale, checkoutResults.scale],
      [words.checkoutCounts.safety, checkoutResults.safety],
      [words.checkoutCounts.focus, checkoutResults.focus],
      ...Object.entries(words.handled).map(([key, text]): [string, string] => [text, debrief.handled[key as keyof typeof debrief.handled]]),
    ];
    expect(same.filter(([exported, shown]) => exported !== shown)).toEqual([]);
  });

  // These were a copy in the room's words, held equal to the record's here. Now there is one: the
  // screens that show a cue or a frame's name (the console, the co-leader's phone, the debrief, the
  // group and supervision pages) read the record's words as their `record` namespace, and the room's
  // words, which a member's phone downloads, hold neither.
  test.each(LANGUAGES)('in %s the cues and the frames’ names are the record’s own, not a copy in the room’s words', async (lang) => {
    const loaded = await new Promise((resolve, reject) =>
      chunkBackend.read(lang, 'record', (error, words) => (error ? reject(error) : resolve(words))),
    );
    expect(loaded).toBe(REPORT_WORDS[lang]);
    expect(CUE_KINDS.filter((cue) => !REPORT_WORDS[lang].cues[cue])).toEqual([]);
    const { cues, frames } = SCREEN[lang].room;
    expect(Object.keys(cues)).not.toContain('kinds');
    expect(Object.keys(frames).filter((key) => key === 'balint' || key === 'development')).toEqual([]);
  });
});
