// The console's words that the exported record says too (shared/report-words/): the debrief's
// labels and the leading log's columns for the two frames, taken from the record's words of the
// language, so that each is written once and a leader who exports what they read gets the same
// words. Each language's console words lay these in, by section; which labels they are is said
// here, once, not in every language. (Words a co-leader's phone shows too, the cues and the frames'
// names, are read from the record as its own namespace.)
import type { ReportWords } from '../../shared/report-words';

export function recordWords(report: ReportWords) {
  return {
    leader: { noCase: report.noCase },
    debrief: {
      caseHeading: report.caseHeading,
      phase: report.phase,
      startedAt: report.startedAt,
      planned: report.planned,
      actual: report.actual,
      pauseSignals: report.pauseSignals,
      flags: report.flags,
      notReached: report.notReached,
      flagsHeading: report.flagsHeading,
      noFlags: report.noFlags,
      flagTime: report.flagTime,
      flagCase: report.flagCase,
      flagKind: report.flagKind,
      flagHandled: report.flagHandled,
      handled: report.handled,
      leadershipHeading: report.leadershipHeading,
      leaderThroughout: report.leaderThroughout,
      takeover: report.takeover,
      handback: report.handback,
    },
    endedEarly: { debrief: report.endedIn, skipped: report.skipped },
    frames: { debriefPart: report.partHeading },
    recordPhases: { dropped: report.dropped },
    leadingLog: { balint: report.frames.balint, development: report.frames.development },
    checkoutResults: {
      heading: report.checkoutCounts.heading,
      tooFew: report.checkoutCounts.tooFew,
      scale: report.checkoutCounts.scale,
      safety: report.checkoutCounts.safety,
      focus: report.checkoutCounts.focus,
    },
  };
}
