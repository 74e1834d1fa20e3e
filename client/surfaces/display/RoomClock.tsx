// The time on the wall, as the leader chose it (settings.displayClock): quiet by default ("about
// 12 min"), the full countdown, or none. A phase untimed for the room (the case call: silence there
// is part of the work) shows none whatever the choice. No clock on the wall ever turns amber.
import { Timer } from '../../components/Timer';
import { useRemainingMs } from '../../useServerClock';
import type { DisplayClock } from '../../../shared/settings';
import type { PhaseView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';
import { quietTime } from './quietTime';

export function RoomClock({ phase, clock }: { phase: PhaseView; clock: DisplayClock }) {
  if (clock === 'off' || phase.untimedForRoom) return null;
  if (clock === 'full') return <Timer timer={phase.timer} size="display" label={phase.title} overrun={false} />;
  return <QuietClock phase={phase} />;
}

function QuietClock({ phase }: { phase: PhaseView }) {
  const { t } = useTranslation('room');
  const time = quietTime(useRemainingMs(phase.timer));
  const said = time === 'a-minute-or-two' ? t('display.minuteOrTwo') : t('display.aboutMinutes', { count: time.minutes });
  return (
    <p className="room-clock" role="timer" aria-label={`${phase.title}: ${said}`}>
      <span aria-hidden="true">{said}</span>
    </p>
  );
}
