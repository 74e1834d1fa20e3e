// Moving through the phases, with a one-action undo right after an advance: an accidental
// "next" in a Balint group cuts someone off mid-sentence, so taking it back must cost nothing.
import { useCallback, useEffect, useState } from 'react';
import type { Command } from '../../../shared/commands';
import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';

const UNDO_WINDOW_MS = 20_000;

interface UndoOffer {
  command: Command;
  /** The phase we came from, to name it on the button. */
  backTo: string;
  /** The undo only makes sense while we are still where the advance took us. */
  round: number;
  index: number;
  at: number;
}

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
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const { phase, round, phases } = view;
  const running = phase.timer.runningSince !== null;

  useEffect(() => {
    if (!offer) return;
    const id = setTimeout(() => setOffer(null), offer.at + UNDO_WINDOW_MS - Date.now());
    return () => clearTimeout(id);
  }, [offer]);

  const current = offer && offer.round === round && offer.index === phase.index ? offer : null;

  const advance = useCallback(
    async (command: Command, targetIndex: number, back: Command) => {
      const from = phase.title;
      const result = await sendCommand(command);
      if (result.ok) {
        setOffer({ command: back, backTo: from, round, index: targetIndex, at: Date.now() });
      }
    },
    [phase.title, round],
  );

  return {
    next: () => {
      if (phase.index >= phases.length - 1) return;
      void advance({ type: 'phase.next' }, phase.index + 1, { type: 'phase.previous' });
    },
    previous: () => {
      setOffer(null);
      void sendCommand({ type: 'phase.previous' });
    },
    goTo: (phaseId) => {
      const index = phases.findIndex((candidate) => candidate.id === phaseId);
      if (index < 0 || index === phase.index) return;
      void advance({ type: 'phase.goto', phaseId }, index, { type: 'phase.goto', phaseId: phase.id });
    },
    toggleTimer: () => void sendCommand({ type: running ? 'timer.pause' : 'timer.resume' }),
    extend: (seconds) => void sendCommand({ type: 'timer.extend', seconds }),
    undo: () => {
      if (!current) return;
      setOffer(null);
      void sendCommand(current.command);
    },
    undoTo: current?.backTo ?? null,
  };
}
