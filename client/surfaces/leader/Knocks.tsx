// Latecomers knocking at the locked room. The leader lets each in with one click, or leaves them
// waiting; no sound, since a chime would turn the whole circle to the door.
import { useId } from 'react';
import type { LeadersView } from '../../../shared/views';
import { announce } from '../../components/LiveRegion';
import { useArrived } from '../../components/useArrived';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../time';
import { usePrivateHidden } from './privacy';
import './room.css';

export function Knocks({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t, i18n } = useTranslation('console');
  const hidden = usePrivateHidden();
  const heading = useId();
  // Said once to a screen reader; those waiting when the console opens are not news.
  useArrived(
    view.knocks,
    (knock) => knock.knockId,
    (arrived) => {
      for (const knock of arrived) announce(t('leader.newKnock', { name: knock.name }));
    },
  );
  if (view.knocks.length === 0) return null;
  return (
    <section className="knocks card stack-small" aria-labelledby={heading}>
      <h2 id={heading}>{t('leader.knocksHeading', { count: view.knocks.length })}</h2>
      {hidden ? (
        <p className="muted">{t('leader.privateHidden')}</p>
      ) : (
        <>
          <p className="hint">{t('leader.knockHint')}</p>
          <ul className="plain-list">
            {view.knocks.map((knock) => (
              <li key={knock.knockId} className="knocks__person">
                <span className="people__name">{knock.name}</span>
                <time className="people__state" dateTime={new Date(knock.at).toISOString()}>
                  {t('leader.knockingSince', { time: clockTime(knock.at, i18n.language) })}
                </time>
                <button
                  className="button button--primary"
                  type="button"
                  onClick={() => void sendCommand({ type: 'knock.admit', knockId: knock.knockId })}
                  disabled={!canLead}
                  aria-label={t('leader.admitLabel', { name: knock.name })}
                >
                  {t('leader.admit')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
