// A process fact under a supervision heading, said in the reader's language with the debrief's own
// words for flag kinds, handling and cues (the `record` words, shared/report-words/), so the report
// and the debrief agree.
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/language';
import { localizePhaseWords } from '../../../shared/localize';
import { handledKey } from '../../../shared/report-words/handled';
import type { Fact } from '../../../shared/supervision';
import { flagLabel } from '../../record';
import { duration } from '../../time';

/** `format`: the meeting's format id, so a shipped phase's title is said in the reader's language. */
export function factWords(fact: Fact, format: string, t: TFunction<['console', 'record']>, lang: Language): string {
  switch (fact.fact) {
    case 'timing': {
      const timing = {
        title: localizePhaseWords(format, { id: fact.phaseId, title: fact.title }, lang).title,
        round: fact.round + 1,
        planned: duration(fact.plannedSec),
        actual: duration(fact.actualSec),
      };
      // A part in professional development is no case: named as the debrief names it.
      return fact.roundKind === 'development'
        ? t('supervision.factTimingDevelopment', { ...timing, frame: t('record:frames.development') })
        : t('supervision.factTiming', timing);
    }
    case 'flag':
      return t('supervision.factFlag', { kind: flagLabel(fact.kind, lang), handled: t(`record:handled.${handledKey(fact.handled)}`), count: fact.count });
    case 'cue':
      return t('supervision.factCue', { cue: t(`record:cues.${fact.cue}`), count: fact.count });
    case 'pause-signals':
      return t('supervision.factPauses', { count: fact.count });
    case 'takeovers':
      return t('supervision.factTakeovers', { takeovers: fact.takeovers, handbacks: fact.handbacks });
  }
}
