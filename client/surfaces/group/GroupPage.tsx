// A group's own page, opened with its private link: start a meeting from one of its formats, see
// how its meetings went over time (timings, flag kinds, pause signals; never names or notes), and
// erase it all.
import { useEffect, useState } from 'react';
import { StatusScreen } from '../../components/StatusScreen';
import { forgetGroup, rememberGroup, takeGroupToken } from '../../tokens';
import { text } from '../../text';
import { DeleteGroup } from './DeleteGroup';
import { GroupLink } from './GroupLink';
import { StartMeetingForm } from '../landing/StartMeetingForm';
import { MeetingHistory } from './MeetingHistory';
import { useGroup } from './useGroup';
import './group.css';

export default function GroupPage({ groupId }: { groupId: string }) {
  const [token] = useState(() => takeGroupToken(groupId));
  if (!token) return <HomeScreen title={text.group.noTokenTitle} body={text.group.noTokenBody} />;
  return <Group groupId={groupId} token={token} />;
}

function Group({ groupId, token }: { groupId: string; token: string }) {
  const group = useGroup(groupId, token);
  const name = group.status === 'ready' ? group.page.name : null;

  useEffect(() => {
    if (name === null) return;
    rememberGroup({ groupId, name });
    document.title = `${name} · Balint Live`;
  }, [groupId, name]);

  useEffect(() => {
    // A refused token will never work again: keeping it would only bring the user back here.
    if (group.status === 'unauthorized') forgetGroup(groupId);
  }, [group.status, groupId]);

  if (group.status === 'loading') return <StatusScreen title={text.group.loading} busy />;
  if (group.status === 'unauthorized') {
    return <HomeScreen title={text.group.invalidTitle} body={text.group.invalidBody} />;
  }
  if (group.status === 'failed') {
    return (
      <StatusScreen title={text.group.loadFailed}>
        <button className="button button--primary" type="button" onClick={group.reload}>
          {text.group.retry}
        </button>
      </StatusScreen>
    );
  }

  const { page } = group;
  return (
    <main className="group">
      <header className="group__header stack-small">
        <p className="group__kicker">{text.group.kicker}</p>
        <h1>{page.name}</h1>
      </header>
      <div className="group__layout">
        <div className="group__start">
          <StartMeetingForm group={{ page, token }} />
        </div>
        <MeetingHistory meetings={page.meetings} />
        <div className="group__admin stack">
          <GroupLink groupId={groupId} token={token} />
          <DeleteGroup groupId={groupId} token={token} />
        </div>
      </div>
      <p>
        <a href="/">{text.common.backHome}</a>
      </p>
    </main>
  );
}

function HomeScreen({ title, body }: { title: string; body: string }) {
  return (
    <StatusScreen title={title} body={body}>
      <a className="button" href="/">
        {text.common.backHome}
      </a>
    </StatusScreen>
  );
}
