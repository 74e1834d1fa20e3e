// The group's supervision reports: the meetings a leader has written about, who wrote, and whether
// the presenter has been checked in with. Each opens the report to read on or write one's own part.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { leaderById, type LeaderList } from '../../../shared/leaders';
import type { SupervisionReportSummary } from '../../../shared/supervision';
import { useLanguage } from '../../i18n/useLanguage';
import { supervisionPath } from '../../leadingLogApi';
import { formatDay } from './logFormat';

export function SupervisionReports({ groupId, reports, list }: { groupId: string; reports: SupervisionReportSummary[]; list: LeaderList }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const headingId = useId();
  const nameOf = (leaderId: string) => leaderById(list, leaderId)?.name ?? t('supervision.unknownLeader');
  return (
    <section className="card stack-small supervision-list no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('supervision.listHeading')}</h2>
      {reports.length === 0 && <p className="muted">{t('supervision.listEmpty')}</p>}
      <ul className="stack-small">
        {reports.map((report) => (
          <li key={report.sessionId}>
            <a href={supervisionPath(groupId, report.sessionId)}>
              {report.title}, {formatDay(report.date, lang)}
            </a>
            <p className="small muted">
              {t('supervision.writtenBy', { names: report.authors.map(nameOf).join(', ') })}
              {report.presenterCheckIn && ` · ✓ ${t('supervision.checkedIn')}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
