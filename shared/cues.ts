// Co-leading, both ways: the short cues leader and co-leader pass to each other. They arrive as a
// quiet toast on the other's screen and never reach the room; the record counts them by kind.
import type { Frame } from './phase-plan';

export const CUE_KINDS = [
  'i-take-this',
  'you-take-this',
  'let-silence-run',
  'invite-patient-view',
  'presenter-shaken',
  'intervening-a-lot',
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

const BOTH: readonly Frame[] = ['balint', 'development'];

/**
 * The frames each cue fits, as flags name theirs. Professional development has no patient and no
 * presenter, so the cues about them belong to Balint case work only.
 */
export const CUE_FRAMES: Readonly<Record<CueKind, readonly Frame[]>> = {
  'i-take-this': BOTH,
  'you-take-this': BOTH,
  'let-silence-run': BOTH,
  'invite-patient-view': ['balint'],
  'presenter-shaken': ['balint'],
  'intervening-a-lot': BOTH,
};

export interface Cue {
  id: string;
  cue: CueKind;
  from: 'leader' | 'co-leader';
  at: number;
}

/** The leaders' views carry the most recent cues only: a toast is about now, not the whole hour. */
export const CUES_KEPT = 12;

export type CueCounts = Partial<Record<CueKind, number>>;
