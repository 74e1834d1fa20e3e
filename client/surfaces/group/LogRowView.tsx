// One meeting in the leading log, read as text as it goes onto an accreditation form: who led and
// co-led, supervised and by whom. Its "Edit" corrects those (LogRowEdit); on paper only the text prints.
// Each cell carries its column's name, so on a phone the row reads as a card of "label: value".
import { useTranslation } from 'react-i18next';
import type { LeaderList } from '../../../shared/leaders';
import type { LogRow } from '../../../shared/leading-log';
import { useLanguage } from '../../i18n/useLanguage';
import { supervisionPath } from '../../leadingLogApi';
import { LogRowEdit } from './LogRowEdit';
import { formatDay } from './logFormat';

interface Props {
  groupId: string;
  token: string;
  row: LogRow;
  /** The row's format as the reader says it. */
  formatTitle: string;
  /** Whether the log shows the two frames' columns (only when some meeting had professional development). */
  framed: boolean;
  /** Whether a supervision report of this meeting is written: "Supervision report" then, else "Write a report". */
  reportWritten: boolean;
  list: LeaderList;
  onSaved: () => void;
}

export function LogRowView({ groupId, token, row, formatTitle, framed, reportWritten, list, onSaved }: Props) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const day = formatDay(row.date, lang);
  const minutes = (value: number) => t('leadingLog.minutes', { minutes: value });
  const supervision = row.supervised ? `${t('leadingLog.yes')}${row.supervisorInitials ? ` (${row.supervisorInitials})` : ''}` : t('leadingLog.no');

  return (
    <tr>
      <th scope="row">
        {day}
        <span className="leading-log__title">{row.title}</span>
      </th>
      <td data-label={t('leadingLog.planned')}>{minutes(row.plannedMin)}</td>
      <td data-label={t('leadingLog.actual')}>{minutes(row.actualMin)}</td>
      {framed && <td data-label={t('leadingLog.balint')}>{minutes(row.minutesBalint)}</td>}
      {framed && <td data-label={t('leadingLog.development')}>{minutes(row.minutesDevelopment)}</td>}
      <td data-label={t('leadingLog.format')} className="leading-log__text">
        {formatTitle}
      </td>
      <td data-label={t('leadingLog.cases')}>{row.cases}</td>
      <td data-label={t('leadingLog.members')}>{row.members}</td>
      <td data-label={t('leaders.ledBy')} className="leading-log__text">
        {row.ledBy?.name ?? t('leaders.notNoted')}
      </td>
      <td data-label={t('leaders.coLedBy')} className="leading-log__text">
        {row.coLedBy?.name ?? t('leaders.notNoted')}
      </td>
      <td data-label={t('leadingLog.takeovers')}>{row.takeovers}</td>
      <td data-label={t('leadingLog.supervised')} className="leading-log__text">
        {supervision}
      </td>
      <td className="leading-log__actions no-print">
        <LogRowEdit groupId={groupId} token={token} row={row} day={day} list={list} onSaved={onSaved} />
        <a href={supervisionPath(groupId, row.sessionId)} aria-label={t(reportWritten ? 'leadingLog.reportOf' : 'leadingLog.writeReportOf', { date: day })}>
          {t(reportWritten ? 'leadingLog.report' : 'leadingLog.writeReport')}
        </a>
      </td>
    </tr>
  );
}
