import type { Report } from '../../../shared/report';
import { text } from '../../text';
import { clockTime } from '../../time';

/** Who led when: a takeover and the handback, or that the leader led throughout. */
export function Leadership({ report }: { report: Report }) {
  return (
    <section className="card stack-small" aria-labelledby="debrief-leadership">
      <h2 id="debrief-leadership">{text.debrief.leadershipHeading}</h2>
      {report.leadership.length === 0 ? (
        <p className="muted">{text.debrief.leaderThroughout}</p>
      ) : (
        <ul className="debrief-list">
          {report.leadership.map((change) => (
            <li key={change.at}>
              <time dateTime={new Date(change.at).toISOString()}>{clockTime(change.at)}</time>{' '}
              {change.event === 'takeover' ? text.debrief.takeover : text.debrief.handback}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
