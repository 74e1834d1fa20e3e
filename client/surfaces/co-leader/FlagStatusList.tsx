import type { FlagView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';
import { useFlagWords } from '../../i18n/useFlagWords';
import { clockTime } from '../../time';

/** What became of each flag, so the co-leader knows the leader saw it without looking up. */
export function FlagStatusList({ flags }: { flags: readonly FlagView[] }) {
  const { t, i18n } = useTranslation('room');
  const flagWords = useFlagWords();
  const newestFirst = [...flags].reverse();
  return (
    <section className="card stack-small" aria-labelledby="my-flags">
      <h2 id="my-flags">{t('coLeader.myFlags')}</h2>
      {newestFirst.length === 0 && <p className="muted">{t('coLeader.noFlags')}</p>}
      <ul className="plain-list">
        {newestFirst.map((flag) => (
          <li key={flag.id} className={`flag-status__item flag-status__item--${flag.status}`}>
            <span className="flag-status__label">{flagWords(flag.kind).label}</span>
            <span className={`badge badge--${flag.status}`}>{t(`coLeader.status.${flag.status}`)}</span>
            <time className="muted small" dateTime={new Date(flag.raisedAt).toISOString()}>
              {clockTime(flag.raisedAt, i18n.language)}
            </time>
            {flag.note && <span className="flag-status__note small">“{flag.note}”</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
