// Every meeting surface starts here: find the token, open the socket, and stand in for the surface
// until there is a view to show — or say plainly why there never will be.
import { useEffect, type ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { isLeadersView } from '../../shared/views';
import { openSocket } from '../socket';
import { enterMeeting, setConnection, useViewStore } from '../store';
import { forgetToken, takeToken } from '../tokens';
import { useTranslation } from 'react-i18next';
import { useRoomWords } from '../i18n/roomWords';
import { useWakeLock } from '../wakeLock';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LiveRegion } from './LiveRegion';
import { ProblemToast } from './ProblemToast';
import { RoomAnnouncer } from './RoomAnnouncer';
import { FinalScreen, StatusScreen } from './StatusScreen';
import { useDarkTheme } from './useDarkTheme';
import './reload-prompt.css';

interface MeetingGateProps {
  sessionId: string;
  role: Role;
  /** The projector gets the dark theme. */
  dark?: boolean;
  /**
   * The projector and the co-leader's phone must not dim while the meeting runs. A member's phone
   * decides phase by phase (MemberScreen): phones down, it may sleep.
   */
  keepAwake?: boolean;
  children: ReactNode;
}

export function MeetingGate({ sessionId, role, dark = false, keepAwake = false, children }: MeetingGateProps) {
  // A phone's last word ("You have left this meeting") in the room's register, the leaders' formal.
  const { t } = useRoomWords();
  const connection = useViewStore((state) => state.connection);
  const closedReason = useViewStore((state) => state.closedReason);
  const hasView = useViewStore((state) => state.view !== null);
  const ended = useViewStore((state) => state.view?.ended ?? false);
  const meetingTitle = useViewStore((state) => state.view?.title ?? null);
  // Leaders may be looking at the display window: the tab title carries the open flags.
  const openFlags = useViewStore((state) =>
    role === 'leader' && state.view && isLeadersView(state.view)
      ? state.view.flags.filter((flag) => flag.status === 'open').length
      : 0,
  );

  useEffect(() => {
    enterMeeting({ sessionId, role });
    const token = takeToken(sessionId, role);
    if (!token) {
      setConnection('no-token');
      return;
    }
    return openSocket(token);
  }, [sessionId, role]);

  useEffect(() => {
    // A link opened into this very window (the console's "Open display" after a new link was given
    // out) only changes the fragment: start over with the token it brings.
    const takeNewLink = () => {
      if (location.hash.length > 1) window.location.reload();
    };
    window.addEventListener('hashchange', takeNewLink);
    return () => window.removeEventListener('hashchange', takeNewLink);
  }, []);

  useEffect(() => {
    // A refused or spent token will never work again; keeping it would only bring the user back here.
    // A page that stepped aside for another screen keeps it: the token is still good.
    if (connection === 'unauthorized' || (connection === 'closed' && closedReason !== 'replaced')) {
      forgetToken(sessionId, role);
    }
  }, [connection, closedReason, sessionId, role]);

  useDarkTheme(dark);

  useEffect(() => {
    if (!meetingTitle) return;
    document.title =
      openFlags > 0
        ? t('common.pageTitleWithFlags', { meeting: meetingTitle, flags: openFlags })
        : t('common.pageTitle', { meeting: meetingTitle });
  }, [meetingTitle, openFlags, t]);

  useWakeLock(keepAwake && hasView && !ended && connection !== 'closed');

  if (connection === 'no-token') {
    return <FinalScreen title={t('status.noTokenTitle')} body={t('status.noTokenBody')} />;
  }
  if (connection === 'unauthorized') {
    return <FinalScreen title={t('status.invalidTitle')} body={t('status.invalidBody')} />;
  }
  if (connection === 'closed') {
    switch (closedReason) {
      case 'removed':
        return <FinalScreen title={t('status.removedTitle')} body={t('status.removedBody')} />;
      case 'revoked':
        return <FinalScreen title={t('status.revokedTitle')} body={t('status.revokedBody')} />;
      case 'replaced':
        return (
          <StatusScreen title={t('status.replacedTitle')} body={t('status.replacedBody')}>
            <button className="button button--primary" type="button" onClick={() => window.location.reload()}>
              {t('status.openHere')}
            </button>
          </StatusScreen>
        );
      default:
        return <FinalScreen title={t('status.deletedTitle')} body={t('status.deletedBody')} />;
    }
  }
  if (!hasView) {
    // Opened from the service worker's copy with no network: say so, not only "Connecting…".
    return (
      <>
        <ConnectionIndicator />
        <StatusScreen title={t('common.connecting')} busy />
      </>
    );
  }

  return (
    <>
      <ConnectionIndicator />
      <LiveRegion />
      <RoomAnnouncer />
      <ReloadPrompt />
      {children}
      <ProblemToast />
    </>
  );
}

/**
 * The server runs a newer version than this page. Never mid-phase: the offer appears once the room
 * has moved to another phase, or at once when the meeting has ended. The page never reloads itself.
 */
function ReloadPrompt() {
  const { t } = useTranslation();
  const due = useViewStore(({ reloadAsked, view }) => {
    if (!reloadAsked || !view) return false;
    return view.ended || view.round !== reloadAsked.round || view.phase.index !== reloadAsked.phaseIndex;
  });
  if (!due) return null;
  return (
    <div className="reload-prompt" role="status">
      <span>{t('status.updateReady')}</span>
      <button className="button" type="button" onClick={() => window.location.reload()}>
        {t('status.updateReload')}
      </button>
    </div>
  );
}
