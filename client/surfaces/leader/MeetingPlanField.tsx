// How long the whole meeting is planned to run, beside the budget that measures against it: a
// ninety-minute meeting holds two cases, and the budget should say so from the start.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';

export function MeetingPlanField({ planSec, canLead }: { planSec: number; canLead: boolean }) {
  const { t } = useTranslation('console');
  const planned = Math.round(planSec / 60);
  const [draft, setDraft] = useState(String(planned));
  const id = useId();
  // The other leader (or a takeover) may change the plan: follow it unless a change is being typed.
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    if (!typing) setDraft(String(planned));
  }, [planned, typing]);

  const minutes = Number(draft);
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= LIMITS.meetingMaxMin;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || minutes === planned) {
      setTyping(false);
      return;
    }
    const result = await sendCommand({ type: 'meeting.plan', minutes });
    if (result.ok) setTyping(false);
  };

  return (
    <form className="budget__plan" onSubmit={submit}>
      <label htmlFor={id}>{t('budget.planLabel')}</label>
      <input
        id={id}
        className="input budget__plan-input"
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.meetingMaxMin}
        value={draft}
        disabled={!canLead}
        onChange={(event) => {
          setTyping(true);
          setDraft(event.target.value);
        }}
      />
      <button className="button" type="submit" disabled={!canLead || !valid || minutes === planned}>
        {t('budget.planSet')}
      </button>
    </form>
  );
}
