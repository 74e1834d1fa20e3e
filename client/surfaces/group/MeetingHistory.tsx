// The group's meetings over time, newest first, with one line on the trend: how far the cases ran
// from their plan on average, and which flag came up most.
import type { Report } from '../../../shared/report';
import { caseRows, flagLabel } from '../../record';
import { text } from '../../text';
import { MeetingCard } from './MeetingCard';

function averageDriftMinutes(meetings: readonly Report[]): number | null {
  const drifts = meetings
    .filter((meeting) => meeting.endedAt !== null)
    .flatMap((meeting) =>
      meeting.rounds.map((round, index) => {
        const rows = caseRows(round, index).filter((row) => row.phase.startedAt !== null);
        return rows.reduce((sum, row) => sum + row.phase.actualSec - row.phase.plannedSec, 0);
      }),
    );
  if (drifts.length === 0) return null;
  return Math.round(drifts.reduce((sum, drift) => sum + drift, 0) / drifts.length / 60);
}

function commonestFlag(meetings: readonly Report[]): { kind: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const flag of meetings.flatMap((meeting) => meeting.flags)) counts.set(flag.kind, (counts.get(flag.kind) ?? 0) + 1);
  let best: { kind: string; count: number } | null = null;
  for (const [kind, count] of counts) if (!best || count > best.count) best = { kind, count };
  return best;
}

export function MeetingHistory({ meetings }: { meetings: readonly Report[] }) {
  const newestFirst = [...meetings].sort((a, b) => b.startedAt - a.startedAt);
  const drift = averageDriftMinutes(meetings);
  const common = commonestFlag(meetings);
  return (
    <section className="group__history stack" aria-labelledby="history-heading">
      <div className="stack-small">
        <h2 id="history-heading">{text.group.historyHeading}</h2>
        {meetings.length === 0 && <p className="muted">{text.group.noMeetings}</p>}
        {meetings.length > 0 && (
          <p>
            {drift !== null && text.group.trend(meetings.length, drift)}{' '}
            {common && text.group.commonFlag(flagLabel(common.kind), common.count)}
          </p>
        )}
        {meetings.length > 0 && <p className="hint">{text.group.legend}</p>}
      </div>
      <ol className="group__meetings">
        {newestFirst.map((meeting) => (
          <li key={meeting.sessionId}>
            <MeetingCard meeting={meeting} />
          </li>
        ))}
      </ol>
    </section>
  );
}
