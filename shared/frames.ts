// Two frames, kept apart: Balint case work on one doctor–patient relationship, and a
// professional-development discussion about us as doctors, with its own rules. A frame is data on
// the phases (`frame: 'development'`) and on the record (`rounds[].kind: 'development'`); everything
// here reads it from there, never from a phase id.
import { CUE_FRAMES, CUE_KINDS, type CueKind } from './cues';
import { FLAG_CATALOG, FLAG_KINDS, type FlagKind } from './flags';
import type { Round, RoundKind } from './rounds';
import { DEVELOPMENT_PHASES } from './templates';
import type { Frame, PhasePlan, PhaseTraits } from './phase-plan';

/**
 * How long the framing moment stands on the wall and the phones at the boundary, unless the leader
 * moves on first: long enough to read it aloud together, short enough not to become the meeting.
 */
export const FRAMING_MOMENT_MS = 45_000;

/** The frame a phase runs in; a phase that says nothing is Balint case work. */
export function frameOf(phase: Pick<PhaseTraits, 'frame'>): Frame {
  return phase.frame === 'development' ? 'development' : 'balint';
}

/** The frame a round of the record ran in. */
export function frameOfRound(kind: RoundKind): Frame {
  return kind === 'development' ? 'development' : 'balint';
}

/** The kind a meeting's first round takes from its plan: a development format opens in its frame. */
export function openingRoundKind(phases: readonly PhaseTraits[]): RoundKind {
  return phases.length > 0 && phases.every((phase) => frameOf(phase) === 'development') ? 'development' : 'case';
}

/** The phases of a professional-development segment that follows a Balint round. */
export function developmentSegment(): PhasePlan[] {
  return DEVELOPMENT_PHASES.map((phase) => ({ ...phase }));
}

/** Whether a flag kind fits the frame running now: the pad offers it, the server takes it. */
export function flagFitsFrame(kind: FlagKind, frame: Frame): boolean {
  return FLAG_CATALOG[kind].frames.includes(frame);
}

/** The flag kinds the pad offers in a frame, in the catalog's order. */
export function flagKindsFor(frame: Frame): FlagKind[] {
  return FLAG_KINDS.filter((kind) => flagFitsFrame(kind, frame));
}

/** Whether a co-leading cue fits the frame running now: the cue row offers it, the server takes it. */
export function cueFitsFrame(cue: CueKind, frame: Frame): boolean {
  return CUE_FRAMES[cue].includes(frame);
}

/** The cues the cue row offers in a frame, in their usual order. */
export function cueKindsFor(frame: Frame): CueKind[] {
  return CUE_KINDS.filter((cue) => cueFitsFrame(cue, frame));
}

/**
 * The boundary the room is crossing: the first phase of a development part that follows Balint
 * work, from when its clock first ran. Null everywhere else, so the moment clears at the next phase.
 */
export function framingMoment(rounds: readonly Round[], phaseIndex: number): { at: number } | null {
  const current = rounds[rounds.length - 1];
  const before = rounds[rounds.length - 2];
  if (!current || !before || phaseIndex !== 0) return null;
  if (frameOfRound(current.kind) !== 'development' || frameOfRound(before.kind) !== 'balint') return null;
  return current.startedAt === null ? null : { at: current.startedAt };
}

/** What `minutesByFrame` reads of a process record: each round's kind and its phases' times. */
export interface FramedRecord {
  rounds: readonly { kind: RoundKind; phases: readonly { actualSec: number }[] }[];
}

/**
 * The minutes a meeting spent in each frame, for the leading log: a residency counts Balint case
 * work and professional development apart. Whole minutes, rounded once per frame.
 */
export function minutesByFrame(record: FramedRecord): Record<Frame, number> {
  const seconds: Record<Frame, number> = { balint: 0, development: 0 };
  for (const round of record.rounds) {
    seconds[frameOfRound(round.kind)] += round.phases.reduce((sum, phase) => sum + phase.actualSec, 0);
  }
  return { balint: Math.round(seconds.balint / 60), development: Math.round(seconds.development / 60) };
}
