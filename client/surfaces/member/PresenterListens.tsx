import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { Timer } from '../../components/Timer';
import type { View } from '../../../shared/views';
import { useTranslation } from 'react-i18next';
import { PauseSignal } from './PauseSignal';

/**
 * The presenter steps back while the group talks about their case. Their phone says so calmly,
 * with how long until they come back in; a notice to the room still shows, it speaks to them too.
 */
export function PresenterListens({ view }: { view: View }) {
  const { t } = useTranslation('room');
  return (
    <main className="member member--listens page stack">
      <section className="member__listen stack">
        <h1>{t('member.listenTitle')}</h1>
        <p className="member__listen-body">{t('member.listenBody')}</p>
        <p className="muted">{t('member.listenReturn')}</p>
        <Timer timer={view.phase.timer} label={t('member.listenReturn')} />
      </section>
      <NoticeBanner notice={view.notice} />
      <details className="member__listen-phase card">
        <summary>{view.phase.title}</summary>
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} size="small" />
      </details>
      <PauseSignal />
      <footer className="member__footer">
        <LanguageSwitch />
      </footer>
    </main>
  );
}
