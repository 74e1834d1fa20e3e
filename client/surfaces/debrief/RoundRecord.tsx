// One round of the meeting (a case, or a development part): the timeline, and the same figures as a table.
import type { Report } from '../../../shared/report';
import { useTranslation } from 'react-i18next';
import { duration } from '../../time';
import { roundRows, endedEarlyIn, type ReportRound } from '../../record';
import { PhaseTable } from './PhaseTable';
import { roundHeading } from './roundHeading';
import { leadershipIn, Timeline, TimelineLegend } from './Timeline';

export function RoundRecord({ report, round, index }: { report: Report; round: ReportRound; index: number }) {
  const { t } = useTranslation(['console', 'record']);
  const rows = roundRows(round, index);
  const planned = rows.reduce((sum, row) => sum + row.phase.plannedSec, 0);
  const actual = rows.reduce((sum, row) => sum + row.phase.actualSec, 0);
  const headingId = `case-${index}-heading`;
  const endedIn = endedEarlyIn(report, index, rows);
  return (
    <section className="debrief-case card stack-small" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {roundHeading(t, round, index)}
      </h2>
      {/* A case the meeting ended in early stopped there: it did not run under its plan. */}
      {endedIn && <p className="debrief-case__ended">{t('endedEarly.debrief', { phase: endedIn.title })}</p>}
      <p className="muted">{t('debrief.caseSummary', { planned: duration(planned), actual: duration(actual) })}</p>
      <figure className="debrief-case__chart">
        <div className="debrief-case__scroll">
          <Timeline report={report} index={index} rows={rows} />
        </div>
        <TimelineLegend leadership={leadershipIn(report, index).length > 0} />
      </figure>
      <PhaseTable report={report} index={index} rows={rows} />
    </section>
  );
}
