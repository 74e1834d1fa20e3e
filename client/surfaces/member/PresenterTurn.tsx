import type { MemberSelf, RoomView } from '../../../shared/views';
import { useRoomWords } from '../../i18n/roomWords';

/**
 * The presenter's own word on their phone: "You're presenting today" from the moment the leader
 * picks them, "Welcome back" when they return to the circle. The region is there before the words,
 * so a screen reader says them when they arrive. (Stepped back, the presenter sees PresenterListens.)
 */
export function PresenterTurn({ view, me }: { view: RoomView; me: MemberSelf | null }) {
  const { t } = useRoomWords();
  const iPresent = me?.presenter ?? false;
  const returning = view.phase.presenterRole === 'returns';
  return (
    <div aria-live="polite">
      {iPresent && (
        <section className="member__turn card stack-small" aria-labelledby="member-turn">
          <h2 id="member-turn">{returning ? t('member.turnTitle') : t('member.presentingTitle')}</h2>
          {returning && <p>{t('member.turnBody')}</p>}
          {/* Once the presenter is telling the case, their phone has nothing more to tell them. */}
          {!returning && !view.phase.phonesDown && <p>{t('member.presentingBody')}</p>}
        </section>
      )}
    </div>
  );
}
