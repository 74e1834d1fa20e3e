// A group's own page, opened with its private link: start a meeting from one of its formats, see
// how its meetings went over time (timings, flag kinds, pause signals; never names or notes), and
// erase it all.
import { useEffect, useState } from 'react';
import { FinalScreen, StatusScreen } from '../../components/StatusScreen';
import { fetchGroup } from '../../groupApi';
import { forgetGroup, rememberGroup, takeGroupToken } from '../../tokens';
import { useFetched } from '../../useFetched';
import { useTranslation } from 'react-i18next';
import { CheckOutTrend } from './CheckOutTrend';
import { DeleteGroup } from './DeleteGroup';
import { GroupLink } from './GroupLink';
import { StartMeetingForm } from '../landing/StartMeetingForm';
import { MeetingHistory } from './MeetingHistory';
import { LeaderPickers } from './LeaderPickers';
import { LeadersRecords } from './LeadersRecords';
import { useLeadersRecords } from './useLeadersRecords';
import type { MeetingLeaders } from '../../../shared/leaders';
import './group.css';

export default function GroupPage({ groupId }: { groupId: string }) {
  const { t } = useTranslation('console');
  const [token] = useState(() => takeGroupToken(groupId));
  if (!token) return <FinalScreen title={t('group.noTokenTitle')} body={t('group.noTokenBody')} />;
  return <Group groupId={groupId} token={token} />;
}

function Group({ groupId, token }: { groupId: string; token: string }) {
  const { t } = useTranslation('console');
  const group = useFetched(() => fetchGroup(groupId, token), [groupId, token]);
  const records = useLeadersRecords(groupId, token);
  const [leaders, setLeaders] = useState<MeetingLeaders>({ ledBy: null, coLedBy: null });
  const name = group.status === 'ready' ? group.value.name : null;
  // The server says a wrong token and a deleted group alike: either way this link no longer opens it.
  const refused = group.status === 'failed' && (group.failure.status === 401 || group.failure.status === 404);

  useEffect(() => {
    if (name === null) return;
    rememberGroup({ groupId, name });
    document.title = `${name} · Balint Live`;
  }, [groupId, name]);

  useEffect(() => {
    // A refused token will never work again: keeping it would only bring the user back here.
    if (refused) forgetGroup(groupId);
  }, [refused, groupId]);

  if (group.status === 'loading') return <StatusScreen title={t('group.loading')} busy />;
  if (refused) {
    return <FinalScreen title={t('group.invalidTitle')} body={t('group.invalidBody')} />;
  }
  if (group.status === 'failed') {
    return (
      <StatusScreen title={t('group.loadFailed')}>
        <button className="button button--primary" type="button" onClick={() => void group.reload()}>
          {t('group.retry')}
        </button>
      </StatusScreen>
    );
  }

  const page = group.value;
  return (
    <main className="page group">
      <header className="group__header stack-small">
        <p className="group__kicker">{t('group.kicker')}</p>
        <h1>{page.name}</h1>
      </header>
      <div className="group__layout">
        <div className="group__start">
          <StartMeetingForm
            group={{ page, token, leaders }}
            pickers={<LeaderPickers leaders={records.status === 'ready' ? records.value.list.leaders : []} value={leaders} onChange={setLeaders} />}
          />
        </div>
        <MeetingHistory meetings={page.meetings} />
        <div className="group__admin stack">
          <CheckOutTrend groupId={groupId} token={token} />
          <GroupLink groupId={groupId} token={token} />
          <DeleteGroup groupId={groupId} token={token} />
        </div>
      </div>
      <LeadersRecords groupId={groupId} token={token} groupName={page.name} formats={page.formats} records={records} />
      <p>
        <a href="/">{t('common.backHome')}</a>
      </p>
    </main>
  );
}
