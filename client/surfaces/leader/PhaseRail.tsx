// Every phase of the case, in order. The current one opens up with its prompt, its clock and the
// controls that move time; any other phase is one click away.
import type { LeadersView } from '../../../shared/views';
import { Timer } from '../../components/Timer';
import { text } from '../../text';
import { useRemainingMs } from '../../useServerClock';
import './rail.css';
import { TimerControls } from './TimerControls';
import type { PhaseDriver } from './usePhaseDriver';

interface PhaseRailProps {
  view: LeadersView;
  driver: PhaseDriver;
  canLead: boolean;
}

export function PhaseRail({ view, driver, canLead }: PhaseRailProps) {
  const { phase, phases } = view;
  return (
    <section className="rail card" aria-labelledby="rail-heading">
      <h2 id="rail-heading" className="visually-hidden">
        {text.leader.phases}
      </h2>
      <ol className="rail__list">
        {phases.map((plan, index) => {
          if (index === phase.index) {
            return (
              <li key={plan.id} className="rail__current" aria-current="step">
                <p className="rail__step">
                  {text.common.phaseOf(index, phases.length)} · {text.leader.minutes(Math.round(plan.durationSec / 60))}
                </p>
                <h3 className="rail__title">{phase.title}</h3>
                {phase.prompt && <p className="rail__prompt">{phase.prompt}</p>}
                <Timer timer={phase.timer} label={phase.title} />
                <TimerControls view={view} driver={driver} canLead={canLead} />
              </li>
            );
          }
          return (
            <li key={plan.id} className={index < phase.index ? 'rail__done' : 'rail__ahead'}>
              <button
                className="rail__phase"
                type="button"
                onClick={() => driver.goTo(plan.id)}
                disabled={!canLead}
                aria-label={text.leader.gotoPhase(plan.title)}
              >
                <span className="rail__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="rail__phase-title">{plan.title}</span>
                <span className="rail__minutes">{text.leader.minutes(Math.round(plan.durationSec / 60))}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <CaseBudget view={view} />
    </section>
  );
}

/** What the plan still holds: this phase's remaining time plus every phase after it. */
function CaseBudget({ view }: { view: LeadersView }) {
  const current = Math.max(0, useRemainingMs(view.phase.timer));
  const later = view.phases
    .slice(view.phase.index + 1)
    .reduce((sum, plan) => sum + plan.durationSec * 1000, 0);
  return <p className="hint">{text.leader.planLeft(Math.ceil((current + later) / 60_000))}</p>;
}
