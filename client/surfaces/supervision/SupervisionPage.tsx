// A meeting's supervision report, opened from the debrief or the group's leading log with the group's
// token this device holds. Each leader picks their own name and writes their own part under the five
// headings; the other leaders' parts show beside theirs. Exported as Markdown or printed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderList } from '../../../shared/leaders';
import { SUPERVISION_HEADINGS, type SupervisionReport } from '../../../shared/supervision';
import type { ApiResult } from '../../api';
import { Field } from '../../components/Field';
import { StatusScreen } from '../../components/StatusScreen';
import { downloadText } from '../../debriefApi';
import { useLanguage } from '../../i18n/useLanguage';
import { fetchLeaders, fetchReport } from '../../leadingLogApi';
import { readStored, writeStored } from '../../storage';
import { dateTime } from '../../time';
import { takeGroupToken } from '../../tokens';
import { useFetched } from '../../useFetched';
import { ReportHeading } from './ReportHeading';
import { supervisionMarkdown } from './supervisionMarkdown';
import { useReportPart } from './useReportPart';
import './supervision.css';
import { LeaderOptions } from '../../components/LeaderOptions';

/** Which leader writes on this device, remembered per group: a shared laptop switches by hand. */
const writerKey = (groupId: string) => `balint.group.${groupId}.writer`;

export default function SupervisionPage({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { t } = useTranslation(['console', 'record']);
  const [token] = useState(() => takeGroupToken(groupId));
  const loaded = useFetched(token ? () => fetchReportAndLeaders(groupId, token, sessionId) : null, [groupId, sessionId, token]);

  if (!token) return <StatusScreen title={t('group.noTokenTitle')} body={t('group.noTokenBody')} />;
  if (loaded.status === 'loading') return <StatusScreen title={t('supervision.loading')} busy />;
  if (loaded.status === 'failed' && (loaded.failure.status === 404 || loaded.failure.status === 401)) {
    return <StatusScreen title={t('supervision.notFound')} />;
  }
  if (loaded.status === 'failed') {
    return (
      <StatusScreen title={t('supervision.loadFailed')}>
        <button className="button button--primary" type="button" onClick={() => void loaded.reload()}>
          {t('group.retry')}
        </button>
      </StatusScreen>
    );
  }
  const { report, list } = loaded.value;
  return <Report groupId={groupId} token={token} report={report} list={list} reload={loaded.reload} />;
}

/** The report and the leaders' list, read together: the report names its writers by the list's ids. */
async function fetchReportAndLeaders(groupId: string, token: string, sessionId: string): Promise<ApiResult<{ report: SupervisionReport; list: LeaderList }>> {
  const [report, list] = await Promise.all([fetchReport(groupId, token, sessionId), fetchLeaders(groupId, token)]);
  if (!report.ok) return report;
  if (!list.ok) return list;
  return { ok: true, value: { report: report.value, list: list.value } };
}

function Report({
  groupId,
  token,
  report,
  list,
  reload,
}: {
  groupId: string;
  token: string;
  report: SupervisionReport;
  list: LeaderList;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation(['console', 'record']);
  const lang = useLanguage();
  const ids = { checkIn: useId() };
  const [authorId, setAuthorId] = useState<string | null>(() => {
    const remembered = readStored(writerKey(groupId));
    return list.leaders.some((leader) => leader.leaderId === remembered) ? remembered : null;
  });
  const draft = useReportPart({ groupId, token, report, authorId, reload });

  const choose = (leaderId: string) => {
    setAuthorId(leaderId || null);
    writeStored(writerKey(groupId), leaderId);
  };

  const status = draft.status;
  return (
    <main className="page supervision">
      <header className="stack-small">
        <p className="supervision__kicker">{t('supervision.kicker')}</p>
        <h1>{report.title}</h1>
        <p className="muted">{dateTime(report.date, lang)}</p>
        <p className="hint no-print">{t('supervision.intro')}</p>
      </header>
      <div className="card stack-small no-print">
        {list.leaders.length === 0 ? (
          <p>{t('supervision.noLeaders')}</p>
        ) : (
          <Field
            label={t('supervision.writingAs')}
            control={(control) => (
              <select {...control} className="select" value={authorId ?? ''} onChange={(event) => choose(event.target.value)}>
                <option value="">{t('supervision.pickYourself')}</option>
                <LeaderOptions leaders={list.leaders} />
              </select>
            )}
          />
        )}
      </div>
      {SUPERVISION_HEADINGS.map((heading) => (
        <ReportHeading key={heading} heading={heading} report={report} list={list} authorId={authorId} draft={draft} />
      ))}
      {authorId && (
        <div className="card stack-small">
          <div className="supervision__check">
            <input id={ids.checkIn} type="checkbox" checked={draft.presenterCheckIn} onChange={(event) => draft.tick(event.target.checked)} />
            <label htmlFor={ids.checkIn}>{t('supervision.checkIn')}</label>
          </div>
          <p className="hint">{t('supervision.checkInHint')}</p>
          <div className="row no-print">
            <button className="button button--primary" type="button" disabled={status.kind === 'saving'} onClick={() => void draft.save()}>
              {t('supervision.save')}
            </button>
          </div>
          <p className={`small no-print${status.kind === 'conflict' || status.kind === 'failed' ? ' error' : ' muted'}`} role="status">
            {status.kind === 'saved' && t('supervision.saved')}
            {status.kind === 'unsaved' && t('supervision.unsaved')}
            {status.kind === 'saving' && t('supervision.saving')}
            {status.kind === 'conflict' && t('supervision.conflict')}
            {status.kind === 'failed' && t('supervision.failed', { reason: status.reason })}
          </p>
        </div>
      )}
      <div className="row no-print">
        <button
          className="button"
          type="button"
          onClick={() =>
            downloadText(
              `supervision-${new Date(report.date).toISOString().slice(0, 10)}.md`,
              'text/markdown;charset=utf-8',
              supervisionMarkdown(report, list, t, lang),
            )
          }
        >
          {t('supervision.exportMd')}
        </button>
        <button className="button" type="button" onClick={() => window.print()}>
          {t('supervision.print')}
        </button>
        <a className="button" href={`/g/${encodeURIComponent(groupId)}`}>
          {t('debrief.backToGroup')}
        </a>
      </div>
    </main>
  );
}
