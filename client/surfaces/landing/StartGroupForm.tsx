// A group that meets again and again gets a private page: its formats and its meetings' records.
// No account: the page's link holds the group's token, remembered on this device.
import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { createGroup } from '../../groupApi';
import { navigate } from '../../routes';
import { rememberGroup } from '../../tokens';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useTranslation } from 'react-i18next';
import { refusalWords } from '../../i18n/refusal';
import { TextInput } from '../../components/TextInput';

export function StartGroupForm() {
  const { t } = useTranslation('room');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId(), intro: useId(), error: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('landing.groupNameMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createGroup(trimmed);
    if (!result.ok) {
      setBusy(false);
      setError(`${t('landing.groupFailed')} ${refusalWords(result)}`);
      return;
    }
    rememberGroup({ groupId: result.value.groupId, name: trimmed });
    // The group page takes the token from the fragment, keeps it, and wipes it from the address.
    navigate(result.value.links.group);
  };

  return (
    <section className="card stack" aria-labelledby={ids.heading}>
      <div className="stack-small">
        <h2 id={ids.heading}>{t('landing.groupHeading')}</h2>
        <p id={ids.intro} className="muted">
          {t('landing.groupIntro')}
        </p>
      </div>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('landing.groupName')}
          alert={error ? ids.error : undefined}
          control={(control) => (
            <TextInput
              {...control}
              value={name}
              onValueChange={setName}
              placeholder={t('landing.groupNamePlaceholder')}
              maxLength={LIMITS.groupNameMax}
              autoComplete="off"
            />
          )}
        />
        {error && <Alert id={ids.error}>{error}</Alert>}
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('landing.groupStarting') : t('landing.groupStart')}
        </button>
      </form>
    </section>
  );
}
