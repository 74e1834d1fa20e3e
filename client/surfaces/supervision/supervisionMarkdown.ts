// The supervision report as a Markdown file: each heading with the meeting's facts and every
// leader's part under their own name, in the reader's language.
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/language';
import { leaderById, type LeaderList } from '../../../shared/leaders';
import { SUPERVISION_HEADINGS, type SupervisionReport } from '../../../shared/supervision';
import { dateTime } from '../../time';
import { factWords } from './factWords';

export function supervisionMarkdown(report: SupervisionReport, list: LeaderList, t: TFunction<['console', 'record']>, lang: Language): string {
  const nameOf = (leaderId: string) => leaderById(list, leaderId)?.name ?? t('supervision.unknownLeader');
  const lines = [`# ${t('supervision.kicker')}: ${report.title}`, '', dateTime(report.date, lang), ''];
  for (const heading of SUPERVISION_HEADINGS) {
    lines.push(`## ${t(`supervision.headings.${heading}`)}`, '', `### ${t('supervision.fromTheMeeting')}`, '');
    const facts = report.prefill[heading];
    if (facts.length === 0) lines.push(t('supervision.nothingRecorded'));
    for (const fact of facts) lines.push(`- ${factWords(fact, report.format, t, lang)}`);
    lines.push('');
    for (const part of report.parts) {
      const text = part.answers[heading];
      if (!text) continue;
      lines.push(`### ${t('supervision.otherPart', { name: nameOf(part.authorId) })}`, '', text, '');
    }
  }
  const checked = report.parts.filter((part) => part.presenterCheckIn).map((part) => nameOf(part.authorId));
  lines.push(`- [${checked.length > 0 ? 'x' : ' '}] ${t('supervision.checkIn')}${checked.length > 0 ? ` (${checked.join(', ')})` : ''}`);
  return `${lines.join('\n')}\n`;
}
