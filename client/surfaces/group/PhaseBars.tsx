// Small bars, one per phase: the outline is the plan, the fill the time the phase ran, amber past
// the plan. The figures sit beside each bar, so the bars are decoration for the eye only.
import { phaseReach, type RoundRow } from '../../record';
import { useTranslation } from 'react-i18next';
import { duration } from '../../time';

export function PhaseBars({ rows }: { rows: RoundRow[] }) {
  const { t } = useTranslation('console');
  const longest = Math.max(1, ...rows.map((row) => Math.max(row.phase.plannedSec, row.phase.actualSec)));
  const share = (seconds: number) => `${(seconds / longest) * 100}%`;
  return (
    <ul className="plain-list phase-bars">
      {rows.map(({ phase }, position) => {
        const within = Math.min(phase.actualSec, phase.plannedSec);
        const over = Math.max(0, phase.actualSec - phase.plannedSec);
        const reach = phaseReach(rows, position);
        return (
          <li key={`${phase.id}-${position}`} className={`phase-bars__row phase-bars__row--${reach}`}>
            <span className="phase-bars__title">{phase.title}</span>
            <span className="phase-bars__track" aria-hidden="true">
              <span className="phase-bars__planned" style={{ width: share(phase.plannedSec) }} />
              <span className="phase-bars__actual" style={{ width: share(within) }} />
              {over > 0 && (
                <span className="phase-bars__over" style={{ left: share(phase.plannedSec), width: share(over) }} />
              )}
            </span>
            <span className={`phase-bars__figures${over > 0 ? ' phase-bars__figures--over' : ''}`}>
              {reach === 'ran'
                ? t('group.timing', { actual: duration(phase.actualSec), planned: duration(phase.plannedSec) })
                : reach === 'skipped'
                  ? t('endedEarly.skipped')
                  : t('debrief.notReached')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
