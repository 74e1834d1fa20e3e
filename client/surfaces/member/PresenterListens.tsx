import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PhasePrompt } from '../../components/PhasePrompt';
import type { RoomView } from '../../../shared/views';
import { useRoomWords } from '../../i18n/roomWords';
import { PauseSignal } from './PauseSignal';

/**
 * The presenter steps back while the group talks about their case. Their phone says so calmly and
 * nothing more: no time (the presenter is never on a clock; the leader brings them back), no notice
 * (the wall's words are for the group, never aimed at the one who listens).
 */
export function PresenterListens({ view }: { view: RoomView }) {
  const { t } = useRoomWords();
  return (
    <main className="member member--still member--listens page stack">
      <section className="member__listen stack">
        <h1>{t('member.listenTitle')}</h1>
        <p className="member__listen-body">{t('member.listenBody')}</p>
        <p className="muted">{t('member.listenRest')}</p>
      </section>
      <details className="member__listen-phase card">
        <summary>{view.phase.title}</summary>
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} size="small" />
      </details>
      <PauseSignal still />
      <footer className="member__footer">
        <LanguageSwitch />
      </footer>
    </main>
  );
}
