// One meeting in the group's history: when, each case's phases against their plan, the flags by
// kind, the pause signals. What the process record holds, and nothing more.
import type { Report } from '../../../shared/report';
import { useLanguage } from '../../i18n/useLanguage';
import { roundRows, endedEarlyIn, flagLabel, reportInLanguage } from '../../record';
import { readToken } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../time';
import { roundHeading } from '../debrief/roundHeading';
import { PhaseBars } from './PhaseBars';

function flagsByKind(meeting: Report): [string, number][] {
  const counts = new Map<string, number>();
  for (const flag of meeting.flags) counts.set(flag.kind, (counts.get(flag.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function MeetingCard({ meeting: record }: { meeting: Report }) {
  const { t } = useTranslation(['console', 'record']);
  const lang = useLanguage();
  const meeting = reportInLanguage(record, lang);
  const headingId = `meeting-${meeting.sessionId}`;
  const when = dateTime(meeting.startedAt, lang);
  const length =
    meeting.endedAt === null
      ? t('group.running')
      : t('group.length', { minutes: Math.round((meeting.endedAt - meeting.startedAt) / 60_000) });
  // The debrief opens with a leader's token: only on a device that led or co-led this meeting.
  const canDebrief =
    meeting.endedAt !== null &&
    (readToken(meeting.sessionId, 'leader') !== null || readToken(meeting.sessionId, 'co-leader') !== null);
  const kinds = flagsByKind(meeting);
  const lastRound = meeting.rounds.length - 1;
  const endedIn = lastRound >= 0 ? endedEarlyIn(meeting, lastRound, roundRows(meeting.rounds[lastRound]!, lastRound)) : null;

  return (
    <article className="meeting card stack-small" aria-labelledby={headingId}>
      <header className="meeting__header">
        <div>
          <h3 id={headingId}>{meeting.title}</h3>
          <p className="muted small">
            {when} · {length}
            {endedIn && <> · {t('endedEarly.in', { phase: endedIn.title })}</>}
          </p>
        </div>
        {canDebrief && (
          <a
            className="button"
            href={`/s/${encodeURIComponent(meeting.sessionId)}/debrief`}
            aria-label={t('group.debriefLabel', { title: meeting.title, when })}
          >
            {t('group.debrief')}
          </a>
        )}
      </header>
      {meeting.rounds.map((round, index) => (
        <div key={index} className="meeting__case">
          {meeting.rounds.length > 1 && <h4 className="meeting__case-heading">{roundHeading(t, round, index)}</h4>}
          <PhaseBars rows={roundRows(round, index)} />
        </div>
      ))}
      <div className="meeting__facts">
        <div className="meeting__flags">
          <span className="label">{t('group.flags')}:</span>{' '}
          {kinds.length === 0 ? (
            <span className="muted">{t('group.noFlags')}</span>
          ) : (
            <ul className="plain-list chips">
              {kinds.map(([kind, count]) => (
                <li key={kind} className="chip">
                  {flagLabel(kind, lang)} <strong>×{count}</strong>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p>{t('group.pauseSignals', { count: meeting.pauseSignals })}</p>
      </div>
    </article>
  );
}
