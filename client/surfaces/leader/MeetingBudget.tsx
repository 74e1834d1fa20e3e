// The whole case's budget under the rail: when the plan said it would end, when it will end at
// this pace, and what each phase ahead would have to give to end on time.
import { useEffect, useState } from 'react';
import { meetingBudget, ON_TIME_MS } from '../../../shared/budget';
import type { LeadersView } from '../../../shared/views';
import { serverNow } from '../../store';
import { useTranslation } from 'react-i18next';
import { clockTime, duration } from '../../time';
import './budget.css';

/** The projection moves only while a phase is paused or running over: a few seconds' step is plenty. */
const REFRESH_MS = 5_000;

function useServerNow(intervalMs: number): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const id = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

export function MeetingBudget({ view }: { view: LeadersView }) {
  const { t, i18n } = useTranslation('console');
  // Re-read the clock on every render too, so a new view shows at once.
  useServerNow(REFRESH_MS);
  const budget = meetingBudget({
    phases: view.phases,
    phaseIndex: view.phase.index,
    round: view.round,
    roundStartedAt: view.roundStartedAt,
    timer: view.phase.timer,
    now: serverNow(),
  });
  const heading = t('budget.headingWithCase', {
    heading: t('budget.heading'),
    case: t('budget.caseLabel', { number: view.round + 1 }),
  });

  if (budget.plannedEnd === null || budget.driftMs === null) {
    return (
      <section className="budget" aria-label={heading}>
        <h3 className="budget__heading">{heading}</h3>
        <p className="hint">{t('budget.notStarted', { minutes: Math.round(budget.plannedSec / 60) })}</p>
      </section>
    );
  }

  const drift = budget.driftMs;
  const driftMin = Math.round(Math.abs(drift) / 60_000);
  const state = Math.abs(drift) <= ON_TIME_MS || driftMin === 0 ? 'on-time' : drift > 0 ? 'late' : 'early';
  const driftText =
    state === 'on-time'
      ? t('budget.onTime')
      : t(state === 'late' ? 'budget.late' : 'budget.early', { minutes: driftMin });

  return (
    <section className="budget" aria-label={heading}>
      <h3 className="budget__heading">{heading}</h3>
      <dl className="budget__figures">
        <div>
          <dt>{t('budget.plannedEnd')}</dt>
          <dd>{clockTime(budget.plannedEnd, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('budget.projectedEnd')}</dt>
          <dd>
            {clockTime(budget.projectedEnd, i18n.language)}{' '}
            <span className={`budget__drift budget__drift--${state}`}>{driftText}</span>
          </dd>
        </div>
      </dl>
      {state === 'late' && budget.shrinkEachSec !== null && budget.shrinkEachSec > 0 && (
        <p className="budget__advice">
          {t('budget.shrinkEach', { clock: duration(budget.shrinkEachSec) })}
          {!budget.shrinkFits && <span className="hint"> {t('budget.shrinkTooMuch')}</span>}
        </p>
      )}
      {state === 'late' && budget.shrinkEachSec === null && <p className="hint">{t('budget.lastPhaseLate')}</p>}
    </section>
  );
}
