// A member's phone. Before phones go down it follows the meeting (the phase, "I have a case" while a
// case is called); from the presentation on it lies dark and still, unless the room turned the phone
// clock on; the presenter, stepped back, just listens. Which of these comes from the phase's traits
// and the room's settings (client/phonesDown.ts), never from a phase id.
import { lazy, Suspense, useEffect, useState } from 'react';
import { FramingMoment, useFramingMoment } from '../../components/FramingMoment';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { StatusScreen } from '../../components/StatusScreen';
import { useDarkTheme } from '../../components/useDarkTheme';
import { useLocalView } from '../../i18n/localView';
import { phoneMode } from '../../phonesDown';
import { selectView, useViewStore } from '../../store';
import { forgetToken, readToken } from '../../tokens';
import { useWakeLock } from '../../wakeLock';
import { useRoomWords } from '../../i18n/roomWords';
import { forgetArrival, hasArrived, markArrived } from './arrival';
import { forgetCheckout } from './checkoutDone';
import { Latecomer } from './Latecomer';
import { PauseSignal } from './PauseSignal';
import { MemberFollowing } from './MemberFollowing';
import { PhonesDown } from './PhonesDown';
import { PresenterListens } from './PresenterListens';
import './member.css';

const Certificate = lazy(() => import('./Certificate'));

/** Someone whose first look at the meeting is once phones are down: they walk into a room at work. */
function arrivesLate(): boolean {
  const { view } = useViewStore.getState();
  return view !== null && !view.ended && view.phase.phonesDown === true && !hasArrived(view.sessionId);
}

export function MemberScreen() {
  const { t } = useRoomWords();
  const view = useLocalView(selectView);
  const me = useViewStore((state) => state.me);
  const [late, setLate] = useState(arrivesLate);
  // The token serves one more thing after the end, an attendance certificate: held in memory only.
  const [certificateToken, setCertificateToken] = useState<string | null>(null);
  const ended = view?.ended ?? false;
  const sessionId = view?.sessionId ?? null;
  const mode = view ? phoneMode(view, me) : 'following';
  const live = view !== null && !ended;
  const atBoundary = useFramingMoment(view);

  useEffect(() => {
    // The name is gone on the server; the token should not outlive it on the phone.
    if (ended && sessionId) {
      // Read now: the updater below runs at the next render, after the token is forgotten.
      const token = readToken(sessionId, 'member');
      if (token) setCertificateToken(token);
      forgetToken(sessionId, 'member');
      forgetArrival(sessionId);
      forgetCheckout(sessionId);
    }
  }, [ended, sessionId]);

  useEffect(() => {
    if (sessionId && !late && !ended) markArrived(sessionId);
  }, [sessionId, late, ended]);

  // Phones down, the screen may sleep and goes dark; a phone that follows stays lit, as before.
  useWakeLock(live && !late && mode === 'following');
  useDarkTheme(live && (late || mode !== 'following'));

  if (!view) return null;
  if (view.ended) {
    return (
      <StatusScreen title={t('member.endedTitle')} body={t('member.endedBody')}>
        {certificateToken && (
          <Suspense fallback={null}>
            <Certificate sessionId={view.sessionId} token={certificateToken} />
          </Suspense>
        )}
      </StatusScreen>
    );
  }
  if (late) return <Latecomer view={view} me={me} onContinue={() => setLate(false)} />;
  // The pause signal stays one tap away, even while the room crosses into the other frame.
  if (atBoundary) {
    return (
      <FramingMoment size="phone">
        <PauseSignal still />
        <footer className="member__footer">
          <LanguageSwitch />
        </footer>
      </FramingMoment>
    );
  }
  if (mode === 'listening') return <PresenterListens view={view} />;
  if (mode === 'dark') return <PhonesDown view={view} me={me} />;
  return <MemberFollowing view={view} me={me} />;
}
