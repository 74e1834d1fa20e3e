import type { Report } from '../../../shared/report';
import { useTranslation } from 'react-i18next';
import { clockTime, difference, duration } from '../../time';
import { phaseReach, type RoundRow } from '../../record';

/** The case's figures as a table: the timeline's data, for reading, for screen readers and for print. */
export function PhaseTable({ report, index, rows }: { report: Report; index: number; rows: RoundRow[] }) {
  const { t, i18n } = useTranslation('console');
  const flagsIn = (phaseId: string) =>
    report.flags.filter((flag) => flag.round === index && flag.phaseId === phaseId).length;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('debrief.tableCaption', { number: index + 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('debrief.phase')}</th>
            <th scope="col">{t('debrief.startedAt')}</th>
            <th scope="col" className="numeric">{t('debrief.planned')}</th>
            <th scope="col" className="numeric">{t('debrief.actual')}</th>
            <th scope="col" className="numeric">{t('debrief.difference')}</th>
            <th scope="col" className="numeric">{t('debrief.pauseSignals')}</th>
            <th scope="col" className="numeric">{t('debrief.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ phase }, position) => {
            const reached = phase.startedAt !== null;
            const reach = phaseReach(rows, position);
            const over = phase.actualSec - phase.plannedSec;
            return (
              <tr key={`${phase.id}-${position}`} className={`phase-row phase-row--${reach}`}>
                <th scope="row">
                  {phase.title}
                  {/* Taken out of the plan by an edit, kept for what happened in it (a flag points here). */}
                  {phase.dropped && <span className="phase-row__dropped muted">{t('recordPhases.dropped')}</span>}
                </th>
                <td className="nowrap">
                  {reached ? (
                    clockTime(phase.startedAt!, i18n.language)
                  ) : (
                    <span className="muted">{reach === 'skipped' ? t('endedEarly.skipped') : t('debrief.notReached')}</span>
                  )}
                </td>
                <td className="numeric">{duration(phase.plannedSec)}</td>
                <td className="numeric">{reached ? duration(phase.actualSec) : '–'}</td>
                <td className={`numeric${reached && over > 0 ? ' over' : ''}`}>{reached ? difference(over) : '–'}</td>
                <td className="numeric">{phase.pauseSignals}</td>
                <td className="numeric">{flagsIn(phase.id)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
