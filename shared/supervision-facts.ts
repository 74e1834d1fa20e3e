// The process facts of one meeting that its supervision report is prefilled with: timings against
// the plan, flags by kind and how each was handled, cues passed, pause signals, takeovers. Kinds,
// counts and the leaders' own phase titles only; kept with the group's log row.
import type { CueCounts } from './cues';
import type { FlagHandling } from './flags';
import type { Report } from './report';
import type { RoundKind } from './rounds';
import type { FlagStatus } from './meeting-state';

export interface SupervisionFacts {
  phases: { round: number; roundKind: RoundKind; phaseId: string; title: string; plannedSec: number; actualSec: number }[];
  flags: { kind: string; status: FlagStatus; handled?: FlagHandling }[];
  pauseSignals: number;
  cues: CueCounts;
  takeovers: number;
  handbacks: number;
}

export function factsOf(report: Report): SupervisionFacts {
  return {
    phases: report.rounds.flatMap((round, index) =>
      round.startedAt === null
        ? []
        : round.phases.map((phase) => ({
            round: index,
            roundKind: round.kind,
            phaseId: phase.id,
            title: phase.title,
            plannedSec: phase.plannedSec,
            actualSec: phase.actualSec,
          })),
    ),
    flags: report.flags.map(({ kind, status, handled }) => ({ kind, status, ...(handled ? { handled } : {}) })),
    pauseSignals: report.pauseSignals,
    cues: { ...report.cues },
    takeovers: report.leadership.filter((change) => change.event === 'takeover').length,
    handbacks: report.leadership.filter((change) => change.event === 'handback').length,
  };
}
