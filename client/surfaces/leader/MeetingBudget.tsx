// The whole case's budget under the rail: when the plan said it would end, when it will end at
// this pace, and what each phase ahead would have to give to end on time.
import { useEffect, useState } from 'react';
import { meetingBudget, ON_TIME_MS } from '../../../shared/budget';
import type { LeadersView } from '../../../shared/views';
import { serverNow } from '../../store';
import { text } from '../../text';
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
  const heading = `${text.budget.heading} · ${text.budget.caseLabel(view.round)}`;

  if (budget.plannedEnd === null || budget.driftMs === null) {
    return (
      <section className="budget" aria-label={heading}>
        <h3 className="budget__heading">{heading}</h3>
        <p className="hint">{text.budget.notStarted(Math.round(budget.plannedSec / 60))}</p>
      </section>
    );
  }

  const drift = budget.driftMs;
  const driftMin = Math.round(Math.abs(drift) / 60_000);
  const state = Math.abs(drift) <= ON_TIME_MS || driftMin === 0 ? 'on-time' : drift > 0 ? 'late' : 'early';
  const driftText =
    state === 'on-time' ? text.budget.onTime : state === 'late' ? text.budget.late(driftMin) : text.budget.early(driftMin);

  return (
    <section className="budget" aria-label={heading}>
      <h3 className="budget__heading">{heading}</h3>
      <dl className="budget__figures">
        <div>
          <dt>{text.budget.plannedEnd}</dt>
          <dd>{clockTime(budget.plannedEnd)}</dd>
        </div>
        <div>
          <dt>{text.budget.projectedEnd}</dt>
          <dd>
            {clockTime(budget.projectedEnd)}{' '}
            <span className={`budget__drift budget__drift--${state}`}>{driftText}</span>
          </dd>
        </div>
      </dl>
      {state === 'late' && budget.shrinkEachSec !== null && budget.shrinkEachSec > 0 && (
        <p className="budget__advice">
          {text.budget.shrinkEach(duration(budget.shrinkEachSec))}
          {!budget.shrinkFits && <span className="hint"> {text.budget.shrinkTooMuch}</span>}
        </p>
      )}
      {state === 'late' && budget.shrinkEachSec === null && <p className="hint">{text.budget.lastPhaseLate}</p>}
    </section>
  );
}
