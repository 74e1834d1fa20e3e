import { useEffect, useRef } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import type { MemberSelf, RoomView } from '../../../shared/views';
import { useRoomWords } from '../../i18n/roomWords';
import { MemberHeader } from './MemberHeader';

/**
 * A latecomer walks into a room at work: before the phase screen, their phone asks them to come in
 * quietly ("the presenter is telling their case" while they are), and lets them go on when seated.
 */
export function Latecomer({ view, me, onContinue }: { view: RoomView; me: MemberSelf | null; onContinue: () => void }) {
  const { t } = useRoomWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The join form is gone: a screen reader starts from this page's words, not from nowhere.
    heading.current?.focus();
  }, []);
  return (
    <main className="member member--still page stack">
      <MemberHeader view={view} me={me} />
      <section className="member__late stack">
        <h1 ref={heading} tabIndex={-1}>
          {view.phase.presenterTells ? t('late.titleTells') : t('late.title')}
        </h1>
        <p className="muted">{t('late.body')}</p>
        <button className="button button--large button--block" type="button" onClick={onContinue}>
          {t('late.continue')}
        </button>
      </section>
      <footer className="member__footer">
        <LanguageSwitch />
      </footer>
    </main>
  );
}
