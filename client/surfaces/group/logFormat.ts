// How the leading log reads in the leader's language: hours with one decimal as the locale writes
// them, days as the locale writes them, and the log as a Markdown file for an accreditation form.
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/language';
import type { LeadingLog, LogRow } from '../../../shared/leading-log';
import { LOCALES } from '../../../shared/localize';
import type { Format } from '../../../shared/phase-plan';

/** A format's title as the reader says it: the group's own format's, or the shipped one's in `lang`; else its id. */
export function formatTitle(formatId: string, own: readonly Format[], lang: Language): string {
  return own.find((format) => format.id === formatId)?.title ?? LOCALES[lang].formats[formatId]?.title ?? formatId;
}

export function formatHours(minutes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(minutes / 60);
}

export function formatDay(at: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at);
}

/** A `<input type="date">` value as the start (or the end) of that day on this device; null when empty. */
export function dayBound(value: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return end ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime() : new Date(year, month - 1, day).getTime();
}

/** A Markdown table cell: a pipe or a line break in a name must not break the table. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function logMarkdown(
  log: LeadingLog,
  {
    t,
    lang,
    group,
    formats,
    leader,
    from,
    to,
  }: { t: TFunction<'console'>; lang: Language; group: string; formats: readonly Format[]; leader: string | null; from: string; to: string },
): string {
  const lines = [`# ${t('leadingLog.fileTitle', { group: cell(group) })}`, ''];
  if (leader) lines.push(t('leadingLog.leaderLine', { name: cell(leader) }), '');
  if (from || to) lines.push(t('leadingLog.period', { from: from || '…', to: to || '…' }), '');
  const { totals } = log;
  lines.push(
    `- ${t('leadingLog.meetings')}: ${totals.meetings}`,
    `- ${t('leadingLog.hoursLed')}: ${formatHours(totals.minutesLed, lang)}`,
    `- ${t('leadingLog.hoursCoLed')}: ${formatHours(totals.minutesCoLed, lang)}`,
    `- ${t('leadingLog.hoursBalint')}: ${formatHours(totals.minutesBalint, lang)}`,
    `- ${t('leadingLog.hoursDevelopment')}: ${formatHours(totals.minutesDevelopment, lang)}`,
    '',
  );
  const headings = [
    t('leadingLog.date'),
    t('leadingLog.planned'),
    t('leadingLog.actual'),
    t('leadingLog.balint'),
    t('leadingLog.development'),
    t('leadingLog.format'),
    t('leadingLog.cases'),
    t('leadingLog.members'),
    t('leaders.ledBy'),
    t('leaders.coLedBy'),
    t('leadingLog.takeovers'),
    t('leadingLog.supervised'),
  ];
  lines.push(`| ${headings.join(' | ')} |`, `|${headings.map(() => ' --- ').join('|')}|`);
  for (const row of log.rows) lines.push(`| ${rowCells(row, t, lang, formats).map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

function rowCells(row: LogRow, t: TFunction<'console'>, lang: Language, formats: readonly Format[]): string[] {
  const minutes = (value: number) => t('leadingLog.minutes', { minutes: value });
  const supervised = row.supervised
    ? `${t('leadingLog.yes')}${row.supervisorInitials ? ` (${row.supervisorInitials})` : ''}`
    : t('leadingLog.no');
  return [
    formatDay(row.date, lang),
    minutes(row.plannedMin),
    minutes(row.actualMin),
    minutes(row.minutesBalint),
    minutes(row.minutesDevelopment),
    formatTitle(row.format, formats, lang),
    String(row.cases),
    String(row.members),
    row.ledBy?.name ?? t('leaders.notNoted'),
    row.coLedBy?.name ?? t('leaders.notNoted'),
    String(row.takeovers),
    supervised,
  ];
}
