// Every flag of the meeting in time order, with how the leaders answered it: said aloud, projected
// (as offered or in the leader's words), set aside. The record never keeps the words themselves.
import type { Report } from '../../../shared/report';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { clockTime } from '../../time';
import { flagLabel, phaseTitle } from '../../record';
import { handledKey } from '../../../shared/report-words/handled';

type ReportFlag = Report['flags'][number];

function handledText(flag: ReportFlag, t: TFunction<'console'>): string {
  return t(`debrief.handled.${handledKey(flag.handled ?? flag.status)}`);
}

export function FlagsTable({ report }: { report: Report }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const flags = [...report.flags].sort((a, b) => a.raisedAt - b.raisedAt);
  const several = report.rounds.length > 1;
  return (
    <section className="card stack-small" aria-labelledby="debrief-flags">
      <h2 id="debrief-flags">{t('debrief.flagsHeading')}</h2>
      {flags.length === 0 ? (
        <p className="muted">{t('debrief.noFlags')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('debrief.flagTime')}</th>
                {several && <th scope="col">{t('debrief.flagCase')}</th>}
                <th scope="col">{t('debrief.phase')}</th>
                <th scope="col">{t('debrief.flagKind')}</th>
                <th scope="col">{t('debrief.flagHandled')}</th>
              </tr>
            </thead>
            <tbody>
              {flags.map((flag, index) => (
                <tr key={index}>
                  <td className="nowrap">
                    <time dateTime={new Date(flag.raisedAt).toISOString()}>{clockTime(flag.raisedAt, lang)}</time>
                  </td>
                  {several && <td>{flag.round + 1}</td>}
                  <td>{phaseTitle(report, flag.round, flag.phaseId)}</td>
                  <th scope="row">{flagLabel(flag.kind, lang)}</th>
                  <td>
                    <span className={`handled handled--${flag.status}`}>{handledText(flag, t)}</span>
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
