// Under the rail: the way into the format editor, the step-back hints on the members' phones, and
// the chime at the end of a phase. Each switch acts at once.
import { useId, useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { playPhaseChime, usePhaseEndChime, useSoundSwitch } from '../../sound';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { Switch } from '../../components/Switch';
import { FormatEditor } from './FormatEditor';
import './editor.css';

const PHONE = '(pointer: coarse) and (max-width: 720px)';

export function PlanTools({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation(['console', 'room']);
  const [editing, setEditing] = useState(false);
  const [chimeOn, setChimeOn] = useSoundSwitch('phaseChime.console', playPhaseChime);
  const ids = { heading: useId() };
  // A phone (a co-leader leading after a takeover) never chimes: it would sound from a pocket.
  const [onPhone] = useState(() => window.matchMedia(PHONE).matches);
  usePhaseEndChime(view.phase.timer, `${view.round}/${view.phase.id}`, chimeOn && !onPhone);

  return (
    <section className="plan-tools card stack-small" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="visually-hidden">
        {t('leader.planHeading')}
      </h2>
      <button className="button" type="button" onClick={() => setEditing(true)} disabled={!canLead}>
        {t('editor.open')}
      </button>
      <div className="plan-tools__switches">
        <Switch
          label={t('leader.hints')}
          hint={t('leader.hintsHint')}
          checked={view.hints}
          disabled={!canLead}
          onCheckedChange={(enabled) => void sendCommand({ type: 'hints.set', enabled })}
        />
        {!onPhone && <Switch label={t('room:chime.console')} checked={chimeOn} onCheckedChange={setChimeOn} />}
      </div>
      <FormatEditor view={view} open={editing} canLead={canLead} onClose={() => setEditing(false)} />
    </section>
  );
}
