// One co-leader flag, with the line the leader is offered to say. Saying it is the first answer: the
// leader's voice, in the moment. Projecting it is a second, deliberate act, and only for kinds that
// point at no one in the room. A strong emotion gets advice for the leader, and a safety concern a
// private follow-up, never words for the room.
import { useId, useState, type FormEvent } from 'react';
import type { FlagView } from '../../../shared/views';
import { LIMITS } from '../../../shared/limits';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { useFlagWords } from '../../i18n/useFlagWords';
import { clockTime } from '../../time';

interface FlagCardProps {
  flag: FlagView;
  fresh: boolean;
  canLead: boolean;
}

export function FlagCard({ flag, fresh, canLead }: FlagCardProps) {
  const { t, i18n } = useTranslation('console');
  // The line is offered in the leader's language; every phone shows a projected one in its own.
  const info = useFlagWords(flag.frame)(flag.kind);
  const [projecting, setProjecting] = useState(false);
  const done = flag.status === 'resolved' || flag.status === 'dismissed';

  const update = (status: 'acknowledged' | 'resolved' | 'dismissed', said = false) =>
    void sendCommand({ type: 'flag.update', flagId: flag.id, status, ...(said ? { handled: 'said' as const } : {}) });

  return (
    <li className={`flag flag--${flag.status}${fresh ? ' flag--fresh' : ''}`}>
      <div className="flag__head">
        <h3 className="flag__label">{info.label}</h3>
        <span className="flag__meta">
          <span className={`badge badge--${flag.status}`}>{t(`leader.flagStatus.${flag.status}`)}</span>{' '}
          <time dateTime={new Date(flag.raisedAt).toISOString()}>
            {t('leader.flagRaisedAt', { time: clockTime(flag.raisedAt, i18n.language) })}
          </time>
        </span>
      </div>
      {flag.note && <p className="flag__note">“{flag.note}”</p>}
      {!done && <FlagLine line={info.redirect} leaderOnly={info.leaderOnly === true} wall={info.wall} />}
      {!done && !projecting && (
        <div className="row flag__actions">
          {info.redirect === null ? (
            <button className="button button--primary" type="button" onClick={() => update('resolved')}>
              {t('leader.markHandled')}
            </button>
          ) : info.leaderOnly ? (
            <button className="button button--primary" type="button" onClick={() => update('resolved')}>
              {t('leader.doneAdvice')}
            </button>
          ) : (
            <button className="button button--primary" type="button" onClick={() => update('resolved', true)}>
              {t('leader.saidIt')}
            </button>
          )}
          {info.wall && info.redirect !== null && (
            <button className="button" type="button" onClick={() => setProjecting(true)} disabled={!canLead}>
              {t('leader.projectIt')}
            </button>
          )}
          <button className="button" type="button" onClick={() => update('dismissed')}>
            {t('leader.setAside')}
          </button>
          {flag.status === 'open' && (
            <button className="button flag__seen" type="button" onClick={() => update('acknowledged')}>
              {t('leader.markSeen')}
            </button>
          )}
        </div>
      )}
      {!done && projecting && info.redirect !== null && (
        <ProjectForm flagId={flag.id} line={info.redirect} canLead={canLead} onClose={() => setProjecting(false)} />
      )}
    </li>
  );
}

/** What the card offers: a line to say, advice for the leader alone, or a private follow-up. */
function FlagLine({ line, leaderOnly, wall }: { line: string | null; leaderOnly: boolean; wall: boolean }) {
  const { t } = useTranslation('console');
  if (line === null) return <p className="hint">{t('leader.privateFollowUp')}</p>;
  if (leaderOnly) {
    return (
      <p className="flag__line flag__line--advice">
        <span className="flag__line-label">{t('leader.forYou')}</span> {line}
      </p>
    );
  }
  return (
    <>
      <p className="flag__line">
        <span className="flag__line-label">{t('leader.say')}</span> <q>{line}</q>
      </p>
      {!wall && <p className="hint">{t('leader.notForWall')}</p>}
    </>
  );
}

/** The line on the wall, as offered or in the leader's own words; the server resolves the flag with it. */
function ProjectForm({ flagId, line, canLead, onClose }: { flagId: string; line: string; canLead: boolean; onClose: () => void }) {
  const { t } = useTranslation('console');
  const [wording, setWording] = useState(line);
  const ids = { field: useId(), hint: useId() };

  const project = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = wording.trim();
    if (!trimmed) return;
    const result = await sendCommand({ type: 'notice.show', text: trimmed, flagId });
    if (result.ok) onClose();
  };

  return (
    <form className="stack-small" onSubmit={project}>
      <label htmlFor={ids.field} className="label">
        {t('leader.projectLabel')}
      </label>
      <textarea
        id={ids.field}
        className="textarea"
        value={wording}
        maxLength={LIMITS.noticeMax}
        onChange={(event) => setWording(event.target.value)}
        aria-describedby={ids.hint}
        rows={2}
        autoFocus
      />
      <p id={ids.hint} className="hint">
        {t('leader.projectHint')}
      </p>
      <div className="row">
        <button className="button button--primary" type="submit" disabled={!canLead || !wording.trim()}>
          {t('leader.project')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
