// The phone following the meeting: before phones go down (the opening, the case call), or all along
// in a room that turned the phone clock on (a teaching group's choice). The countdown and the
// leader's notice show only where client/phonesDown.ts allows them.
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { Timer } from '../../components/Timer';
import { phoneShowsClock, phoneShowsNotice } from '../../phonesDown';
import type { MemberSelf, RoomView } from '../../../shared/views';
import { useRoomWords } from '../../i18n/roomWords';
import { CaseToggle } from './CaseToggle';
import { CheckOutOffer } from './CheckOut';
import { MemberHeader } from './MemberHeader';
import { PauseSignal } from './PauseSignal';
import { PresenterTurn } from './PresenterTurn';

export function MemberFollowing({ view, me }: { view: RoomView; me: MemberSelf | null }) {
  const { t } = useRoomWords();
  const presenterRole = view.phase.presenterRole;
  const iPresent = me?.presenter ?? false;
  return (
    <main className="member page stack">
      <MemberHeader view={view} me={me} />
      <NoticeBanner notice={phoneShowsNotice(view, me) ? view.notice : null} />
      <PresenterTurn view={view} me={me} />
      <section className="member__phase card stack">
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} headingLevel={1} />
        {phoneShowsClock(view, me) && <Timer timer={view.phase.timer} label={view.phase.title} overrun={false} />}
        {/* The step-back hints protect the presenter; the leader may turn them off for the room. */}
        {view.hints && view.presenter && presenterRole === 'listens' && !iPresent && (
          <p className="member__hint">{t('member.stepBackHint')}</p>
        )}
        {view.hints && view.presenter && presenterRole === 'returns' && !iPresent && (
          <p className="member__hint">{t('member.returnHint')}</p>
        )}
      </section>
      {view.phase.callsForCase && <CaseToggle volunteer={me?.volunteer ?? false} />}
      <CheckOutOffer view={view} />
      <PauseSignal />
      <footer className="member__footer">
        <LanguageSwitch />
      </footer>
    </main>
  );
}
