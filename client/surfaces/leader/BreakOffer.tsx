// In the closing, a break before the next case: added as the round's last phase, so "Next phase"
// leads into it and "Start the next case" leads out of it to the case call. Sent in the shipped
// English, like every format's words, so each screen says it in its own language.
import { useTranslation } from 'react-i18next';
import { BREAK_PHASE } from '../../../shared/templates';
import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';

export function BreakOffer({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  if (view.plan.some((phase) => phase.id === BREAK_PHASE.id)) return null;
  const addBreak = () => {
    const kept = view.plan.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt }));
    const { id, title, durationSec, prompt } = BREAK_PHASE;
    void sendCommand({ type: 'phases.update', phases: [...kept, { id, title, durationSec, prompt }] });
  };
  return (
    <button className="button" type="button" onClick={addBreak} disabled={!canLead}>
      {t('leader.addBreak')}
    </button>
  );
}
