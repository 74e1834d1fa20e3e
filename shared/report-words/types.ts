// The shape of the exported record's words, one object per language (en.ts, de.ts, fr.ts, es.ts).
import type { CueKind } from '../cues';

export interface ReportWords {
  /** The file's heading: the screen's "Debrief" kicker and the meeting's title. */
  title: string;
  format: string;
  started: string;
  ended: string;
  stillRunning: string;
  /** "Times are in {{zone}}": the zone every clock time of the file is in. */
  timesIn: string;
  pauseSignals: string;
  /** How many attendance certificates members took; the line is left out when none. */
  certificates: string;
  caseHeading: string;
  /** A professional-development part is no case: "Part N", as the debrief heads it. */
  partHeading: string;
  /** The frame's name beside a part's heading (room `frames.development`). */
  development: string;
  noCase: string;
  /** Beside a phase an edit took out of the plan (console `recordPhases.dropped`). */
  dropped: string;
  phase: string;
  startedAt: string;
  planned: string;
  actual: string;
  notReached: string;
  skipped: string;
  endedIn: string;
  flags: string;
  flagsHeading: string;
  noFlags: string;
  flagTime: string;
  flagCase: string;
  flagKind: string;
  flagHandled: string;
  handled: {
    open: string;
    acknowledged: string;
    said: string;
    projected: string;
    projectedEdited: string;
    setAside: string;
    resolved: string;
    dismissed: string;
  };
  cuesHeading: string;
  noCues: string;
  cues: Record<CueKind, string>;
  leadershipHeading: string;
  leaderThroughout: string;
  takeover: string;
  handback: string;
  /** The anonymous check-out, as the debrief shows it (console `checkoutResults`). */
  checkout: { heading: string; answered: string; tooFew: string; scale: string; safety: string; focus: string };
}

