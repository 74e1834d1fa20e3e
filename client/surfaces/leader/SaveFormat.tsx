// Keeps the edited phases as the group's own format, so the next meeting can start from them.
// Only where this device holds the group's private link: the save needs the group's token.
import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import type { Format } from '../../../shared/phase-plan';
import type { LeadersView } from '../../../shared/views';
import { Field } from '../../components/Field';
import { saveGroupFormat } from '../../groupApi';
import { readGroupToken } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { refusalWords } from '../../i18n/refusal';
import { editsFromDraft, type DraftPhase } from './formatDraft';
import { formatIdFromTitle } from '../../formatId';
import { TextInput } from '../../components/TextInput';

interface SaveFormatProps {
  view: LeadersView;
  draft: readonly DraftPhase[];
  valid: boolean;
  formats: readonly Format[];
}

export function SaveFormat({ view, draft, valid, formats }: SaveFormatProps) {
  const { t } = useTranslation('console');
  const followed = formats.find((format) => format.id === view.format);
  const [title, setTitle] = useState(followed?.title ?? view.title);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), hint: useId() };
  const token = view.groupId ? readGroupToken(view.groupId) : null;
  const formatId = formatIdFromTitle(title);
  const replaces = formats.some((format) => format.id === formatId);

  const save = async () => {
    if (!view.groupId || !token || !title.trim() || !valid) return;
    setBusy(true);
    setStatus(null);
    const result = await saveGroupFormat(view.groupId, token, formatId, {
      title: title.trim(),
      phases: editsFromDraft(draft),
      hints: view.hints,
      // The room's time settings go with the format: a teaching group keeps its clocks on.
      settings: view.settings,
      // And its register: a peer group that says du starts every meeting saying du.
      register: view.register,
    });
    setBusy(false);
    setStatus(
      result.ok
        ? { ok: true, message: t('editor.saved', { title: result.value.title }) }
        : { ok: false, message: `${t('editor.saveFailed')} ${refusalWords(result)}` },
    );
  };

  return (
    <section className="save-format stack-small" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('editor.saveHeading')}</h3>
      {!token ? (
        <p className="hint">{t('editor.saveNoToken')}</p>
      ) : (
        <>
          <div className="save-format__row">
            <Field
              label={t('editor.saveName')}
              describedBy={ids.hint}
              control={(control) => (
                <TextInput
                  {...control}
                  value={title}
                  maxLength={LIMITS.phaseTitleMax}
                  onValueChange={(typed) => {
                    setTitle(typed);
                    setStatus(null);
                  }}
                  autoComplete="off"
                />
              )}
            />
            <button
              className="button"
              type="button"
              onClick={() => void save()}
              disabled={busy || !title.trim() || !valid}
            >
              {busy ? t('editor.saving') : t('editor.save')}
            </button>
          </div>
          <p id={ids.hint} className="hint">
            {t('editor.saveId', { id: formatId })} {replaces && <strong>{t('editor.saveReplaces')}</strong>}
          </p>
          <p className={status ? (status.ok ? 'success' : 'alert') : 'visually-hidden'} role="status">
            {status?.message}
          </p>
        </>
      )}
    </section>
  );
}
