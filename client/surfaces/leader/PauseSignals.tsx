// The members' anonymous "I need a pause", as counts and nothing more. What stands out is the
// request standing now (the signals not yet marked seen), apart from the meeting's count, so that a
// count from an hour ago never reads like a live request. The leader marks them seen with one press.
import { useEffect, useRef, useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { announce } from '../../components/LiveRegion';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import './signals.css';

const FRESH_MS = 15_000;

export function PauseSignals({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const total = view.pauseSignals;
  const waiting = Math.max(0, total - view.pauseSignalsSeen);
  const before = useRef(total);
  const [fresh, setFresh] = useState(false);

  useEffect(() => {
    if (total <= before.current) {
      before.current = total;
      return;
    }
    before.current = total;
    setFresh(true);
    announce(t('leader.pauseSignalNew'));
    const id = setTimeout(() => setFresh(false), FRESH_MS);
    return () => clearTimeout(id);
  }, [total]);

  const standing = waiting > 0;
  return (
    <section
      className={`pause-signals card${standing ? ' pause-signals--standing' : ''}${fresh && standing ? ' pause-signals--fresh' : ''}`}
      aria-labelledby="pause-heading"
    >
      <p className="pause-signals__count" aria-describedby="pause-now">
        {waiting}
      </p>
      <div className="pause-signals__words stack-small">
        <h2 id="pause-heading">{t('leader.pauseSignals')}</h2>
        <p id="pause-now" className="pause-signals__now">
          {standing ? t('pauses.now', { count: waiting }) : t('pauses.noneNow')}
        </p>
        <p className="hint">
          {t('pauses.meeting', { count: total })} · {fresh ? t('leader.pauseSignalNew') : t('leader.pauseSignalsHint')}
        </p>
      </div>
      {standing && (
        <button className="button pause-signals__seen" type="button" onClick={() => void sendCommand({ type: 'pause.seen' })} disabled={!canLead}>
          {t('pauses.markSeen')}
        </button>
      )}
    </section>
  );
}
