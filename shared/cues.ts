// Co-leading, both ways: the short cues leader and co-leader pass to each other. They arrive as a
// quiet toast on the other's screen and never reach the room; the record counts them by kind.

export const CUE_KINDS = [
  'i-take-this',
  'you-take-this',
  'let-silence-run',
  'invite-patient-view',
  'presenter-shaken',
  'intervening-a-lot',
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  id: string;
  cue: CueKind;
  from: 'leader' | 'co-leader';
  at: number;
}

/** The leaders' views carry the most recent cues only: a toast is about now, not the whole hour. */
export const CUES_KEPT = 12;

export type CueCounts = Partial<Record<CueKind, number>>;
