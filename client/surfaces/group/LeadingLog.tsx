// The group's leading log: one row per meeting, the totals an accreditation form asks for (meetings,
// hours led, hours co-led, hours in each frame) at the top, filtered by leader and dates; exported as
// CSV or Markdown, or printed (to paper or PDF) without the page's controls.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterLog, logCsv, type LeadingLog as Log } from '../../../shared/leading-log';
import type { LeaderList } from '../../../shared/leaders';
import type { SupervisionReportSummary } from '../../../shared/supervision';
import { Field } from '../../components/Field';
import { downloadText } from '../../debriefApi';
import { useLanguage } from '../../i18n/useLanguage';
import { LogRowView } from './LogRowView';
import { dayBound, formatHours, formatTitle, logMarkdown } from './logFormat';
import type { Format } from '../../../shared/phase-plan';
import { LeaderOptions } from '../../components/LeaderOptions';
import { TextInput } from '../../components/TextInput';

interface Props {
  groupId: string;
  token: string;
  groupName: string;
  /** The group's own formats, for their titles. */
  formats: Format[];
  log: Log;
  list: LeaderList;
  /** The meetings with a supervision report written: their rows link to it, the others offer to write one. */
  reports: SupervisionReportSummary[];
  onSaved: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function LeadingLog({ groupId, token, groupName, formats, log, list, reports, onSaved }: Props) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const ids = { heading: useId() };
  const [leaderId, setLeaderId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const shown = filterLog(log.rows, { leaderId: leaderId || null, from: dayBound(from, false), to: dayBound(to, true) });
  const leader = list.leaders.find((candidate) => candidate.leaderId === leaderId) ?? null;
  // Without professional development the Balint minutes are the minutes run: two columns saying it again.
  const framed = log.rows.some((row) => row.minutesDevelopment > 0);

  const exportCsv = () =>
    downloadText(`leading-log-${today()}.csv`, 'text/csv;charset=utf-8', logCsv(shown.rows, Intl.DateTimeFormat().resolvedOptions().timeZone));
  const exportMarkdown = () =>
    downloadText(
      `leading-log-${today()}.md`,
      'text/markdown;charset=utf-8',
      logMarkdown(shown, { t, lang, group: groupName, formats, leader: leader?.name ?? null, from, to }),
    );

  return (
    <section className="card stack leading-log" aria-labelledby={ids.heading}>
      <div className="stack-small">
        <h2 id={ids.heading}>{t('leadingLog.heading')}</h2>
        <p className="hint no-print">{t('leadingLog.intro')}</p>
        {leader && <p className="print-only">{t('leadingLog.leaderLine', { name: leader.name })}</p>}
      </div>
      <div className="leading-log__filters row no-print">
        <Field
          label={t('leadingLog.filterLeader')}
          control={(control) => (
            <select {...control} className="select" value={leaderId} onChange={(event) => setLeaderId(event.target.value)}>
              <option value="">{t('leadingLog.allLeaders')}</option>
              <LeaderOptions leaders={list.leaders} />
            </select>
          )}
        />
        <Field
          label={t('leadingLog.from')}
          control={(control) => (
            <TextInput {...control} type="date" value={from} onValueChange={setFrom} />
          )}
        />
        <Field
          label={t('leadingLog.to')}
          control={(control) => (
            <TextInput {...control} type="date" value={to} onValueChange={setTo} />
          )}
        />
      </div>
      <dl className="leading-log__totals">
        <div>
          <dt>{t('leadingLog.meetings')}</dt>
          <dd>{shown.totals.meetings}</dd>
        </div>
        <div>
          <dt>{t('leadingLog.hoursLed')}</dt>
          <dd>{formatHours(shown.totals.minutesLed, lang)}</dd>
        </div>
        <div>
          <dt>{t('leadingLog.hoursCoLed')}</dt>
          <dd>{formatHours(shown.totals.minutesCoLed, lang)}</dd>
        </div>
        <div>
          <dt>{t('leadingLog.hoursBalint')}</dt>
          <dd>{formatHours(shown.totals.minutesBalint, lang)}</dd>
        </div>
        <div>
          <dt>{t('leadingLog.hoursDevelopment')}</dt>
          <dd>{formatHours(shown.totals.minutesDevelopment, lang)}</dd>
        </div>
      </dl>
      {log.rows.length === 0 ? (
        <p className="muted">{t('leadingLog.empty')}</p>
      ) : shown.rows.length === 0 ? (
        <p className="muted">{t('leadingLog.noneMatch')}</p>
      ) : (
        <div className="leading-log__scroll">
          <table className="leading-log__table">
            <thead>
              <tr>
                <th scope="col">{t('leadingLog.date')}</th>
                <th scope="col">{t('leadingLog.planned')}</th>
                <th scope="col">{t('leadingLog.actual')}</th>
                {framed && <th scope="col">{t('leadingLog.balint')}</th>}
                {framed && <th scope="col">{t('leadingLog.development')}</th>}
                <th scope="col">{t('leadingLog.format')}</th>
                <th scope="col">{t('leadingLog.cases')}</th>
                <th scope="col">{t('leadingLog.members')}</th>
                <th scope="col">{t('leaders.ledBy')}</th>
                <th scope="col">{t('leaders.coLedBy')}</th>
                <th scope="col">{t('leadingLog.takeovers')}</th>
                <th scope="col">{t('leadingLog.supervised')}</th>
                <th scope="col" className="no-print">
                  <span className="visually-hidden">{t('leadingLog.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <LogRowView
                  key={row.sessionId}
                  groupId={groupId}
                  token={token}
                  row={row}
                  formatTitle={formatTitle(row.format, formats, lang)}
                  framed={framed}
                  reportWritten={reports.some((report) => report.sessionId === row.sessionId)}
                  list={list}
                  onSaved={onSaved}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="row no-print">
        <button className="button" type="button" onClick={exportCsv} disabled={shown.rows.length === 0}>
          {t('leadingLog.exportCsv')}
        </button>
        <button className="button" type="button" onClick={exportMarkdown} disabled={shown.rows.length === 0}>
          {t('leadingLog.exportMd')}
        </button>
        <button className="button" type="button" onClick={() => window.print()}>
          {t('leadingLog.print')}
        </button>
      </div>
    </section>
  );
}
