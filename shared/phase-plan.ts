// What a phase is, as data: its plan, its traits, and the format that lists phases in order. The
// formats themselves are shared/templates.ts.
import type { Register } from './language';
import type { RoomSettings } from './settings';

/** What the presenter does during a phase: steps back to listen, or returns to the circle. */
export type PresenterRole = 'listens' | 'returns';

/**
 * Which frame a phase belongs to: Balint case work on one doctor–patient relationship, or a
 * professional-development discussion with its own rules. Kept apart, never blended.
 */
export const FRAMES = ['balint', 'development'] as const;
export type Frame = (typeof FRAMES)[number];

/**
 * What a phase does to the room, as data: an edited or a group's own format behaves right because
 * behaviour follows these, never a phase's id.
 */
export interface PhaseTraits {
  /** What the presenter does: steps back to listen, or returns to the circle. */
  presenterRole?: PresenterRole;
  /** Members may offer a case; the leader may end it with "No case today". */
  callsForCase?: boolean;
  /** Phones go dark and still: the phase title, the prompt on a tap, the pause signal. */
  phonesDown?: boolean;
  /** The room sees no time at all: in the case call, silence is part of the work. */
  untimedForRoom?: boolean;
  /** The presenter is telling the case: a latecomer is asked to come in quietly. */
  presenterTells?: boolean;
  /** Professional development, not case work; absent means the Balint frame. */
  frame?: 'development';
}

export interface PhasePlan extends PhaseTraits {
  id: string;
  title: string;
  durationSec: number;
  prompt: string;
  /** A longer text for the console and the display, read out once (the opening's ground rules). */
  details?: string;
}

/** A phase's traits alone, for the views and the editor. */
export function traitsOf(phase: PhaseTraits): PhaseTraits {
  const traits: PhaseTraits = {};
  if (phase.presenterRole) traits.presenterRole = phase.presenterRole;
  if (phase.callsForCase) traits.callsForCase = true;
  if (phase.phonesDown) traits.phonesDown = true;
  if (phase.untimedForRoom) traits.untimedForRoom = true;
  if (phase.presenterTells) traits.presenterTells = true;
  if (phase.frame === 'development') traits.frame = 'development';
  return traits;
}

export interface Format {
  id: string;
  title: string;
  description: string;
  phases: PhasePlan[];
  /** Step-back hints on members' phones; on unless a format turns them off. */
  hints?: boolean;
  /** How the room sees time; the defaults (a quiet wall, dark phones) unless a format says otherwise. */
  settings?: Partial<RoomSettings>;
  /** How the room's words address one person in this group (a peer group may say du / tu / tú). */
  register?: Register;
}

/**
 * Where a new case starts: at the phase that calls for a case, or the one after the opening when a
 * plan has none. `case.next` starts there, and the budget counts a case from there.
 */
export function newCaseStart(phases: readonly PhaseTraits[]): number {
  const caseCall = phases.findIndex((phase) => phase.callsForCase);
  return caseCall >= 0 ? caseCall : Math.min(1, phases.length - 1);
}

/** The phase case `round` starts in: the first for the first case, then where a new case starts. */
export function roundFirstPhase(phases: readonly PhaseTraits[], round: number): number {
  if (round === 0 || phases.length === 0) return 0;
  return newCaseStart(phases);
}
