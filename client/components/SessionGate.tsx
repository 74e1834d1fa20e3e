// Every meeting surface starts here: find the token, open the socket, and stand in for the surface
// until there is a view to show — or say plainly why there never will be.
import { useEffect, type ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { isLeadersView } from '../../shared/views';
import { openSocket } from '../socket';
import { enterSession, setConnection, useSessionStore } from '../store';
import { forgetToken, takeToken } from '../tokens';
import { text } from '../text';
import { useWakeLock } from '../wakeLock';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LiveRegion } from './LiveRegion';
import { ProblemToast } from './ProblemToast';
import { RoomAnnouncer } from './RoomAnnouncer';
import { StatusScreen } from './StatusScreen';

interface SessionGateProps {
  sessionId: string;
  role: Role;
  /** The projector gets the dark theme. */
  dark?: boolean;
  /** Phones and the projector must not dim while the meeting runs. */
  keepAwake?: boolean;
  children: ReactNode;
}

export function SessionGate({ sessionId, role, dark = false, keepAwake = false, children }: SessionGateProps) {
  const connection = useSessionStore((state) => state.connection);
  const closedReason = useSessionStore((state) => state.closedReason);
  const hasView = useSessionStore((state) => state.view !== null);
  const ended = useSessionStore((state) => state.view?.ended ?? false);
  const meetingTitle = useSessionStore((state) => state.view?.title ?? null);
  // Leaders may be looking at the display window: the tab title carries the open flags.
  const openFlags = useSessionStore((state) =>
    role === 'leader' && state.view && isLeadersView(state.view)
      ? state.view.flags.filter((flag) => flag.status === 'open').length
      : 0,
  );

  useEffect(() => {
    enterSession({ sessionId, role });
    const token = takeToken(sessionId, role);
    if (!token) {
      setConnection('no-token');
      return;
    }
    return openSocket(token);
  }, [sessionId, role]);

  useEffect(() => {
    // A refused or spent token will never work again; keeping it would only bring the user back here.
    if (connection === 'unauthorized' || connection === 'closed') forgetToken(sessionId, role);
  }, [connection, sessionId, role]);

  useEffect(() => {
    document.documentElement.classList.toggle('theme-dark', dark);
    return () => document.documentElement.classList.remove('theme-dark');
  }, [dark]);

  useEffect(() => {
    if (!meetingTitle) return;
    document.title = text.common.pageTitle(meetingTitle, openFlags);
  }, [meetingTitle, openFlags]);

  useWakeLock(keepAwake && hasView && !ended && connection !== 'closed');

  if (connection === 'no-token') {
    return <FinalScreen title={text.status.noTokenTitle} body={text.status.noTokenBody} />;
  }
  if (connection === 'unauthorized') {
    return <FinalScreen title={text.status.invalidTitle} body={text.status.invalidBody} />;
  }
  if (connection === 'closed') {
    return closedReason === 'removed' ? (
      <FinalScreen title={text.status.removedTitle} body={text.status.removedBody} />
    ) : (
      <FinalScreen title={text.status.deletedTitle} body={text.status.deletedBody} />
    );
  }
  if (!hasView) return <StatusScreen title={text.common.connecting} busy />;

  return (
    <>
      <ConnectionIndicator />
      <LiveRegion />
      <RoomAnnouncer />
      {children}
      <ProblemToast />
    </>
  );
}

/** A page that will not come back by itself: say why, and offer the way to the start page. */
function FinalScreen({ title, body }: { title: string; body: string }) {
  return (
    <StatusScreen title={title} body={body}>
      <a className="button" href="/">
        {text.common.backHome}
      </a>
    </StatusScreen>
  );
}
