// Phones down: from the presentation on, a member's phone asks for no attention. Dark and still: the
// phase's title, its prompt behind a tap, the pause signal. No clock, no notice (the wall holds the
// leader's words), nothing that moves, and the screen may sleep (MemberScreen lets the wake lock go).
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PhasePrompt } from '../../components/PhasePrompt';
import type { MemberSelf, RoomView } from '../../../shared/views';
import { useRoomWords } from '../../i18n/roomWords';
import { CheckOutOffer } from './CheckOut';
import { MemberHeader } from './MemberHeader';
import { PauseSignal } from './PauseSignal';
import { PresenterTurn } from './PresenterTurn';

export function PhonesDown({ view, me }: { view: RoomView; me: MemberSelf | null }) {
  const { t } = useRoomWords();
  const presenterRole = view.phase.presenterRole;
  const iPresent = me?.presenter ?? false;
  // The step-back hints protect the presenter; the leader may turn them off for the room.
  const hint =
    view.hints && view.presenter && !iPresent
      ? presenterRole === 'listens'
        ? t('member.stepBackHint')
        : presenterRole === 'returns'
          ? t('member.returnHint')
          : null
      : null;
  return (
    <main className="member member--still page stack">
      <MemberHeader view={view} me={me} />
      <PresenterTurn view={view} me={me} />
      <section className="member__still-phase stack">
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} headingLevel={1} withPrompt={false} />
        {hint && <p className="member__hint">{hint}</p>}
        {view.phase.prompt && (
          <details className="member__prompt">
            <summary>{t('member.promptToggle')}</summary>
            <p>{view.phase.prompt}</p>
          </details>
        )}
      </section>
      <CheckOutOffer view={view} />
      <PauseSignal still />
      <footer className="member__footer stack-small">
        <p className="muted small">{t('member.phonesDown')}</p>
        <LanguageSwitch />
      </footer>
    </main>
  );
}
