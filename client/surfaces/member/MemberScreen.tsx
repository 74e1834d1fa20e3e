// A member's phone: where the group is, the clock, and two quiet actions — "I have a case" while
// the case is called, and an anonymous "I need a pause" at any time.
import { useEffect } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { StatusScreen } from '../../components/StatusScreen';
import { Timer } from '../../components/Timer';
import { selectView, useSessionStore } from '../../store';
import { useLocalView } from '../../i18n/localView';
import { forgetToken } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { CaseToggle } from './CaseToggle';
import { PauseSignal } from './PauseSignal';
import { PresenterListens } from './PresenterListens';
import './member.css';

export function MemberScreen() {
  const { t } = useTranslation('room');
  const view = useLocalView(selectView);
  const me = useSessionStore((state) => state.me);
  const ended = view?.ended ?? false;

  useEffect(() => {
    // The name is gone on the server; the token should not outlive it on the phone.
    if (ended && view) forgetToken(view.sessionId, 'member');
  }, [ended, view]);

  if (!view) return null;
  if (view.ended) {
    return <StatusScreen title={t('member.endedTitle')} body={t('member.endedBody')} />;
  }

  const presenterRole = view.phase.presenterRole;
  const iPresent = me?.presenter ?? false;
  if (iPresent && presenterRole === 'listens') return <PresenterListens view={view} />;

  return (
    <main className="member page stack">
      <header className="member__header">
        <p className="muted small">{view.title}</p>
        {me && <p className="muted small">{t('member.youAre', { name: me.name })}</p>}
      </header>
      <NoticeBanner notice={view.notice} />
      {iPresent && presenterRole === 'returns' && (
        <section className="member__turn card" aria-labelledby="member-turn">
          <h2 id="member-turn">{t('member.turnTitle')}</h2>
          <p>{t('member.turnBody')}</p>
        </section>
      )}
      <section className="member__phase card stack">
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} headingLevel={1} />
        <Timer timer={view.phase.timer} label={view.phase.title} />
        {/* The step-back hints protect the presenter; the leader may turn them off for the room. */}
        {view.hints && view.presenter && presenterRole === 'listens' && !iPresent && (
          <p className="member__hint">{t('member.stepBackHint')}</p>
        )}
        {view.hints && view.presenter && presenterRole === 'returns' && !iPresent && (
          <p className="member__hint">{t('member.returnHint')}</p>
        )}
      </section>
      {view.phase.id === 'case-call' && <CaseToggle volunteer={me?.volunteer ?? false} />}
      <PauseSignal />
      <footer className="member__footer">
        <LanguageSwitch />
      </footer>
    </main>
  );
}
