// The group's meetings over time, newest first, with one line on the trend: how far the cases ran
// from their plan on average, and which flag came up most.
import type { Report } from '../../../shared/report';
import { useLanguage } from '../../i18n/useLanguage';
import { roundRows, endedEarlyIn, flagLabel } from '../../record';
import { useTranslation } from 'react-i18next';
import { MeetingCard } from './MeetingCard';

/** How far the cases ran from their plan; a case the meeting ended in early did not run under it, it stopped. */
function averageDriftMinutes(meetings: readonly Report[]): number | null {
  const drifts = meetings
    .filter((meeting) => meeting.endedAt !== null)
    .flatMap((meeting) =>
      meeting.rounds.flatMap((round, index) => {
        const all = roundRows(round, index);
        if (endedEarlyIn(meeting, index, all)) return [];
        const rows = all.filter((row) => row.phase.startedAt !== null);
        return [rows.reduce((sum, row) => sum + row.phase.actualSec - row.phase.plannedSec, 0)];
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
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const newestFirst = [...meetings].sort((a, b) => b.startedAt - a.startedAt);
  const drift = averageDriftMinutes(meetings);
  const common = commonestFlag(meetings);
  return (
    <section className="group__history stack" aria-labelledby="history-heading">
      <div className="stack-small">
        <h2 id="history-heading">{t('group.historyHeading')}</h2>
        {meetings.length === 0 && <p className="muted">{t('group.noMeetings')}</p>}
        {meetings.length > 0 && (
          <p>
            {drift !== null &&
              t('group.trend', {
                meetings: t('group.meetings', { count: meetings.length }),
                drift:
                  drift === 0
                    ? t('group.driftNone')
                    : t(drift > 0 ? 'group.driftOver' : 'group.driftUnder', { minutes: Math.abs(drift) }),
              })}{' '}
            {common && t('group.commonFlag', { label: flagLabel(common.kind, lang), times: common.count })}
          </p>
        )}
        {meetings.length > 0 && <p className="hint">{t('group.legend')}</p>}
      </div>
      <ol className="plain-list stack">
        {newestFirst.map((meeting) => (
          <li key={meeting.sessionId}>
            <MeetingCard meeting={meeting} />
          </li>
        ))}
      </ol>
    </section>
  );
}
