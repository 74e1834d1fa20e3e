import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalView } from '../i18n/localView';
import { phoneShowsNotice } from '../phonesDown';
import { selectView, useViewStore } from '../store';
import { announce } from './LiveRegion';

/**
 * Announces a new phase or a new notice, but not what was already there when the page opened. A
 * phone says aloud only the notices it shows: a dark phone or the presenter's says none.
 */
export function RoomAnnouncer() {
  const { t } = useTranslation();
  const view = useLocalView(selectView);
  const me = useViewStore((state) => state.me);
  const phaseTitle = view?.phase.title ?? null;
  const phaseKey = view ? `${view.round}/${view.phase.id}` : null;
  const notice = view && (view.role !== 'member' || phoneShowsNotice(view, me)) ? view.notice : null;
  const noticeText = notice?.text ?? null;
  const noticeAt = notice?.at ?? null;
  const seen = useRef<{ phase: string | null; notice: number | null } | null>(null);

  useEffect(() => {
    if (phaseKey === null) return;
    const before = seen.current;
    seen.current = { phase: phaseKey, notice: noticeAt };
    if (!before) return;
    if (before.phase !== phaseKey && phaseTitle) announce(t('common.announcePhase', { title: phaseTitle }));
    if (noticeAt !== null && before.notice !== noticeAt && noticeText) {
      announce(t('common.announceNotice', { notice: noticeText }));
    }
    // A new language alone re-runs this but is no news: only a new phase or notice is announced.
  }, [phaseKey, phaseTitle, noticeAt, noticeText, t]);

  return null;
}
