import type { Report } from '../../../shared/report';
import { text } from '../../text';
import { clockTime, difference, duration } from '../../time';
import type { CaseRow } from '../../record';

/** The case's figures as a table: the timeline's data, for reading, for screen readers and for print. */
export function PhaseTable({ report, index, rows }: { report: Report; index: number; rows: CaseRow[] }) {
  const flagsIn = (phaseId: string) =>
    report.flags.filter((flag) => flag.round === index && flag.phaseId === phaseId).length;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{text.debrief.tableCaption(index)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.debrief.phase}</th>
            <th scope="col">{text.debrief.startedAt}</th>
            <th scope="col" className="numeric">{text.debrief.planned}</th>
            <th scope="col" className="numeric">{text.debrief.actual}</th>
            <th scope="col" className="numeric">{text.debrief.difference}</th>
            <th scope="col" className="numeric">{text.debrief.pauseSignals}</th>
            <th scope="col" className="numeric">{text.debrief.flags}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ phase }, position) => {
            const reached = phase.startedAt !== null;
            const over = phase.actualSec - phase.plannedSec;
            return (
              <tr key={`${phase.id}-${position}`}>
                <th scope="row">{phase.title}</th>
                <td className="nowrap">
                  {reached ? clockTime(phase.startedAt!) : <span className="muted">{text.debrief.notReached}</span>}
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
