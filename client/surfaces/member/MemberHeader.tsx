import type { MemberSelf, RoomView } from '../../../shared/views';
import { useRoomWords } from '../../i18n/roomWords';

/** The meeting's title and who this phone is, quietly at the top of every member screen. */
export function MemberHeader({ view, me }: { view: RoomView; me: MemberSelf | null }) {
  const { t } = useRoomWords();
  return (
    <header className="member__header">
      <p className="muted small">{view.title}</p>
      {me && <p className="muted small">{t('member.youAre', { name: me.name })}</p>}
    </header>
  );
}
