// The leaders' own records on the group page: their list, the leading log and the supervision
// reports. Loaded apart from the group's page, so the rest of the page never waits for them.
import { useTranslation } from 'react-i18next';
import type { Format } from '../../../shared/phase-plan';
import { LeaderList } from './LeaderList';
import { LeadingLog } from './LeadingLog';
import { SupervisionReports } from './SupervisionReports';
import type { Fetched } from '../../useFetched';
import type { LeadersRecords as Records } from './useLeadersRecords';
import './leading-log.css';

export function LeadersRecords({
  groupId,
  token,
  groupName,
  formats,
  records: fetched,
}: {
  groupId: string;
  token: string;
  groupName: string;
  formats: Format[];
  records: Fetched<Records>;
}) {
  const { t } = useTranslation('console');
  if (fetched.status !== 'ready') {
    return fetched.status === 'failed' ? (
      <div className="card row no-print">
        <p>{t('group.loadFailed')}</p>
        <button className="button" type="button" onClick={() => void fetched.reload()}>
          {t('group.retry')}
        </button>
      </div>
    ) : null;
  }
  const { value: records, reload } = fetched;
  return (
    <div className="leaders-records stack">
      <LeadingLog groupId={groupId} token={token} groupName={groupName} formats={formats} log={records.log} list={records.list} reports={records.reports} onSaved={reload} />
      <div className="leaders-records__side">
        <LeaderList groupId={groupId} token={token} list={records.list} onSaved={reload} />
        <SupervisionReports groupId={groupId} reports={records.reports} list={records.list} />
      </div>
    </div>
  );
}
