import { formatClock, type Timer as PhaseTimer } from '../../shared/timer';
import { useTranslation } from 'react-i18next';
import { useRemainingMs } from '../useServerClock';
import './timer.css';

interface TimerProps {
  timer: PhaseTimer;
  /** display: the projector's huge clock; large: console and phones; small: a rail or header. */
  size?: 'display' | 'large' | 'small';
  label?: string;
  /**
   * The console's clock counts the overrun up, amber and in words. The room's clocks (the display,
   * a phone that follows) stop at 0:00: running over is the leader's business, never an alarm.
   */
  overrun?: boolean;
}

/** The phase clock. At zero it turns amber and counts the overrun up, with a word as well as a colour. */
export function Timer({ timer, size = 'large', label, overrun = true }: TimerProps) {
  const { t } = useTranslation();
  const left = useRemainingMs(timer);
  const remaining = overrun ? left : Math.max(0, left);
  const over = remaining < 0;
  const paused = timer.runningSince === null;
  const clock = formatClock(remaining);
  const state = over ? t('common.overTime') : paused ? t('common.timerPaused') : t('common.timeLeft');
  return (
    <div
      className={`timer timer--${size}${over ? ' timer--over' : ''}${paused ? ' timer--paused' : ''}`}
      role="timer"
      aria-label={`${label ? `${label}: ` : ''}${clock} ${state}`}
    >
      <span className="timer__clock" aria-hidden="true">
        {clock}
      </span>
      {(over || paused) && (
        <span className="timer__mark" aria-hidden="true">
          {over ? t('common.overTime') : t('common.timerPaused')}
          {over && paused ? ` · ${t('common.timerPaused')}` : ''}
        </span>
      )}
    </div>
  );
}
