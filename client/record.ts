// Reading the process record, for the debrief and the group page: which phases belong in a case
// and where each sits on the case's time axis. A later case starts at the case call, so its opening
// (never reached) is left out; a phase dropped mid-case stays if it ran.
import { roundFirstPhase } from '../shared/budget';
import { FLAG_CATALOG, type FlagKind } from '../shared/flags';
import { localizeFlag, localizePhaseWords, type Language } from '../shared/localize';
import type { Report, ReportPhase } from '../shared/report';

export type ReportRound = Report['rounds'][number];

export interface CaseRow {
  phase: ReportPhase;
  /** Where the plan put the phase, in seconds from the case's start. */
  plannedFrom: number;
  /** When it first ran, in seconds from the case's start; null if never reached. */
  ranFrom: number | null;
}

export function caseStart(round: ReportRound): number | null {
  if (round.startedAt !== null) return round.startedAt;
  const started = round.phases.flatMap((phase) => (phase.startedAt === null ? [] : [phase.startedAt]));
  return started.length > 0 ? Math.min(...started) : null;
}

export function caseRows(round: ReportRound, index: number): CaseRow[] {
  const first = roundFirstPhase(round.phases, index);
  const start = caseStart(round);
  let plannedFrom = 0;
  const rows: CaseRow[] = [];
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

/**
 * The record with its phase titles in `lang`: it keeps the shipped English (unless the leader
 * retitled a phase), so each leader reads it in their own language. Redirects stay as sent.
 */
export function reportInLanguage(report: Report, lang: Language): Report {
  return {
    ...report,
    rounds: report.rounds.map((round) => ({
      ...round,
      phases: round.phases.map((phase) => localizePhaseWords(report.format, phase, lang)),
    })),
  };
}

export function phaseTitle(report: Report, round: number, phaseId: string): string {
  return report.rounds[round]?.phases.find((phase) => phase.id === phaseId)?.title ?? phaseId;
}

export function flagLabel(kind: string, lang: Language): string {
  return kind in FLAG_CATALOG ? localizeFlag(kind as FlagKind, lang).label : kind;
}
