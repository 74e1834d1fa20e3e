import { useId, useState, type FormEvent } from 'react';
import { FLAG_CATALOG } from '../../../shared/flags';
import type { FlagView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { text } from '../../text';

const NOTICE_MAX = 200;

function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

interface FlagCardProps {
  flag: FlagView;
  fresh: boolean;
  canLead: boolean;
}

export function FlagCard({ flag, fresh, canLead }: FlagCardProps) {
  const info = FLAG_CATALOG[flag.kind];
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
          <span className={`badge badge--${flag.status}`}>{text.leader.flagStatus[flag.status]}</span>{' '}
          <time dateTime={new Date(flag.raisedAt).toISOString()}>{text.leader.flagRaisedAt(clockTime(flag.raisedAt))}</time>
        </span>
      </div>
      {flag.note && <p className="flag__note">“{flag.note}”</p>}
      {!done && info.redirect === null && <p className="hint">{text.leader.privateFollowUp}</p>}
      {!done && !editing && (
        <div className="row">
          {flag.status === 'open' && (
            <button className="button" type="button" onClick={() => update('acknowledged')}>
              {text.leader.acknowledge}
            </button>
          )}
          {info.redirect !== null ? (
            <button
              className="button button--primary"
              type="button"
              onClick={() => setEditing(true)}
              disabled={!canLead}
            >
              {text.leader.redirect}
            </button>
          ) : (
            <button className="button" type="button" onClick={() => update('resolved')}>
              {text.leader.markHandled}
            </button>
          )}
          <button className="button" type="button" onClick={() => update('dismissed')}>
            {text.leader.dismiss}
          </button>
        </div>
      )}
      {!done && editing && (
        <form className="stack-small" onSubmit={sendRedirect}>
          <label htmlFor={fieldId} className="label">
            {text.leader.redirectLabel}
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
              {text.leader.sendRedirect}
            </button>
            <button className="button" type="button" onClick={() => setEditing(false)}>
              {text.common.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
