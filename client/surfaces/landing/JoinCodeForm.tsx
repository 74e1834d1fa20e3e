// The start page's "join with a code": the code is checked here, before the join page asks for a
// name, as the join page's own "Continue" does.
import { useId, useState, type FormEvent } from 'react';
import { checkJoinCode } from '../../api';
import { navigate } from '../../routes';
import { useTranslation } from 'react-i18next';
import { surfacePaths } from '../../../shared/paths';
import { Field } from '../../components/Field';
import { JoinCodeInput } from '../member/JoinCodeInput';
import { typedJoinCode, JOIN_CODE_LENGTH } from '../member/joinCode';

export function JoinCodeForm() {
  const { t } = useTranslation('room');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), error: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = typedJoinCode(code);
    if (clean.length !== JOIN_CODE_LENGTH) {
      setError(t('landing.codeTooShort'));
      return;
    }
    setBusy(true);
    const checked = await checkJoinCode(clean);
    setBusy(false);
    if (checked.ok) {
      navigate(surfacePaths.join(clean));
      return;
    }
    setError(
      checked.status === 404
        ? t('join.notFound')
        : checked.status === 429
          ? t('join.rateLimited')
          : checked.status === 0
            ? t('join.offline')
            : t('join.failed'),
    );
  };

  return (
    <section className="card stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('landing.joinHeading')}</h2>
      <form className="join-code-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('landing.joinCode')}
          hint={t('landing.joinCodeHint')}
          alert={error ? ids.error : undefined}
          control={(control) => <JoinCodeInput {...control} value={code} onChange={setCode} />}
        >
          {error && (
            <p id={ids.error} className="error" role="alert">
              {error}
            </p>
          )}
        </Field>
        <button className="button button--primary" type="submit" disabled={busy}>
          {t('landing.join')}
        </button>
      </form>
    </section>
  );
}
