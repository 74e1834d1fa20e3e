import { useEffect, useRef } from 'react';
import { useSessionStore } from '../store';
import { text } from '../text';
import { announce } from './LiveRegion';

/** Announces a new phase or a new notice, but not what was already there when the page opened. */
export function RoomAnnouncer() {
  const phaseTitle = useSessionStore((state) => state.view?.phase.title ?? null);
  const phaseKey = useSessionStore((state) =>
    state.view ? `${state.view.round}/${state.view.phase.id}` : null,
  );
  const noticeText = useSessionStore((state) => state.view?.notice?.text ?? null);
  const noticeAt = useSessionStore((state) => state.view?.notice?.at ?? null);
  const seen = useRef<{ phase: string | null; notice: number | null } | null>(null);

  useEffect(() => {
    if (phaseKey === null) return;
    const before = seen.current;
    seen.current = { phase: phaseKey, notice: noticeAt };
    if (!before) return;
    if (before.phase !== phaseKey && phaseTitle) announce(text.common.announcePhase(phaseTitle));
    if (noticeAt !== null && before.notice !== noticeAt && noticeText) {
      announce(text.common.announceNotice(noticeText));
    }
  }, [phaseKey, phaseTitle, noticeAt, noticeText]);

  return null;
}
