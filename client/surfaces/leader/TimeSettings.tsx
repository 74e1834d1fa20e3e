// How much of the time the room sees. Quiet by default: the wall says "about 12 min" and phones go
// dark, so eyes stay in the circle; a teaching group may want the full countdown and phones that follow.
import { useId } from 'react';
import { DISPLAY_CLOCKS, type DisplayClock } from '../../../shared/settings';
import type { LeadersView } from '../../../shared/views';
import { Switch } from '../../components/Switch';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';

const CLOCK_WORDS = { quiet: 'leader.clockQuiet', full: 'leader.clockFull', off: 'leader.clockOff' } as const satisfies Record<
  DisplayClock,
  string
>;

export function TimeSettings({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const ids = { name: useId() };
  const { settings } = view;
  return (
    <div className="time-settings stack-small">
      {/* Pressed buttons, not radios: an arrow key on a focused radio would change the wall's
          clock silently, where the leader meant to move to the next phase. */}
      <div className="time-settings__clock stack-small" role="group" aria-labelledby={ids.name}>
        <span id={ids.name} className="label">
          {t('leader.displayClock')}
        </span>
        <div className="row">
          {DISPLAY_CLOCKS.map((clock) => (
            <button
              key={clock}
              className="button time-settings__choice"
              type="button"
              aria-pressed={settings.displayClock === clock}
              disabled={!canLead}
              onClick={() => {
                if (settings.displayClock !== clock) void sendCommand({ type: 'room.settings', displayClock: clock });
              }}
            >
              {t(CLOCK_WORDS[clock])}
            </button>
          ))}
        </div>
      </div>
      <Switch
        label={t('leader.phoneClock')}
        hint={t('leader.phoneClockHint')}
        checked={settings.phoneClock}
        disabled={!canLead}
        onCheckedChange={(phoneClock) => void sendCommand({ type: 'room.settings', phoneClock })}
      />
    </div>
  );
}
