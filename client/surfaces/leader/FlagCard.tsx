import { useId, useState, type FormEvent } from 'react';
import type { FlagView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { useFlagWords } from '../../i18n/useFlagWords';
import { clockTime } from '../../time';

const NOTICE_MAX = 200;

interface FlagCardProps {
  flag: FlagView;
  fresh: boolean;
  canLead: boolean;
}

export function FlagCard({ flag, fresh, canLead }: FlagCardProps) {
  const { t, i18n } = useTranslation('console');
  // The redirect is offered in the leader's language; every phone shows it in its own.
  const info = useFlagWords()(flag.kind);
  const [editing, setEditing] = useState(false);
  const [wording, setWording] = useState(info.redirect ?? '');
  const fieldId = useId();
  const done = flag.status === 'resolved' || flag.status === 'dismissed';

  const update = (status: 'acknowledged' | 'resolved' | 'dismissed') =>
    void sendCommand({ type: 'flag.update', flagId: flag.id, status });

  const sendRedirect = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = wording.trim();
    if (!trimmed) return;
    // The server resolves the flag in the same change as the notice.
    const result = await sendCommand({ type: 'notice.show', text: trimmed, flagId: flag.id });
    if (result.ok) setEditing(false);
  };

  return (
    <li className={`flag flag--${flag.status}${fresh ? ' flag--fresh' : ''}`}>
      <div className="flag__head">
        <h3 className="flag__label">{info.label}</h3>
        <span className="flag__meta">
          <span className={`badge badge--${flag.status}`}>{t(`leader.flagStatus.${flag.status}`)}</span>{' '}
          <time dateTime={new Date(flag.raisedAt).toISOString()}>{t('leader.flagRaisedAt', { time: clockTime(flag.raisedAt, i18n.language) })}</time>
        </span>
      </div>
      {flag.note && <p className="flag__note">“{flag.note}”</p>}
      {!done && info.redirect === null && <p className="hint">{t('leader.privateFollowUp')}</p>}
      {!done && !editing && (
        <div className="row">
          {flag.status === 'open' && (
            <button className="button" type="button" onClick={() => update('acknowledged')}>
              {t('leader.acknowledge')}
            </button>
          )}
          {info.redirect !== null ? (
            <button
              className="button button--primary"
              type="button"
              onClick={() => setEditing(true)}
              disabled={!canLead}
            >
              {t('leader.redirect')}
            </button>
          ) : (
            <button className="button" type="button" onClick={() => update('resolved')}>
              {t('leader.markHandled')}
            </button>
          )}
          <button className="button" type="button" onClick={() => update('dismissed')}>
            {t('leader.dismiss')}
          </button>
        </div>
      )}
      {!done && editing && (
        <form className="stack-small" onSubmit={sendRedirect}>
          <label htmlFor={fieldId} className="label">
            {t('leader.redirectLabel')}
          </label>
          <textarea
            id={fieldId}
            className="textarea"
            value={wording}
            maxLength={NOTICE_MAX}
            onChange={(event) => setWording(event.target.value)}
            rows={2}
            autoFocus
          />
          <div className="row">
            <button className="button button--primary" type="submit" disabled={!canLead || !wording.trim()}>
              {t('leader.sendRedirect')}
            </button>
            <button className="button" type="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
