// The projector's chime switch: a small bell in the corner, quiet until pointed at or focused, so
// it never competes with the prompt. Off by default; the leader turns it on from the laptop's
// keyboard or mouse (which also lets the browser play sound in this window).
import type { Timer } from '../../../shared/timer';
import { useChimePreference, usePhaseEndChime } from '../../phaseChime';
import { useTranslation } from 'react-i18next';

export function ChimeControl({ timer, phaseKey }: { timer: Timer; phaseKey: string }) {
  const { t } = useTranslation('room');
  const [on, setOn] = useChimePreference('display');
  usePhaseEndChime(timer, phaseKey, on);
  const label = t('chime.state', { chime: t('chime.display'), state: on ? t('chime.on') : t('chime.off') });
  return (
    <button
      className={`display__chime${on ? ' display__chime--on' : ''}`}
      type="button"
      aria-pressed={on}
      aria-label={t('chime.display')}
      title={label}
      onClick={() => setOn(!on)}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 3a5 5 0 0 0-5 5v3.5L5 15v1h14v-1l-2-3.5V8a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        {!on && <path d="M4 4l16 16" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />}
      </svg>
    </button>
  );
}
