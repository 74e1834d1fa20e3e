// Reading the process record: which phases belong in a round (a case, a round without one, a
// development part) and where each sits on the round's time axis, what became of a phase that
// never ran, and where a meeting that ended early stopped. The debrief, the group page and the
// exported record all read a round the same way.
import { roundFirstPhase } from './phase-plan';
import type { Report, ReportPhase } from './report';

export type ReportRound = Report['rounds'][number];

export interface RoundRow {
  phase: ReportPhase;
  /** Where the plan put the phase, in seconds from the round's start. */
  plannedFrom: number;
  /** When it first ran, in seconds from the round's start; null if never reached. */
  ranFrom: number | null;
}

/**
 * What became of a phase: it ran; it was skipped (a later phase of the case ran, so the leader went
 * past it, as "No case today" goes past the presentation); or it was never reached (the meeting
 * ended before it).
 */
export type PhaseReach = 'ran' | 'skipped' | 'not-reached';

export function phaseReach(rows: readonly RoundRow[], position: number): PhaseReach {
  const reached = (row: RoundRow) => row.phase.startedAt !== null || row.phase.actualSec > 0;
  if (reached(rows[position]!)) return 'ran';
  return rows.slice(position + 1).some(reached) ? 'skipped' : 'not-reached';
}

/**
 * The phase the meeting ended in, when it ended before its case's last phase ("ended in Who has a
 * case?"); null for a case that ran to its end, or a meeting still running. Such a case did not run
 * under its plan: it stopped, and says so.
 */
export function endedEarlyIn(report: Report, roundIndex: number, rows: readonly RoundRow[]): ReportPhase | null {
  if (report.endedAt === null || roundIndex !== report.rounds.length - 1 || rows.length === 0) return null;
  if (phaseReach(rows, rows.length - 1) === 'ran') return null;
  let last: ReportPhase | null = null;
  for (const { phase } of rows) {
    if (phase.startedAt !== null && (last === null || phase.startedAt >= last.startedAt!)) last = phase;
  }
  return last;
}

export function roundStart(round: ReportRound): number | null {
  if (round.startedAt !== null) return round.startedAt;
  const started = round.phases.flatMap((phase) => (phase.startedAt === null ? [] : [phase.startedAt]));
  return started.length > 0 ? Math.min(...started) : null;
}

/**
 * A round's phases in order, placed on its time axis. A later round starts at the case call, so its
 * opening (never reached) is left out; a phase dropped mid-round stays if it ran.
 */
export function roundRows(round: ReportRound, index: number): RoundRow[] {
  const first = roundFirstPhase(round.phases, index);
  const start = roundStart(round);
  let plannedFrom = 0;
  const rows: RoundRow[] = [];
  round.phases.forEach((phase, position) => {
    if (position < first && phase.actualSec === 0 && phase.startedAt === null) return;
    rows.push({
      phase,
      plannedFrom,
      ranFrom: phase.startedAt === null || start === null ? null : (phase.startedAt - start) / 1000,
    });
    plannedFrom += phase.plannedSec;
  });
  return rows;
}

