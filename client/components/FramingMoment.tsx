// The boundary between the two frames, said once to the whole room: on the wall and on every phone,
// in the leader's voice, as the meeting leaves the case for professional development. It stands
// until the next phase or FRAMING_MOMENT_MS after the boundary, whichever comes first.
import type { ReactNode } from 'react';
import { FRAMING_MOMENT_MS } from '../../shared/frames';
import type { RoomView } from '../../shared/views';
import { useRoomWords } from '../i18n/roomWords';
import { useMsUntil } from '../useServerClock';
import './framing-moment.css';

/** Whether the room is at the boundary right now; views from an older server have no moment. */
export function useFramingMoment(view: RoomView | null): boolean {
  const at = view?.framingMoment?.at ?? null;
  return useMsUntil(at === null ? null : at + FRAMING_MOMENT_MS) > 0;
}

export function FramingMoment({ size, children }: { size: 'display' | 'phone'; children?: ReactNode }) {
  const { t } = useRoomWords();
  return (
    <main className={`framing-moment framing-moment--${size}`}>
      <div className="framing-moment__words">
        <h1 className="framing-moment__title">{t('frames.momentTitle')}</h1>
        <p className="framing-moment__body">{t('frames.momentBody')}</p>
      </div>
      {children}
    </main>
  );
}
