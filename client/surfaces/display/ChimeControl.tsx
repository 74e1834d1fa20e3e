// The projector's chime switch, in the corner, named in words (a bell alone says nothing to a leader
// glancing up). Off by default: running over never chimes unless the leader chose it here, on the
// laptop's keyboard or mouse (which also lets the browser play sound in this window). A phase
// untimed for the room never chimes: in the case call, silence is part of the work.
import { playPhaseChime, usePhaseEndChime, useSoundSwitch } from '../../sound';
import type { PhaseView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';

export function ChimeControl({ phase, phaseKey }: { phase: PhaseView; phaseKey: string }) {
  const { t } = useTranslation('room');
  const [on, setOn] = useSoundSwitch('phaseChime.display', playPhaseChime);
  usePhaseEndChime(phase.timer, phaseKey, on && !phase.untimedForRoom);
  return (
    <button
      className={`display__chime${on ? ' display__chime--on' : ''}`}
      type="button"
      aria-pressed={on}
      onClick={() => setOn(!on)}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          d="M12 3a5 5 0 0 0-5 5v3.5L5 15v1h14v-1l-2-3.5V8a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        {!on && <path d="M4 4l16 16" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />}
      </svg>
      {/* A toggle's name stays the same when pressed (aria-pressed says on or off); the eye reads both. */}
      <span className="visually-hidden">{t('chime.display')}</span>
      <span aria-hidden="true">
        {t('chime.state', { chime: t('chime.display'), state: on ? t('chime.on') : t('chime.off') })}
      </span>
    </button>
  );
}
