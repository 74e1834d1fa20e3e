import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import './room.css';
import { TextInput } from '../../components/TextInput';

/** What the room reads under the timer right now, and a free notice when no redirect fits. */
export function NoticeControls({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const [draft, setDraft] = useState('');
  const fieldId = useId();

  const show = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = draft.trim();
    if (!trimmed) return;
    const result = await sendCommand({ type: 'notice.show', text: trimmed });
    if (result.ok) setDraft('');
  };

  return (
    <section className="card stack-small" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{t('leader.noticeHeading')}</h2>
      {view.notice ? (
        <div className="row notice-current">
          <p className="notice-current__text">{view.notice.text}</p>
          <button
            className="button"
            type="button"
            onClick={() => void sendCommand({ type: 'notice.clear' })}
            disabled={!canLead}
          >
            {t('leader.clearNotice')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('leader.noNotice')}</p>
      )}
      <form className="notice-form" onSubmit={show}>
        <label htmlFor={fieldId} className="label">
          {t('leader.noticeText')}
        </label>
        <div className="notice-form__row">
          <TextInput
            id={fieldId}
            value={draft}
            maxLength={LIMITS.noticeMax}
            onValueChange={setDraft}
            disabled={!canLead}
            autoComplete="off"
          />
          <button className="button button--primary" type="submit" disabled={!canLead || !draft.trim()}>
            {t('leader.showNotice')}
          </button>
        </div>
      </form>
    </section>
  );
}
