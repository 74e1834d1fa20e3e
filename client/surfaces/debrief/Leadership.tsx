import type { Report } from '../../../shared/report';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../time';

/** Who led when: a takeover and the handback, or that the leader led throughout. */
export function Leadership({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('console');
  return (
    <section className="card stack-small" aria-labelledby="debrief-leadership">
      <h2 id="debrief-leadership">{t('debrief.leadershipHeading')}</h2>
      {report.leadership.length === 0 ? (
        <p className="muted">{t('debrief.leaderThroughout')}</p>
      ) : (
        <ul className="debrief-list">
          {report.leadership.map((change) => (
            <li key={change.at}>
              <time dateTime={new Date(change.at).toISOString()}>{clockTime(change.at, i18n.language)}</time>{' '}
              {change.event === 'takeover' ? t('debrief.takeover') : t('debrief.handback')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
