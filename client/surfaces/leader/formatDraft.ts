// The format editor's working copy of the plan, and the edits it becomes. Pure functions: the
// editor holds the draft in state and sends `phases.update` only when the leader applies it.
import type { PhaseEdit } from '../../../shared/commands';
import { LIMITS } from '../../../shared/limits';
import type { PhaseTraits, PresenterRole } from '../../../shared/phase-plan';
import type { LeadersView } from '../../../shared/views';
import { formatIdFromTitle } from '../../formatId';

export interface DraftPhase {
  /** Stable React key for the row, whatever happens to its id or position. */
  key: string;
  /** The phase's id in the meeting; a new phase gets one from its title when applied. */
  id: string | null;
  title: string;
  /** As typed: "8", "1.5". */
  minutes: string;
  prompt: string;
  presenterRole: PresenterRole | null;
  /**
   * What the phase does beyond its words (calls for a case, sends phones dark…). The editor does not
   * change these, but carries them, so a format saved for the group behaves like the meeting it came from.
   */
  traits: PhaseBehaviour;
  /** The words as stored and as first shown in the leader's language; none for a new phase. */
  stored?: { title: string; prompt: string; shownTitle: string; shownPrompt: string };
}

export type PhaseBehaviour = Omit<PhaseTraits, 'presenterRole'>;

/** Only the traits a phase has: a new phase has none, and "false" is the same as left out. */
function behaviourOf(phase: PhaseBehaviour): PhaseBehaviour {
  const traits: PhaseBehaviour = {};
  if (phase.callsForCase) traits.callsForCase = true;
  if (phase.phonesDown) traits.phonesDown = true;
  if (phase.untimedForRoom) traits.untimedForRoom = true;
  if (phase.presenterTells) traits.presenterTells = true;
  if (phase.frame === 'development') traits.frame = 'development';
  return traits;
}

/** A phase's words in the leader's language. */
export type PhaseWordsIn = (phase: { id: string; title: string; prompt: string }) => { title: string; prompt: string };

export interface DraftProblems {
  title?: string;
  minutes?: string;
}

let keys = 0;
const nextKey = () => `draft-${(keys += 1)}`;

/** "180" seconds → "3", "90" → "1.5", "100" → "1.67". */
export function minutesText(seconds: number): string {
  return String(Math.round((seconds / 60) * 100) / 100);
}

/** Seconds from what was typed, or null when it is no duration a phase may have. */
export function secondsFrom(minutes: string): number | null {
  const value = Number(minutes.trim().replace(',', '.'));
  if (!minutes.trim() || !Number.isFinite(value)) return null;
  const seconds = Math.round(value * 60);
  return seconds >= LIMITS.phaseDurationMinSec && seconds <= LIMITS.phaseDurationMaxSec ? seconds : null;
}

export function draftFromPlan(plan: LeadersView['plan'], inLanguage: PhaseWordsIn = (phase) => phase): DraftPhase[] {
  return plan.map((phase) => {
    const shown = inLanguage(phase);
    return {
      key: nextKey(),
      id: phase.id,
      title: shown.title,
      minutes: minutesText(phase.durationSec),
      prompt: shown.prompt,
      presenterRole: phase.presenterRole,
      traits: behaviourOf(phase),
      stored: { title: phase.title, prompt: phase.prompt, shownTitle: shown.title, shownPrompt: shown.prompt },
    };
  });
}

/**
 * Words the leader left as they were shown go back as they were stored (the shipped English), so
 * every device can still say them in its own language; only words the leader changed are theirs.
 */
function storedUnlessChanged(typed: string, shown: string | undefined, stored: string | undefined): string {
  return stored !== undefined && typed === shown?.trim() ? stored : typed;
}

export function newDraftPhase(title: string): DraftPhase {
  return { key: nextKey(), id: null, title, minutes: '5', prompt: '', presenterRole: null, traits: {} };
}

export function movePhase(draft: readonly DraftPhase[], index: number, by: -1 | 1): DraftPhase[] {
  const target = index + by;
  if (target < 0 || target >= draft.length) return [...draft];
  const moved = [...draft];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

export function changePhase(draft: readonly DraftPhase[], key: string, change: Partial<DraftPhase>): DraftPhase[] {
  return draft.map((phase) => (phase.key === key ? { ...phase, ...change } : phase));
}

export function checkDraft(draft: readonly DraftPhase[], messages: { title: string; minutes: string }): Record<string, DraftProblems> {
  const problems: Record<string, DraftProblems> = {};
  for (const phase of draft) {
    const found: DraftProblems = {};
    if (!phase.title.trim()) found.title = messages.title;
    if (secondsFrom(phase.minutes) === null) found.minutes = messages.minutes;
    if (found.title || found.minutes) problems[phase.key] = found;
  }
  return problems;
}

/** A new phase's id: from its title, unlike any other id in the plan. */
function freshId(title: string, taken: Set<string>): string {
  const base = formatIdFromTitle(title).slice(0, 36).replace(/-+$/, '') || 'phase';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The edits `phases.update` takes, ids included, so the running phase keeps its clock. */
export function editsFromDraft(draft: readonly DraftPhase[]): PhaseEdit[] {
  const taken = new Set(draft.flatMap((phase) => (phase.id ? [phase.id] : [])));
  return draft.map((phase) => ({
    id: phase.id ?? freshId(phase.title, taken),
    title: storedUnlessChanged(phase.title.trim(), phase.stored?.shownTitle, phase.stored?.title),
    durationSec: secondsFrom(phase.minutes) ?? LIMITS.phaseDurationMinSec,
    prompt: storedUnlessChanged(phase.prompt.trim(), phase.stored?.shownPrompt, phase.stored?.prompt),
    presenterRole: phase.presenterRole,
    ...phase.traits,
  }));
}

export function totalSeconds(draft: readonly DraftPhase[]): number {
  return draft.reduce((sum, phase) => sum + (secondsFrom(phase.minutes) ?? 0), 0);
}
