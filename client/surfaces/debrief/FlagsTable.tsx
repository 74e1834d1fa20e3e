// Every flag of the meeting in time order, with how the leaders answered it; a redirect keeps the
// words the room was given.
import type { Report } from '../../../shared/report';
import { text } from '../../text';
import { clockTime } from '../../time';
import { flagLabel, phaseTitle } from '../../record';

type ReportFlag = Report['flags'][number];

export function handledText(flag: ReportFlag): string {
  switch (flag.status) {
    case 'resolved':
      return flag.redirect ? text.debrief.handled.redirected(flag.redirect) : text.debrief.handled.resolved;
    case 'acknowledged':
      return text.debrief.handled.acknowledged;
    case 'dismissed':
      return text.debrief.handled.dismissed;
    default:
      return text.debrief.handled.open;
  }
}

export function FlagsTable({ report }: { report: Report }) {
  const flags = [...report.flags].sort((a, b) => a.raisedAt - b.raisedAt);
  const several = report.rounds.length > 1;
  return (
    <section className="card stack-small" aria-labelledby="debrief-flags">
      <h2 id="debrief-flags">{text.debrief.flagsHeading}</h2>
      {flags.length === 0 ? (
        <p className="muted">{text.debrief.noFlags}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{text.debrief.flagTime}</th>
                {several && <th scope="col">{text.debrief.flagCase}</th>}
                <th scope="col">{text.debrief.phase}</th>
                <th scope="col">{text.debrief.flagKind}</th>
                <th scope="col">{text.debrief.flagHandled}</th>
              </tr>
            </thead>
            <tbody>
              {flags.map((flag, index) => (
                <tr key={index}>
                  <td className="nowrap">
                    <time dateTime={new Date(flag.raisedAt).toISOString()}>{clockTime(flag.raisedAt)}</time>
                  </td>
                  {several && <td>{flag.round + 1}</td>}
                  <td>{phaseTitle(report, flag.round, flag.phaseId)}</td>
                  <th scope="row">{flagLabel(flag.kind)}</th>
                  <td>
                    <span className={`handled handled--${flag.status}`}>{handledText(flag)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
