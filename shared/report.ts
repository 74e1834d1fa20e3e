// The process record: what remains of a meeting for the leaders' debrief and supervision. Phases
// with planned and actual times, flag kinds with times and status, a count of pause signals, the
// leadership changes. Built from the state field by field; no names and no notes, ever.
import type { CueCounts } from './cues';
import type { FlagHandling } from './flags';
import { closeRecord, type RoundKind } from './rounds';
import { currentPhase, currentRound, type FlagStatus, type SessionState } from './session';

export interface ReportPhase {
  id: string;
  title: string;
  plannedSec: number;
  actualSec: number;
  pauseSignals: number;
  /** When the phase first ran in its round; null if never reached. */
  startedAt: number | null;
  /** The phase called for a case. */
  callsForCase?: boolean;
}

export interface Report {
  sessionId: string;
  title: string;
  format: string;
  startedAt: number;
  endedAt: number | null;
  rounds: { kind: RoundKind; startedAt: number | null; phases: ReportPhase[] }[];
  flags: {
    kind: string;
    raisedAt: number;
    status: FlagStatus;
    round: number;
    phaseId: string;
    /** How the leader answered it; never the words. */
    handled?: FlagHandling;
  }[];
  pauseSignals: number;
  /** The cues the leaders passed each other, counted by kind. */
  cues: CueCounts;
  leadership: { event: 'takeover' | 'handback'; at: number }[];
}

export function buildReport(state: SessionState, now: number): Report {
  // The running phase counts up to now without changing the state.
  const live =
    state.endedAt === null
      ? closeRecord(currentRound(state), currentPhase(state).id, state.timer, now)
      : currentRound(state);
  const rounds = [...state.rounds.slice(0, -1), live];
  return {
    sessionId: state.sessionId,
    title: state.title,
    format: state.format,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    rounds: rounds.map((round) => ({
      kind: round.kind,
      startedAt: round.startedAt,
      phases: round.phases.map((record) => ({
        id: record.id,
        title: record.title,
        plannedSec: record.plannedSec,
        actualSec: Math.round(record.actualMs / 1000),
        pauseSignals: record.pauseSignals,
        startedAt: record.startedAt,
        ...(record.callsForCase ? { callsForCase: true } : {}),
      })),
    })),
    flags: state.flags.map((flag) => ({
      kind: flag.kind,
      raisedAt: flag.raisedAt,
      status: flag.status,
      round: flag.round,
      phaseId: flag.phaseId,
      ...(flag.handled ? { handled: flag.handled } : {}),
    })),
    pauseSignals: state.pauseSignals,
    cues: { ...state.cueCounts },
    leadership: state.leadership.map(({ event, at }) => ({ event, at })),
  };
}

const minutes = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const when = (at: number): string => new Date(at).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
/**
 * Titles (the meeting's, its phases', a group format's) are the leaders' own text, and the record
 * is opened in Markdown viewers: keep them from breaking the table, and make HTML and link syntax
 * inert, so that `<img src=x onerror=…>` or `[x](javascript:…)` reads as typed and runs nothing.
 * Backslashes are escaped too, so that a title cannot undo the escaping of a bracket. (An `&` may
 * stay: an entity in Markdown only ever becomes text, never a tag.)
 */
const cell = (text: string): string =>
  text
    .replace(/[|\n\r]/g, ' ')
    .replace(/[\\[\]]/g, (character) => `\\${character}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

export function reportMarkdown(report: Report): string {
  const lines = [
    `# Process record: ${cell(report.title)}`,
    '',
    `- Format: ${cell(report.format)}`,
    `- Started: ${when(report.startedAt)}`,
    `- Ended: ${report.endedAt === null ? 'still running' : when(report.endedAt)}`,
    `- Pause signals: ${report.pauseSignals}`,
    '',
  ];
  report.rounds.forEach((round, index) => {
    const heading = round.kind === 'case' ? `Case ${index + 1}` : round.kind === 'no-case' ? 'No case today' : 'Free round';
    lines.push(`## ${heading}`, '', '| phase | planned | actual | pause signals |', '|---|---|---|---|');
    for (const phase of round.phases) {
      lines.push(
        `| ${cell(phase.title)} | ${minutes(phase.plannedSec)} | ${minutes(phase.actualSec)} | ${phase.pauseSignals} |`,
      );
    }
    lines.push('');
  });
  lines.push('## Flags', '');
  if (report.flags.length === 0) lines.push('None raised.');
  else {
    lines.push('| time | case | phase | kind | status | handled |', '|---|---|---|---|---|---|');
    for (const flag of report.flags) {
      lines.push(
        `| ${when(flag.raisedAt)} | ${flag.round + 1} | ${cell(flag.phaseId)} | ${flag.kind} | ${flag.status} | ${flag.handled ?? ''} |`,
      );
    }
  }
  const cues = Object.entries(report.cues);
  lines.push('', '## Cues between the leaders', '');
  if (cues.length === 0) lines.push('None passed.');
  for (const [cue, count] of cues) lines.push(`- ${cue}: ${count}`);
  lines.push('', '## Leadership', '');
  if (report.leadership.length === 0) lines.push('The leader led throughout.');
  for (const change of report.leadership) {
    lines.push(`- ${when(change.at)}: ${change.event === 'takeover' ? 'co-leader took over' : 'leader took the lead back'}`);
  }
  return lines.join('\n') + '\n';
}
