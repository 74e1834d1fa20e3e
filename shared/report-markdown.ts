// The process record as Markdown, as the leader reads it on the debrief screen: in their language,
// with the screen's labels (phase and flag names, how each flag was handled, never the ids), and
// with clock times in their own time zone, named. What it holds is the record's and nothing more:
// no names, no notes (the leaders' own notes are added after it by their export, not here).
import { roundRows, endedEarlyIn, phaseReach } from './round-rows';
import { CHECKOUT_QUESTIONS, CHECKOUT_SCALE } from './checkout';
import { CUE_KINDS } from './cues';
import { FLAG_KINDS, type FlagKind } from './flags';
import { DEFAULT_LANGUAGE, languageOfTag, type Language } from './language';
import { LOCALES, localizeFlag, localizePhaseWords } from './localize';
import type { Report } from './report';
import { fillWords, REPORT_WORDS, type ReportWords } from './report-words';
import { handledKey } from './report-words/handled';

export interface ExportOptions {
  lang: Language;
  /** An IANA time zone ("Europe/Berlin"), checked: every clock time of the file is in it. */
  timeZone: string;
}

export const DEFAULT_TIME_ZONE = 'UTC';

/** Whether this runtime knows the zone; a made-up or malformed one is not an error, just not it. */
function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The export's language and zone from a request's `?lang=&tz=`. Anything missing, unknown or
 * malformed falls back (English, UTC): a link with a stale query still gives the record, never an error.
 */
export function exportOptions(query: { lang?: unknown; tz?: unknown } | null | undefined): ExportOptions {
  const lang = languageOfTag(query?.lang) ?? DEFAULT_LANGUAGE;
  const tz = typeof query?.tz === 'string' ? query.tz.trim() : '';
  const timeZone = tz.length > 0 && tz.length <= 64 && knownTimeZone(tz) ? tz : DEFAULT_TIME_ZONE;
  return { lang, timeZone };
}

const minutes = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds) % 60).padStart(2, '0')}`;

/**
 * Titles (the meeting's, its phases', a group format's) are the leaders' own text, and the record
 * is opened in Markdown viewers: keep them from breaking the table, and make HTML and link syntax
 * inert, so that `<img src=x onerror=…>` or `[x](javascript:…)` reads as typed and runs nothing.
 */
const cell = (text: string): string =>
  text
    .replace(/[|\n\r]/g, ' ')
    .replace(/[\\[\]]/g, (character) => `\\${character}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');


export function reportMarkdown(record: Report, { lang, timeZone }: ExportOptions = { lang: 'en', timeZone: DEFAULT_TIME_ZONE }): string {
  const words = REPORT_WORDS[lang];
  const say = (text: string, values: Record<string, string | number> = {}) => fillWords(text, values);
  const day = new Intl.DateTimeFormat(lang, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const zoneName = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' });
  const clock = new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit' });
  /** A moment with its date and its zone, as "15 Jan 2026, 19:00 CET". */
  const when = (at: number) => {
    const zone = zoneName.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    return `${day.format(at)} ${zone}`;
  };
  const report = {
    ...record,
    rounds: record.rounds.map((round) => ({
      ...round,
      phases: round.phases.map((phase) => localizePhaseWords(record.format, phase, lang)),
    })),
  };
  const phaseTitle = (round: number, phaseId: string) =>
    report.rounds[round]?.phases.find((phase) => phase.id === phaseId)?.title ?? phaseId;
  const flagLabel = (kind: string) =>
    (FLAG_KINDS as readonly string[]).includes(kind) ? localizeFlag(kind as FlagKind, lang).label : kind;

  const lines = [
    `# ${say(words.title, { title: cell(report.title) })}`,
    '',
    `- ${words.format}: ${cell(LOCALES[lang].formats[report.format]?.title ?? report.format)}`,
    `- ${words.started}: ${when(report.startedAt)}`,
    `- ${words.ended}: ${report.endedAt === null ? words.stillRunning : when(report.endedAt)}`,
    `- ${words.pauseSignals}: ${report.pauseSignals}`,
    ...(report.certificates > 0 ? [`- ${words.certificates}: ${report.certificates}`] : []),
    `- ${say(words.timesIn, { zone: timeZone })}`,
    '',
  ];
  report.rounds.forEach((round, index) => {
    const rows = roundRows(round, index);
    // A professional-development part is no case: headed as the debrief heads it, with its frame's
    // name, so the record keeps the two apart.
    const developing = round.frame === 'development';
    const heading = say(developing ? words.partHeading : words.caseHeading, { number: index + 1 });
    const aside = round.kind === 'no-case' ? words.noCase : developing ? words.frames.development : undefined;
    lines.push(`## ${aside ? `${heading} · ${aside}` : heading}`, '');
    const endedIn = endedEarlyIn(report, index, rows);
    if (endedIn) lines.push(say(words.endedIn, { phase: cell(endedIn.title) }), '');
    lines.push(
      `| ${words.phase} | ${words.startedAt} | ${words.planned} | ${words.actual} | ${words.pauseSignals} | ${words.flags} |`,
      '|---|---|---|---|---|---|',
    );
    rows.forEach(({ phase }, position) => {
      const reach = phaseReach(rows, position);
      const began =
        phase.startedAt !== null ? clock.format(phase.startedAt) : reach === 'skipped' ? words.skipped : words.notReached;
      const flags = report.flags.filter((flag) => flag.round === index && flag.phaseId === phase.id).length;
      lines.push(
        `| ${cell(phase.title)}${phase.dropped ? ` (${words.dropped})` : ''} | ${began} | ${minutes(phase.plannedSec)} | ${reach === 'ran' ? minutes(phase.actualSec) : '–'} | ${phase.pauseSignals} | ${flags} |`,
      );
    });
    lines.push('');
  });

  lines.push(`## ${words.flagsHeading}`, '');
  const flags = [...report.flags].sort((a, b) => a.raisedAt - b.raisedAt);
  if (flags.length === 0) lines.push(words.noFlags);
  else {
    lines.push(
      `| ${words.flagTime} | ${words.flagCase} | ${words.phase} | ${words.flagKind} | ${words.flagHandled} |`,
      '|---|---|---|---|---|',
    );
    for (const flag of flags) {
      lines.push(
        `| ${clock.format(flag.raisedAt)} | ${flag.round + 1} | ${cell(phaseTitle(flag.round, flag.phaseId))} | ${cell(flagLabel(flag.kind))} | ${words.handled[handledKey(flag.handled ?? flag.status)]} |`,
      );
    }
  }

  lines.push('', `## ${words.cuesHeading}`, '');
  const cues = CUE_KINDS.filter((cue) => (report.cues[cue] ?? 0) > 0);
  if (cues.length === 0) lines.push(words.noCues);
  for (const cue of cues) lines.push(`- ${words.cues[cue]}: ${report.cues[cue]}`);

  lines.push('', `## ${words.leadershipHeading}`, '');
  if (report.leadership.length === 0) lines.push(words.leaderThroughout);
  for (const change of report.leadership) {
    lines.push(`- ${clock.format(change.at)}: ${change.event === 'takeover' ? words.takeover : words.handback}`);
  }
  lines.push(...checkoutLines(report.checkout, words));
  return lines.join('\n') + '\n';
}

/** The anonymous check-out, where the group had it on: counts per value, or "too few" below three. */
function checkoutLines(result: Report['checkout'], { checkoutCounts: words }: ReportWords): string[] {
  if (!result) return [];
  const lines = ['', `## ${words.heading}`, '', `- ${words.answered}: ${result.answered}`, ''];
  if ('tooFew' in result) return [...lines, `${words.tooFew}.`];
  lines.push(words.scale, '', `| | ${CHECKOUT_SCALE.join(' | ')} |`, `|---|${CHECKOUT_SCALE.map(() => '---|').join('')}`);
  for (const question of CHECKOUT_QUESTIONS) lines.push(`| ${words[question]} | ${result.counts[question].join(' | ')} |`);
  return lines;
}
