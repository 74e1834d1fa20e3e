// The members' anonymous "I need a pause", as a count and nothing more. It stands out for a while
// after it grows, since a leader looking at the room may miss a number changing.
import { useEffect, useRef, useState } from 'react';
import { announce } from '../../components/LiveRegion';
import { useTranslation } from 'react-i18next';
import './signals.css';

const FRESH_MS = 15_000;

export function PauseSignals({ count }: { count: number }) {
  const { t } = useTranslation('console');
  const before = useRef(count);
  const [fresh, setFresh] = useState(false);

  useEffect(() => {
    if (count <= before.current) {
      before.current = count;
      return;
    }
    before.current = count;
    setFresh(true);
    announce(t('leader.pauseSignalNew'));
    const id = setTimeout(() => setFresh(false), FRESH_MS);
    return () => clearTimeout(id);
  }, [count]);

  return (
    <section className={`pause-signals card${fresh ? ' pause-signals--fresh' : ''}`} aria-labelledby="pause-heading">
      <p className="pause-signals__count" aria-describedby="pause-hint">
        {count}
      </p>
      <div>
        <h2 id="pause-heading">{t('leader.pauseSignals')}</h2>
        <p id="pause-hint" className="hint">
          {fresh ? t('leader.pauseSignalNew') : t('leader.pauseSignalsHint')}
        </p>
      </div>
    </section>
  );
}
