import type { Report } from '../../../shared/report';
import type { LeadersView } from '../../../shared/views';
import { StatusScreen } from '../../components/StatusScreen';
import { selectLeadersView, useViewStore } from '../../store';
import { readGroupToken, readToken } from '../../tokens';
import { fetchReport } from '../../debriefApi';
import { useFetched } from '../../useFetched';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { reportInLanguage } from '../../record';
import { dateTime } from '../../time';
import { RoundRecord } from './RoundRecord';
import { CheckOutRecord } from './CheckOutRecord';
import { ExportActions } from './ExportActions';
import { supervisionPath } from '../../leadingLogApi';
import { FlagsTable } from './FlagsTable';
import { FramesSummary } from './FramesSummary';
import { CuesPassed } from './CuesPassed';
import { Leadership } from './Leadership';
import { PauseSignalsOverTime } from './PauseSignalsOverTime';
import { ProcessNotes } from './ProcessNotes';
import { useDebriefNotes } from './useDebriefNotes';
import './debrief.css';

export function DebriefScreen() {
  const { t } = useTranslation('console');
  const view = useViewStore(selectLeadersView);
  const identity = useViewStore((state) => state.identity);
  if (!view || !identity) return null;
  const token = readToken(identity.sessionId, identity.role);
  if (!view.ended || !token) {
    return (
      <StatusScreen title={t('debrief.notEndedTitle')}>
        <a className="button" href={`/s/${encodeURIComponent(view.sessionId)}/${view.role}`}>
          {t('debrief.backToMeeting')}
        </a>
      </StatusScreen>
    );
  }
  return <Debrief view={view} token={token} />;
}

function Debrief({ view, token }: { view: LeadersView; token: string }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  // The process record no longer changes after the meeting: fetched once the debrief opens.
  const record = useFetched(() => fetchReport(view.sessionId, token), [view.sessionId, token]);
  const notes = useDebriefNotes(view, token);

  if (record.status !== 'ready') {
    return (
      <StatusScreen
        title={record.status === 'loading' ? t('debrief.loading') : t('debrief.loadFailed')}
        busy={record.status === 'loading'}
      >
        {record.status === 'failed' && (
          <button className="button button--primary" type="button" onClick={() => void record.reload()}>
            {t('debrief.retry')}
          </button>
        )}
      </StatusScreen>
    );
  }
  const report = reportInLanguage(record.value, lang);

  return (
    <main className="debrief">
      <header className="debrief__header">
        <div className="stack-small">
          <p className="debrief__kicker">{t('debrief.title')}</p>
          <h1>{report.title}</h1>
          <p className="muted">{meta(report, t, lang)}</p>
          <p>
            {t('debrief.summary', {
              cases: t('debrief.cases', { count: report.rounds.length }),
              flags: t('debrief.flagCount', { count: report.flags.length }),
              pauses: t('debrief.pauseCount', { count: report.pauseSignals }),
            })}
          </p>
          {/* A number only: who took one is never known. Records from before certificates have none. */}
          {(report.certificates ?? 0) > 0 && <p className="muted">{t('debrief.certificates', { count: report.certificates })}</p>}
        </div>
        <div className="debrief__actions stack-small">
          <ExportActions report={report} token={token} notes={notes} />
          <nav className="row no-print" aria-label={t('debrief.title')}>
            {view.groupId && readGroupToken(view.groupId) && (
              <>
                <a className="button" href={supervisionPath(view.groupId, view.sessionId)}>
                  {t('supervision.write')}
                </a>
                <a className="button" href={`/g/${encodeURIComponent(view.groupId)}`}>
                  {t('debrief.backToGroup')}
                </a>
              </>
            )}
            <a className="button" href="/">
              {t('common.backHome')}
            </a>
          </nav>
        </div>
      </header>
      <div className="debrief__layout">
        <div className="debrief__record stack">
          <FramesSummary report={report} />
          {report.rounds.map((round, index) => (
            <RoundRecord key={index} report={report} round={round} index={index} />
          ))}
          <FlagsTable report={report} />
          <PauseSignalsOverTime report={report} />
          <CuesPassed report={report} />
          <CheckOutRecord report={report} />
          <Leadership report={report} />
        </div>
        <ProcessNotes notes={notes} />
      </div>
    </main>
  );
}

function meta(report: Report, t: TFunction<'console'>, lang: Language): string {
  const minutes = report.endedAt === null ? 0 : Math.round((report.endedAt - report.startedAt) / 60_000);
  return t('debrief.meta', { date: dateTime(report.startedAt, lang), minutes, format: report.format });
}
