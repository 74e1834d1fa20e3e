// Correcting one meeting of the leading log: who led and co-led it, and whether it was supervised
// (with the supervisor's initials). A small dialog opened from the row's "Edit", so the row itself
// reads as text; each change is saved as it is made, as it was in the row before.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderList } from '../../../shared/leaders';
import { SUPERVISOR_INITIALS_MAX, type LogRow } from '../../../shared/leading-log';
import { refusalWords } from '../../i18n/refusal';
import { saveLogRow } from '../../leadingLogApi';
import { LeaderOptions } from '../../components/LeaderOptions';

interface Props {
  groupId: string;
  token: string;
  row: LogRow;
  /** The meeting's day as the reader says it. */
  day: string;
  list: LeaderList;
  onSaved: () => void;
}

export function LogRowEdit({ groupId, token, row, day, list, onSaved }: Props) {
  const { t } = useTranslation('console');
  const ids = { heading: useId(), hint: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const [initials, setInitials] = useState(row.supervisorInitials ?? '');
  // Ticked at once, and put right by the reload if the server refused it.
  const [supervised, setSupervised] = useState(row.supervised);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setInitials(row.supervisorInitials ?? ''), [row.supervisorInitials]);
  useEffect(() => setSupervised(row.supervised), [row.supervised]);

  const save = async (change: Parameters<typeof saveLogRow>[3]) => {
    const result = await saveLogRow(groupId, token, row.sessionId, change);
    setFailure(result.ok ? null : refusalWords(result));
    onSaved();
  };

  const leaderPicker = (which: 'ledBy' | 'coLedBy') => (
    <select
      className="select"
      aria-label={t(which === 'ledBy' ? 'leadingLog.ledByOf' : 'leadingLog.coLedByOf', { date: day })}
      value={row[which]?.leaderId ?? ''}
      onChange={(event) => void save({ [which]: event.target.value || null })}
    >
      <option value="">{t('leaders.notNoted')}</option>
      <LeaderOptions leaders={list.leaders} />
    </select>
  );

  return (
    <>
      <button className="button leading-log__edit" type="button" aria-label={t('leadingLog.editOf', { date: day })} onClick={() => dialog.current?.showModal()}>
        {t('leadingLog.edit')}
      </button>
      <dialog ref={dialog} className="leading-log__dialog" aria-labelledby={ids.heading} aria-describedby={ids.hint}>
        <div className="stack">
          <div className="stack-small">
            <h3 id={ids.heading}>{t('leadingLog.editHeading', { date: day })}</h3>
            <p className="hint" id={ids.hint}>
              {t('leadingLog.editHint')}
            </p>
          </div>
          {/* Visible labels; the controls keep their full names ("Led by, meeting of …") for screen readers. */}
          <div className="field">
            <span aria-hidden="true">{t('leaders.ledBy')}</span>
            {leaderPicker('ledBy')}
          </div>
          <div className="field">
            <span aria-hidden="true">{t('leaders.coLedBy')}</span>
            {leaderPicker('coLedBy')}
          </div>
          <label className="leading-log__supervised">
            <input
              type="checkbox"
              aria-label={t('leadingLog.supervisedOf', { date: day })}
              checked={supervised}
              onChange={(event) => {
                setSupervised(event.target.checked);
                void save({ supervised: event.target.checked });
              }}
            />
            <span aria-hidden="true">{t('leadingLog.supervised')}</span>
          </label>
          {supervised && (
            <div className="field">
              <span aria-hidden="true">{t('leadingLog.supervisorInitials')}</span>
              <input
              className="input leading-log__initials"
              aria-label={t('leadingLog.supervisorInitialsOf', { date: day })}
              value={initials}
              maxLength={SUPERVISOR_INITIALS_MAX}
              onChange={(event) => setInitials(event.target.value)}
              onBlur={() => {
                if (initials.trim() !== (row.supervisorInitials ?? '')) {
                  void save({ supervised: true, supervisorInitials: initials.trim() || null });
                }
              }}
            />
            </div>
          )}
          {failure && (
            <p className="small error" role="alert">
              {t('leadingLog.saveFailed', { reason: failure })}
            </p>
          )}
          <div>
            <button className="button" type="button" onClick={() => dialog.current?.close()}>
              {t('common.close')}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
