// What a round of the record is called, on the debrief and on the group page alike: a case is
// "Case 2", a professional-development part is no case and says its frame ("Part 2 · Professional
// development"), keeping the two frames apart wherever the record is read.
import type { TFunction } from 'i18next';
import { frameOfRound } from '../../../shared/frames';
import type { ReportRound } from '../../record';

export function roundHeading(t: TFunction<['console', 'record']>, round: ReportRound, index: number): string {
  const number = index + 1;
  return (round.frame ?? frameOfRound(round.kind)) === 'development'
    ? `${t('frames.debriefPart', { number })} · ${t('record:frames.development')}`
    : t('debrief.caseHeading', { number });
}
