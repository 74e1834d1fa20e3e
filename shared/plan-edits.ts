// The leader's edited list of phases, turned into a plan: used when editing a running meeting and
// when saving a group's own format.
import type { PhaseEdit } from './commands';
import { type PhasePlan, type PhaseTraits, traitsOf } from './phase-plan';

/** Turns the leader's edited list into a plan, naming new phases; null if two share an id. */
export function planFromEdits(edits: readonly PhaseEdit[], before: readonly PhasePlan[] = []): PhasePlan[] | null {
  const taken = new Set(edits.flatMap((edit) => (edit.id ? [edit.id] : [])));
  if (taken.size !== edits.filter((edit) => edit.id).length) return null;
  let counter = 1;
  const freshId = (): string => {
    while (taken.has(`phase-${counter}`)) counter += 1;
    const id = `phase-${counter}`;
    taken.add(id);
    return id;
  };
  return edits.map((edit) => {
    const kept = edit.id === undefined ? undefined : before.find((phase) => phase.id === edit.id);
    return {
      id: edit.id ?? freshId(),
      title: edit.title,
      durationSec: edit.durationSec,
      prompt: edit.prompt,
      ...traitsOf(editedTraits(edit, kept ?? {})),
    };
  });
}

/** Each trait as the edit says; left out, as the kept phase had it (a new phase has none). */
function editedTraits(edit: PhaseEdit, kept: PhaseTraits): PhaseTraits {
  return {
    presenterRole: edit.presenterRole === undefined ? kept.presenterRole : (edit.presenterRole ?? undefined),
    callsForCase: edit.callsForCase ?? kept.callsForCase,
    phonesDown: edit.phonesDown ?? kept.phonesDown,
    untimedForRoom: edit.untimedForRoom ?? kept.untimedForRoom,
    presenterTells: edit.presenterTells ?? kept.presenterTells,
    frame: edit.frame ?? kept.frame,
  };
}
