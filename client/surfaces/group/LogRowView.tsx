// One meeting in the leading log. On screen the leaders can correct who led and co-led and note
// supervision with the supervisor's initials; on paper each cell prints as plain text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderList } from '../../../shared/leaders';
import { SUPERVISOR_INITIALS_MAX, type LogRow } from '../../../shared/leading-log';
import { refusalWords } from '../../i18n/refusal';
import { useLanguage } from '../../i18n/useLanguage';
import { saveLogRow, supervisionPath } from '../../leadingLogApi';
import { formatDay } from './logFormat';

interface Props {
  groupId: string;
  token: string;
  row: LogRow;
  /** The row's format as the reader says it. */
  formatTitle: string;
  list: LeaderList;
  onSaved: () => void;
}

export function LogRowView({ groupId, token, row, formatTitle, list, onSaved }: Props) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const day = formatDay(row.date, lang);
  const [initials, setInitials] = useState(row.supervisorInitials ?? '');
  // Ticked at once, and put right by the reload if the server refused it.
  const [supervised, setSupervised] = useState(row.supervised);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setInitials(row.supervisorInitials ?? ''), [row.supervisorInitials]);
  useEffect(() => setSupervised(row.supervised), [row.supervised]);

  const save = async (change: Parameters<typeof saveLogRow>[3]) => {
    const result = await saveLogRow(groupId, token, row.sessionId, change);
    setFailure(result.ok ? null : refusalWords(result));
    onSaved();
  };
  const minutes = (value: number) => t('leadingLog.minutes', { minutes: value });

  const leaderCell = (which: 'ledBy' | 'coLedBy') => {
    const current = row[which];
    return (
      <td>
        <select
          className="select no-print"
          aria-label={t(which === 'ledBy' ? 'leadingLog.ledByOf' : 'leadingLog.coLedByOf', { date: day })}
          value={current?.leaderId ?? ''}
          onChange={(event) => void save({ [which]: event.target.value || null })}
        >
          <option value="">{t('leaders.notNoted')}</option>
          {list.leaders.map((leader) => (
            <option key={leader.leaderId} value={leader.leaderId}>
              {leader.name}
            </option>
          ))}
        </select>
        <span className="print-only">{current?.name ?? t('leaders.notNoted')}</span>
      </td>
    );
  };

  return (
    <tr>
      <th scope="row">
        {day}
        <span className="leading-log__title">{row.title}</span>
      </th>
      <td>{minutes(row.plannedMin)}</td>
      <td>{minutes(row.actualMin)}</td>
      <td>{minutes(row.minutesBalint)}</td>
      <td>{minutes(row.minutesDevelopment)}</td>
      <td>{formatTitle}</td>
      <td>{row.cases}</td>
      <td>{row.members}</td>
      {leaderCell('ledBy')}
      {leaderCell('coLedBy')}
      <td>{row.takeovers}</td>
      <td>
        <div className="leading-log__supervised no-print">
          <input
            type="checkbox"
            aria-label={t('leadingLog.supervisedOf', { date: day })}
            checked={supervised}
            onChange={(event) => {
              setSupervised(event.target.checked);
              void save({ supervised: event.target.checked });
            }}
          />
          {supervised && (
            <input
              className="input leading-log__initials"
              aria-label={t('leadingLog.supervisorInitialsOf', { date: day })}
              placeholder={t('leadingLog.supervisorInitials')}
              value={initials}
              maxLength={SUPERVISOR_INITIALS_MAX}
              onChange={(event) => setInitials(event.target.value)}
              onBlur={() => {
                if (initials.trim() !== (row.supervisorInitials ?? '')) {
                  void save({ supervised: true, supervisorInitials: initials.trim() || null });
                }
              }}
            />
          )}
        </div>
        <span className="print-only">
          {row.supervised ? `${t('leadingLog.yes')}${row.supervisorInitials ? ` (${row.supervisorInitials})` : ''}` : t('leadingLog.no')}
        </span>
        {failure && (
          <p className="small error" role="alert">
            {t('leadingLog.saveFailed', { reason: failure })}
          </p>
        )}
      </td>
      <td className="no-print">
        <a href={supervisionPath(groupId, row.sessionId)} aria-label={t('leadingLog.reportOf', { date: day })}>
          {t('leadingLog.report')}
        </a>
      </td>
    </tr>
  );
}
