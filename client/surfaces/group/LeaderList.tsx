// The group's leaders, as they name themselves for their records: optional, seen only with the
// group's link, and a name taken off the list is gone from the log too. Saved over the version it
// was read at, so two leaders editing it at once never lose each other's entry.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_NAME_MAX, LEADERS_MAX, type LeaderList as List } from '../../../shared/leaders';
import { refusalWords } from '../../i18n/refusal';
import { saveLeaders } from '../../leadingLogApi';
import { TextInput } from '../../components/TextInput';

interface Draft {
  key: string;
  leaderId?: string;
  name: string;
}

const draftOf = (list: List): Draft[] => list.leaders.map((leader) => ({ key: leader.leaderId, leaderId: leader.leaderId, name: leader.name }));

export function LeaderList({ groupId, token, list, onSaved }: { groupId: string; token: string; list: List; onSaved: () => void }) {
  const { t } = useTranslation('console');
  const headingId = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() => draftOf(list));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' | 'conflict' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(0);

  useEffect(() => setDrafts(draftOf(list)), [list]);

  const change = (key: string, name: string) => {
    setStatus({ kind: 'idle' });
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, name } : draft)));
  };

  const save = async () => {
    setBusy(true);
    const kept = drafts.filter((draft) => draft.name.trim() !== '');
    const result = await saveLeaders(
      groupId,
      token,
      list.version,
      kept.map((draft) => ({ ...(draft.leaderId ? { leaderId: draft.leaderId } : {}), name: draft.name.trim() })),
    );
    setBusy(false);
    if (result.ok) setStatus({ kind: 'saved' });
    else if (result.code === 'conflict') setStatus({ kind: 'conflict' });
    else setStatus({ kind: 'failed', reason: refusalWords(result) });
    if (result.ok || result.code === 'conflict') onSaved();
  };

  return (
    <section className="card stack-small leaders no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('leaders.heading')}</h2>
      <p className="hint">{t('leaders.intro')}</p>
      {drafts.length === 0 && <p className="muted">{t('leaders.empty')}</p>}
      <ul className="leaders__list stack-small">
        {drafts.map((draft) => (
          <li key={draft.key} className="row">
            <TextInput
              aria-label={t('leaders.nameLabel')}
              value={draft.name}
              maxLength={LEADER_NAME_MAX}
              onValueChange={(name) => change(draft.key, name)}
            />
            <button
              className="button"
              type="button"
              aria-label={t('leaders.removeLabel', { name: draft.name || t('leaders.nameLabel') })}
              onClick={() => setDrafts((current) => current.filter((other) => other.key !== draft.key))}
            >
              {t('leaders.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        {drafts.length < LEADERS_MAX && (
          <button
            className="button"
            type="button"
            onClick={() => {
              setAdded((count) => count + 1);
              setDrafts((current) => [...current, { key: `new-${added}`, name: '' }]);
            }}
          >
            {t('leaders.add')}
          </button>
        )}
        <button className="button button--primary" type="button" disabled={busy} onClick={() => void save()}>
          {t('leaders.save')}
        </button>
      </div>
      <p className="small" role="status">
        {status.kind === 'saved' && t('leaders.saved')}
        {status.kind === 'conflict' && t('leaders.changedMeanwhile')}
        {status.kind === 'failed' && t('leaders.failed', { reason: status.reason })}
      </p>
    </section>
  );
}
