// The members' pause signals on the co-leader's phone too: two leaders watch the room, and the one
// not speaking is often the one who can look for the moment to pause. Counts only; the leader marks
// them seen on the console, and what is not yet seen stands apart as "now".
import type { LeadersView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';

export function CoLeaderPauses({ view }: { view: LeadersView }) {
  const { t } = useTranslation('room');
  const waiting = Math.max(0, view.pauseSignals - view.pauseSignalsSeen);
  return (
    <section className={`co-leader__pauses card${waiting > 0 ? ' co-leader__pauses--standing' : ''}`} aria-labelledby="co-pauses-heading">
      <h2 id="co-pauses-heading">{t('coLeaderPauses.heading')}</h2>
      {/* Polite: a new request is heard on the phone without interrupting what else is read. */}
      <p className="co-leader__pauses-now" role="status">
        {waiting > 0 ? t('coLeaderPauses.now', { count: waiting }) : t('coLeaderPauses.noneNow')}
      </p>
      <p className="hint">{t('coLeaderPauses.meeting', { count: view.pauseSignals })}</p>
    </section>
  );
}
