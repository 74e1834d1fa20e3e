// One meeting in the group's history: when, each case's phases against their plan, the flags by
// kind, the pause signals. What the process record holds, and nothing more.
import type { Report } from '../../../shared/report';
import { caseRows, flagLabel } from '../../record';
import { readToken } from '../../tokens';
import { text } from '../../text';
import { dateTime } from '../../time';
import { PhaseBars } from './PhaseBars';

function flagsByKind(meeting: Report): [string, number][] {
  const counts = new Map<string, number>();
  for (const flag of meeting.flags) counts.set(flag.kind, (counts.get(flag.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function MeetingCard({ meeting }: { meeting: Report }) {
  const headingId = `meeting-${meeting.sessionId}`;
  const when = dateTime(meeting.startedAt);
  const length =
    meeting.endedAt === null
      ? text.group.running
      : text.group.length(Math.round((meeting.endedAt - meeting.startedAt) / 60_000));
  // The debrief opens with a leader's token: only on a device that led or co-led this meeting.
  const canDebrief =
    meeting.endedAt !== null &&
    (readToken(meeting.sessionId, 'leader') !== null || readToken(meeting.sessionId, 'co-leader') !== null);
  const kinds = flagsByKind(meeting);

  return (
    <article className="meeting card stack-small" aria-labelledby={headingId}>
      <header className="meeting__header">
        <div>
          <h3 id={headingId}>{meeting.title}</h3>
          <p className="muted small">
            {when} · {length}
          </p>
        </div>
        {canDebrief && (
          <a
            className="button"
            href={`/s/${encodeURIComponent(meeting.sessionId)}/debrief`}
            aria-label={text.group.debriefLabel(meeting.title, when)}
          >
            {text.group.debrief}
          </a>
        )}
      </header>
      {meeting.rounds.map((round, index) => (
        <div key={index} className="meeting__case">
          {meeting.rounds.length > 1 && <h4 className="meeting__case-heading">{text.group.caseHeading(index)}</h4>}
          <PhaseBars rows={caseRows(round, index)} />
        </div>
      ))}
      <div className="meeting__facts">
        <div className="meeting__flags">
          <span className="label">{text.group.flags}:</span>{' '}
          {kinds.length === 0 ? (
            <span className="muted">{text.group.noFlags}</span>
          ) : (
            <ul className="chips">
              {kinds.map(([kind, count]) => (
                <li key={kind} className="chip">
                  {flagLabel(kind)} <strong>×{count}</strong>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p>{text.group.pauseSignals(meeting.pauseSignals)}</p>
      </div>
    </article>
  );
}
