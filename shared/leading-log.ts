// The leading log: one row per meeting of a group, what an accreditation form asks of a leader in
// training (meetings, hours led and co-led, supervision). A row is frozen when its meeting ends and
// kept with the group, so it outlives the meeting's own record (RETENTION_DAYS). Counts and times
// only: members are a number, and leaders are entries of the group's own leader list.
import { z } from 'zod';
import { leaderById, leaderIdSchema, type Leader, type LeaderList, type MeetingLeaders } from './leaders';
import { minutesByFrame } from './frames';
import { buildReport } from './report';
import type { MeetingState } from './meeting-state';
import { factsOf, type SupervisionFacts } from './supervision-facts';

/** What the group keeps of one meeting for its log (and for the meeting's supervision report). */
export interface LogEntry {
  sessionId: string;
  title: string;
  /** When the meeting's clock first ran (when it was started, if it never ran). */
  date: number;
  plannedMin: number;
  actualMin: number;
  /**
   * The minutes in each frame (minutesByFrame), frozen with the row: a residency counts Balint case
   * work and professional development apart. Missing on rows frozen before frames were counted.
   */
  minutesBalint?: number;
  minutesDevelopment?: number;
  format: string;
  /** Case rounds (a "no case today" or free round is not a case). */
  cases: number;
  /** Members who joined, removed ones included; never who. */
  members: number;
  ledBy: string | null;
  coLedBy: string | null;
  takeovers: number;
  supervised: boolean;
  /** The supervisor's initials, when the leaders note them; never a full name. */
  supervisorInitials: string | null;
  /** The process facts the supervision report is prefilled with, kept past the meeting's record. */
  facts: SupervisionFacts;
}

/** A row as the leaders read it: leader ids replaced by the list's entries. */
export interface LogRow extends Omit<LogEntry, 'ledBy' | 'coLedBy' | 'facts' | 'minutesBalint' | 'minutesDevelopment'> {
  minutesBalint: number;
  minutesDevelopment: number;
  ledBy: Leader | null;
  coLedBy: Leader | null;
}

export interface LogTotals {
  meetings: number;
  minutesLed: number;
  minutesCoLed: number;
  /** The minutes of the rows shown in each frame, whoever led them. */
  minutesBalint: number;
  minutesDevelopment: number;
}

export interface LeadingLog {
  rows: LogRow[];
  totals: LogTotals;
}

export const SUPERVISOR_INITIALS_MAX = 8;

/** The leaders correct who led, or note supervision, on a row after the meeting. */
export const logRowBody = z
  .object({
    ledBy: leaderIdSchema.nullable().optional(),
    coLedBy: leaderIdSchema.nullable().optional(),
    supervised: z.boolean().optional(),
    supervisorInitials: z.string().trim().max(SUPERVISOR_INITIALS_MAX).nullable().optional(),
  })
  .strict();
export type LogRowBody = z.infer<typeof logRowBody>;

const minutes = (seconds: number): number => Math.round(seconds / 60);

/** The row a meeting leaves in its group's log, read from its process record. */
export function logEntryOf(state: MeetingState): LogEntry {
  const report = buildReport(state, state.endedAt ?? state.startedAt);
  const phases = report.rounds.flatMap((round) => round.phases);
  const firstRun = report.rounds.find((round) => round.startedAt !== null)?.startedAt ?? null;
  const leaders: MeetingLeaders = state.leaders ?? { ledBy: null, coLedBy: null };
  const byFrame = minutesByFrame(report);
  return {
    sessionId: state.sessionId,
    title: state.title,
    date: firstRun ?? state.startedAt,
    plannedMin: minutes(state.meetingPlanSec),
    actualMin: minutes(phases.reduce((sum, phase) => sum + phase.actualSec, 0)),
    minutesBalint: byFrame.balint,
    minutesDevelopment: byFrame.development,
    format: state.formatId,
    cases: report.rounds.filter((round) => round.kind === 'case' && round.startedAt !== null).length,
    members: state.membersJoined ?? state.participants.length,
    ledBy: leaders.ledBy,
    coLedBy: leaders.coLedBy,
    takeovers: report.leadership.filter((change) => change.event === 'takeover').length,
    supervised: false,
    supervisorInitials: null,
    facts: factsOf(report),
  };
}

/** A row changed by the leaders; supervision unticked drops the initials with it. */
export function withRowChange(entry: LogEntry, change: LogRowBody): LogEntry {
  const supervised = change.supervised ?? entry.supervised;
  const initials = change.supervisorInitials === undefined ? entry.supervisorInitials : change.supervisorInitials || null;
  return {
    ...entry,
    ...(change.ledBy !== undefined ? { ledBy: change.ledBy } : {}),
    ...(change.coLedBy !== undefined ? { coLedBy: change.coLedBy } : {}),
    supervised,
    supervisorInitials: supervised ? initials : null,
  };
}

export interface LogFilter {
  /** Rows this leader led or co-led. */
  leaderId?: string | null;
  /** Inclusive bounds on the row's date, epoch ms. */
  from?: number | null;
  to?: number | null;
}

/**
 * The minutes per frame of a row. A row frozen before frames were counted comes from a meeting held
 * before a development part could be started, so all of its time was Balint case work.
 */
export function framedMinutesOf(entry: Pick<LogEntry, 'actualMin' | 'minutesBalint' | 'minutesDevelopment'>) {
  return { minutesBalint: entry.minutesBalint ?? entry.actualMin, minutesDevelopment: entry.minutesDevelopment ?? 0 };
}

function rowOf(entry: LogEntry, list: LeaderList): LogRow {
  const { facts: _facts, ...row } = entry;
  return { ...row, ...framedMinutesOf(entry), ledBy: leaderById(list, entry.ledBy), coLedBy: leaderById(list, entry.coLedBy) };
}

/** The log oldest first, filtered (see filterLog), with leader ids read from the list. */
export function leadingLog(entries: readonly LogEntry[], list: LeaderList, filter: LogFilter = {}): LeadingLog {
  return filterLog(
    [...entries].sort((a, b) => a.date - b.date).map((entry) => rowOf(entry, list)),
    filter,
  );
}

/**
 * The rows the filter keeps, and their totals. Filtered by a leader, a row counts as led or co-led
 * by what that leader did in it; unfiltered, every meeting is led and those with a co-leader co-led.
 */
export function filterLog(rows: readonly LogRow[], { leaderId = null, from = null, to = null }: LogFilter = {}): LeadingLog {
  const kept = rows
    .filter((row) => (from === null || row.date >= from) && (to === null || row.date <= to))
    .filter((row) => leaderId === null || row.ledBy?.leaderId === leaderId || row.coLedBy?.leaderId === leaderId);
  const led = (row: LogRow) => (leaderId === null ? true : row.ledBy?.leaderId === leaderId);
  const coLed = (row: LogRow) => (leaderId === null ? row.coLedBy !== null : row.coLedBy?.leaderId === leaderId);
  const sum = (keep: (row: LogRow) => boolean, minutes: (row: LogRow) => number = (row) => row.actualMin) =>
    kept.filter(keep).reduce((total, row) => total + minutes(row), 0);
  const all = () => true;
  return {
    rows: kept,
    totals: {
      meetings: kept.length,
      minutesLed: sum(led),
      minutesCoLed: sum(coLed),
      minutesBalint: sum(all, (row) => row.minutesBalint),
      minutesDevelopment: sum(all, (row) => row.minutesDevelopment),
    },
  };
}

/** A spreadsheet opening the file must not run a name as a formula ("=…", "+…"). */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const LOG_CSV_COLUMNS = [
  'sessionId',
  'date',
  'plannedMin',
  'actualMin',
  'format',
  'cases',
  'members',
  'ledBy',
  'coLedBy',
  'takeovers',
  'supervised',
  'supervisorInitials',
  // Added after the first twelve columns, so a sheet reading them by position still reads them right.
  'minutesBalint',
  'minutesDevelopment',
] as const;

/** One header line, one line per row; the date as YYYY-MM-DD (UTC unless a zone is given). */
export function logCsv(rows: readonly LogRow[], timeZone = 'UTC'): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const lines = rows.map((row) =>
    [
      row.sessionId,
      day.format(row.date),
      row.plannedMin,
      row.actualMin,
      row.format,
      row.cases,
      row.members,
      row.ledBy?.name ?? null,
      row.coLedBy?.name ?? null,
      row.takeovers,
      row.supervised ? 'yes' : 'no',
      row.supervisorInitials,
      row.minutesBalint,
      row.minutesDevelopment,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[LOG_CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
