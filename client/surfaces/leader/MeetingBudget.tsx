// The meeting's budget under the rail, across every case: when the meeting is planned to end, when
// this case ends at this pace, and what the phases ahead would give to end on time (the presenter's
// return last).
import { useEffect, useState } from 'react';
import { meetingBudget, ON_TIME_MS } from '../../../shared/budget';
import { frameOf } from '../../../shared/frames';
import type { LeadersView } from '../../../shared/views';
import { serverNow } from '../../store';
import { useTranslation } from 'react-i18next';
import { clockTime, duration } from '../../time';
import { MeetingPlanField } from './MeetingPlanField';
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

export function MeetingBudget({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t, i18n } = useTranslation(['console', 'record']);
  // Re-read the clock on every render too, so a new view shows at once.
  useServerNow(REFRESH_MS);
  const budget = meetingBudget({
    phases: view.phases,
    phaseIndex: view.phase.index,
    meetingStartedAt: view.meetingStartedAt,
    meetingPlanSec: view.meetingPlanSec,
    timer: view.phase.timer,
    now: serverNow(),
  });
  const titleOf = (id: string) => view.phases.find((phase) => phase.id === id)?.title ?? id;
  const cuts = budget.cuts.map((cut) => `${titleOf(cut.id)} −${duration(cut.bySec)}`).join(', ');
  // A professional-development part is no case: the budget names its frame, as the debrief does.
  const heading = t('budget.headingWithCase', {
    heading: t('budget.heading'),
    case: frameOf(view.phase) === 'development' ? t('record:frames.development') : t('budget.caseLabel', { number: view.caseNumber }),
  });

  if (budget.plannedEnd === null || budget.driftMs === null) {
    return (
      <section className="budget" aria-label={heading}>
        <h3 className="budget__heading">{heading}</h3>
        <p className="hint">{t('budget.notStarted', { minutes: Math.round(view.meetingPlanSec / 60) })}</p>
        <MeetingPlanField planSec={view.meetingPlanSec} canLead={canLead} />
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
      {state === 'late' && budget.cuts.length > 0 && (
        <p className="budget__advice">
          {t('budget.shorten', { list: cuts })}
          {!budget.shrinkFits && <span className="hint"> {t('budget.shrinkTooMuch')}</span>}
        </p>
      )}
      {state === 'late' && budget.phasesAhead === 0 && <p className="hint">{t('budget.lastPhaseLate')}</p>}
      {state === 'early' && budget.anotherCaseFits && <p className="hint">{t('budget.anotherCase')}</p>}
      <MeetingPlanField planSec={view.meetingPlanSec} canLead={canLead} />
    </section>
  );
}
