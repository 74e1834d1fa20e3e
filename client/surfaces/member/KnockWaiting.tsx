// A latecomer at a locked room waits here, calmly, until the leader lets them in. The page asks the
// server every few seconds (less often while the Wi-Fi is weak, at once when it comes back) and opens
// the meeting by itself once admitted, with the knock's token, exactly as a join does.
import { useEffect, useRef, useState } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDarkTheme } from '../../components/useDarkTheme';
import { navigate } from '../../routes';
import { forgetKnock, rememberJoined } from '../../tokens';
import type { Knocked } from '../../../shared/protocol';
import { surfacePaths } from '../../../shared/paths';
import { useTranslation } from 'react-i18next';
import { knockStatus, withdrawKnock } from './knockApi';

const ASK_EVERY_MS = 4_000;
/** However weak the line, a latecomer let in should not wait longer than this to notice. */
const ASK_AT_MOST_EVERY_MS = 30_000;

interface KnockWaitingProps {
  joinCode: string;
  knock: Knocked;
  /** Back to the join form: the latecomer stopped waiting. */
  onStop: () => void;
}

export default function KnockWaiting({ joinCode, knock, onStop }: KnockWaitingProps) {
  const { t } = useTranslation('room');
  const [refused, setRefused] = useState(false);
  const [weak, setWeak] = useState(false);
  const [stopping, setStopping] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The room's phones are down: a phone glowing at the door would be the only light in it.
  useDarkTheme(true);

  useEffect(() => {
    // The form is gone: a screen reader starts again from what this page says.
    heading.current?.focus();
  }, [refused]);

  useEffect(() => {
    if (refused) return;
    let stopped = false;
    let asking = false;
    let next: ReturnType<typeof setTimeout> | undefined;
    let wait = ASK_EVERY_MS;

    const ask = async () => {
      if (stopped || asking) return;
      clearTimeout(next);
      asking = true;
      const answer = await knockStatus(knock.knockId, knock.token);
      asking = false;
      if (stopped) return;
      if (answer.ok && answer.value.status === 'admitted') {
        forgetKnock(joinCode);
        rememberJoined(joinCode, knock.sessionId);
        navigate(surfacePaths.member(encodeURIComponent(knock.sessionId), knock.token));
        return;
      }
      // Gone: the meeting ended, or the knock is no longer there. Either way, not this time.
      if (!answer.ok && (answer.status === 404 || answer.status === 401)) {
        forgetKnock(joinCode);
        setRefused(true);
        return;
      }
      // Still waiting; or no answer (weak Wi-Fi, a server restarting): ask less often, and say so.
      setWeak(!answer.ok);
      wait = answer.ok ? ASK_EVERY_MS : Math.min(wait * 2, ASK_AT_MOST_EVERY_MS);
      next = setTimeout(() => void ask(), wait);
    };
    const askNow = () => {
      if (document.visibilityState === 'visible') void ask();
    };

    void ask();
    window.addEventListener('online', askNow);
    document.addEventListener('visibilitychange', askNow);
    return () => {
      stopped = true;
      clearTimeout(next);
      window.removeEventListener('online', askNow);
      document.removeEventListener('visibilitychange', askNow);
    };
  }, [refused, joinCode, knock]);

  const stop = async () => {
    setStopping(true);
    // Gone from the leaders' list if the server hears it; forgotten here either way.
    await withdrawKnock(knock.knockId, knock.token);
    forgetKnock(joinCode);
    onStop();
  };

  if (refused) {
    return (
      <main className="page stack">
        <h1 ref={heading} tabIndex={-1}>
          {t('join.refused')}
        </h1>
        <p className="muted">{t('knock.refusedBody')}</p>
        <a className="button" href="/">
          {t('common.backHome')}
        </a>
        <footer>
          <LanguageSwitch />
        </footer>
      </main>
    );
  }

  return (
    <main className="page stack">
      <section className="card stack">
        <h1 ref={heading} tabIndex={-1}>
          {t('knock.title')}
        </h1>
        <p>{t('knock.body')}</p>
        <p className="muted">{t('knock.keepOpen')}</p>
        <p className="muted small" role="status">
          {weak ? t('knock.weak') : ''}
        </p>
      </section>
      <button className="button button--large" type="button" onClick={stop} disabled={stopping}>
        {t('knock.stop')}
      </button>
      <footer>
        <LanguageSwitch />
      </footer>
    </main>
  );
}
