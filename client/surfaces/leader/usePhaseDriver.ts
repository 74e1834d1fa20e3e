// Moving through the phases, with a one-action undo right after an advance: an accidental "next"
// in a Balint group cuts someone off mid-sentence, so taking it back must cost nothing. The server
// keeps the undo (`phase.undo`): it gives the phase back exactly as it stood, timer included, and
// the offer survives a reload or the co-leader taking over.
import { hasNextPhase } from '../../../shared/rounds';
import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useMsUntil } from '../../useServerClock';

export interface PhaseDriver {
  next: () => void;
  previous: () => void;
  goTo: (phaseId: string) => void;
  toggleTimer: () => void;
  extend: (seconds: number) => void;
  undo: () => void;
  /** The title of the phase an undo would return to, while one is on offer. */
  undoTo: string | null;
}

export function usePhaseDriver(view: LeadersView): PhaseDriver {
  const { phase, phases, undo } = view;
  const running = phase.timer.runningSince !== null;
  // Counted on the server's clock: the offer goes when the server would refuse it.
  const offered = useMsUntil(undo?.until ?? null) > 0 && undo !== null;
  const undoTo = offered ? (phases[undo.phaseIndex]?.title ?? null) : null;

  return {
    next: () => {
      if (!hasNextPhase(phase.index, phases)) return;
      void sendCommand({ type: 'phase.next' });
    },
    previous: () => {
      if (phase.index === 0) return;
      void sendCommand({ type: 'phase.previous' });
    },
    goTo: (phaseId) => {
      const index = phases.findIndex((candidate) => candidate.id === phaseId);
      if (index < 0 || index === phase.index) return;
      void sendCommand({ type: 'phase.goto', phaseId });
    },
    toggleTimer: () => void sendCommand({ type: running ? 'timer.pause' : 'timer.resume' }),
    extend: (seconds) => void sendCommand({ type: 'timer.extend', seconds }),
    undo: () => {
      if (undoTo !== null) void sendCommand({ type: 'phase.undo' });
    },
    undoTo,
  };
}
