// Reading the process record in the reader's language, for the debrief and the group page. Which
// phases belong in a round, and what became of those that never ran, is shared with the exported
// record (shared/round-rows.ts).
import { FLAG_CATALOG, type FlagKind } from '../shared/flags';
import { localizeFlag, localizePhaseWords, type Language } from '../shared/localize';
import type { Report } from '../shared/report';

export { roundRows, roundStart, endedEarlyIn, phaseReach, type RoundRow, type PhaseReach, type ReportRound } from '../shared/round-rows';

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
