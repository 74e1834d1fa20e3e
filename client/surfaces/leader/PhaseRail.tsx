// Every phase of the case, in order. The current one opens up with its prompt, its clock and the
// controls that move time; any other phase is one click away. Phases already run shrink to a row of
// ticked numbers, so the running phase's controls stay in the same place on a laptop screen,
// whichever phase is running.
import type { LeadersView } from '../../../shared/views';
import { frameOf } from '../../../shared/frames';
import { FrameMark } from '../../components/FrameMark';
import { Timer } from '../../components/Timer';
import { useTranslation } from 'react-i18next';
import { MeetingBudget } from './MeetingBudget';
import './rail.css';
import { TimerControls } from './TimerControls';
import type { PhaseDriver } from './usePhaseDriver';

interface PhaseRailProps {
  view: LeadersView;
  driver: PhaseDriver;
  canLead: boolean;
}

export function PhaseRail({ view, driver, canLead }: PhaseRailProps) {
  const { t } = useTranslation('console');
  const { phase, phases } = view;
  return (
    <section className="rail card" aria-labelledby="rail-heading">
      <h2 id="rail-heading" className="visually-hidden">
        {t('leader.phases')}
      </h2>
      {/* Balint case work is the console's own ground; the other frame says so above its phases,
          where the leader looks, so nobody leads a development part by case rules or the reverse. */}
      {frameOf(phase) === 'development' && <FrameMark phase={phase} />}
      <ol className="rail__list">
        {phases.map((plan, index) => {
          if (index === phase.index) {
            return (
              <li key={plan.id} className="rail__current" aria-current="step">
                <p className="rail__step">
                  {t('common.phaseOf', { number: index + 1, total: phases.length })} ·{' '}
                  {t('leader.minutes', { minutes: Math.round(plan.durationSec / 60) })}
                </p>
                <h3 className="rail__title">{phase.title}</h3>
                {phase.prompt && <p className="rail__prompt">{phase.prompt}</p>}
                {phase.details && <p className="rail__details">{phase.details}</p>}
                <Timer timer={phase.timer} label={phase.title} />
                <TimerControls view={view} driver={driver} canLead={canLead} />
              </li>
            );
          }
          const minutes = t('leader.minutes', { minutes: Math.round(plan.durationSec / 60) });
          if (index < phase.index) {
            return (
              <li key={plan.id} className="rail__done">
                <button
                  className="rail__chip"
                  type="button"
                  onClick={() => driver.goTo(plan.id)}
                  disabled={!canLead}
                  title={plan.title}
                  // The chip shows its number (drawn by rail.css), so the number leads its name.
                  aria-label={`${index + 1} ${t('leader.gotoPhase', { title: plan.title })} ${minutes}`}
                >
                  <span className="rail__number" aria-hidden="true" />
                </button>
              </li>
            );
          }
          return (
            <li key={plan.id} className="rail__ahead">
              <button
                className="rail__phase"
                type="button"
                onClick={() => driver.goTo(plan.id)}
                disabled={!canLead}
                // The name holds what the button shows (WCAG 2.5.3): "Go to Closing 2 min" answers a
                // voice user who says "click Closing", and a screen reader still hears where it goes.
                aria-label={`${t('leader.gotoPhase', { title: plan.title })} ${minutes}`}
              >
                {/* The number is drawn by rail.css, so the words on the button are all in its name. */}
                <span className="rail__number" aria-hidden="true" />{' '}
                <span className="rail__phase-title">{plan.title}</span> <span className="rail__minutes">{minutes}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <MeetingBudget view={view} canLead={canLead} />
    </section>
  );
}
