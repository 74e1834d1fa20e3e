// The shape of the exported record's words, one object per language (en.ts, de.ts, fr.ts, es.ts).
// The client reads each language's object as its i18next `record` namespace, so its keys share the
// app's key space: none may also be a key of the client's own words (tests/unit/ui-words.test.ts).
import type { CueKind } from '../cues';
import type { Frame } from '../phase-plan';

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
  /** The two frames' names: beside a part's heading here; the leaders' screens name the frame running. */
  frames: Record<Frame, string>;
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
  /** The anonymous check-out's counts, as the debrief shows them (console `checkoutResults`). */
  checkoutCounts: { heading: string; answered: string; tooFew: string; scale: string; safety: string; focus: string };
}

