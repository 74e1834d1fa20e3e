import type { Report } from '../../../shared/report';
import type { LeadersView } from '../../../shared/views';
import { StatusScreen } from '../../components/StatusScreen';
import { selectLeadersView, useSessionStore } from '../../store';
import { readGroupToken, readToken } from '../../tokens';
import { text } from '../../text';
import { dateTime } from '../../time';
import { CaseRecord } from './CaseRecord';
import { ExportActions } from './ExportActions';
import { FlagsTable } from './FlagsTable';
import { Leadership } from './Leadership';
import { PauseSignalsOverTime } from './PauseSignalsOverTime';
import { ProcessNotes } from './ProcessNotes';
import { useDebriefNotes } from './useDebriefNotes';
import { useReport } from './useReport';
import './debrief.css';

export function DebriefScreen() {
  const view = useSessionStore(selectLeadersView);
  const identity = useSessionStore((state) => state.identity);
  if (!view || !identity) return null;
  const token = readToken(identity.sessionId, identity.role);
  if (!view.ended || !token) {
    return (
      <StatusScreen title={text.debrief.notEndedTitle}>
        <a className="button" href={`/s/${encodeURIComponent(view.sessionId)}/${view.role}`}>
          {text.debrief.backToMeeting}
        </a>
      </StatusScreen>
    );
  }
  return <Debrief view={view} token={token} />;
}

function Debrief({ view, token }: { view: LeadersView; token: string }) {
  const record = useReport(view.sessionId, token);
  const notes = useDebriefNotes(view, token);

  if (record.status !== 'ready') {
    return (
      <StatusScreen
        title={record.status === 'loading' ? text.debrief.loading : text.debrief.loadFailed}
        busy={record.status === 'loading'}
      >
        {record.status === 'failed' && (
          <button className="button button--primary" type="button" onClick={record.retry}>
            {text.debrief.retry}
          </button>
        )}
      </StatusScreen>
    );
  }
  const { report } = record;

  return (
    <main className="debrief">
      <header className="debrief__header">
        <div className="stack-small">
          <p className="debrief__kicker">{text.debrief.title}</p>
          <h1>{report.title}</h1>
          <p className="muted">{meta(report)}</p>
          <p>{text.debrief.summary(report.rounds.length, report.flags.length, report.pauseSignals)}</p>
        </div>
        <div className="debrief__actions stack-small">
          <ExportActions report={report} token={token} notes={notes} />
          <nav className="row no-print" aria-label={text.debrief.title}>
            {view.groupId && readGroupToken(view.groupId) && (
              <a className="button" href={`/g/${encodeURIComponent(view.groupId)}`}>
                {text.debrief.backToGroup}
              </a>
            )}
            <a className="button" href="/">
              {text.common.backHome}
            </a>
          </nav>
        </div>
      </header>
      <div className="debrief__layout">
        <div className="debrief__record stack">
          {report.rounds.map((round, index) => (
            <CaseRecord key={index} report={report} round={round} index={index} />
          ))}
          <FlagsTable report={report} />
          <PauseSignalsOverTime report={report} />
          <Leadership report={report} />
        </div>
        <ProcessNotes notes={notes} />
      </div>
    </main>
  );
}

function meta(report: Report): string {
  const length = report.endedAt === null ? 0 : Math.round((report.endedAt - report.startedAt) / 60_000);
  return text.debrief.meta(dateTime(report.startedAt), length, report.format);
}
