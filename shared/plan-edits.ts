// The leader's edited list of phases, turned into a plan: used when editing a running meeting and
// when saving a group's own format.
import type { PhaseEdit } from './commands';
import type { PhasePlan } from './templates';

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
    const presenterRole =
      edit.presenterRole === undefined
        ? before.find((phase) => phase.id === edit.id)?.presenterRole
        : edit.presenterRole;
    return {
      id: edit.id ?? freshId(),
      title: edit.title,
      durationSec: edit.durationSec,
      prompt: edit.prompt,
      ...(presenterRole ? { presenterRole } : {}),
    };
  });
}
