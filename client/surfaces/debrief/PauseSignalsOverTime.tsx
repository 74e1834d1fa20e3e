// The anonymous pause signals, counted per phase in the order the phases ran: when the room asked
// for air. A count only, as the members were promised.
import type { Report } from '../../../shared/report';
import { roundRows } from '../../record';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { clockTime } from '../../time';

export function PauseSignalsOverTime({ report }: { report: Report }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const several = report.rounds.length > 1;
  const rows = report.rounds
    .flatMap((round, index) =>
      roundRows(round, index)
        .filter((row) => row.phase.startedAt !== null || row.phase.pauseSignals > 0)
        .map((row) => ({ ...row, index })),
    )
    .sort((a, b) => (a.phase.startedAt ?? Infinity) - (b.phase.startedAt ?? Infinity));
  const most = Math.max(1, ...rows.map((row) => row.phase.pauseSignals));

  return (
    <section className="card stack-small" aria-labelledby="debrief-pauses">
      <h2 id="debrief-pauses">{t('debrief.pauseHeading')}</h2>
      {report.pauseSignals === 0 ? (
        <p className="muted">{t('debrief.noPauses')}</p>
      ) : (
        <ol className="plain-list pause-bars">
          {rows.map(({ phase, index }) => (
            <li
              key={`${index}-${phase.id}`}
              className={`pause-bars__row${phase.pauseSignals === 0 ? ' pause-bars__row--none' : ''}`}
            >
              <span className="pause-bars__time">{phase.startedAt === null ? '–' : clockTime(phase.startedAt, lang)}</span>
              <span className="pause-bars__label">
                {several && <span className="muted">{t('debrief.caseHeading', { number: index + 1 })} · </span>}
                {phase.title}
              </span>
              <span className="pause-bars__track" aria-hidden="true">
                <span className="pause-bars__bar" style={{ width: `${(phase.pauseSignals / most) * 100}%` }} />
              </span>
              <span className="pause-bars__count">{t('debrief.pauseRow', { count: phase.pauseSignals })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
