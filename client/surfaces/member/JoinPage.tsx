// The member's way in: a code and a first name. This chunk must stay small (no socket, no QR):
// it is the first thing a phone loads after scanning the code in the room.
import { useId, useState, type FormEvent } from 'react';
import { joinMeeting, type ApiResult } from '../../api';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { navigate } from '../../routes';
import { recallJoined, rememberJoined } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits';
import { surfacePaths } from '../../../shared/paths';
import { JoinCodeInput } from './JoinCodeInput';
import { typedJoinCode, JOIN_CODE_LENGTH } from './joinCode';

/** What went wrong, as the key of its words: said in whatever language the phone is in now. */
type JoinProblem = 'notFound' | 'locked' | 'rateLimited' | 'invalid' | 'offline' | 'failed' | 'codeMissing' | 'nameMissing';

function joinProblem(result: Extract<ApiResult<unknown>, { ok: false }>): JoinProblem {
  switch (result.status) {
    case 404:
      return 'notFound';
    case 423:
      return 'locked';
    case 429:
      return 'rateLimited';
    case 400:
      return 'invalid';
    case 0:
      return 'offline';
    default:
      return 'failed';
  }
}

export default function JoinPage({ code: codeFromPath }: { code: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(() => typedJoinCode(codeFromPath));
  const [name, setName] = useState('');
  const [error, setError] = useState<{ field: 'code' | 'name' | null; problem: JoinProblem } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [joinAnew, setJoinAnew] = useState(false);
  const ids = { code: useId(), name: useId(), nameHint: useId(), error: useId() };
  const joinedBefore = joinAnew ? null : recallJoined(typedJoinCode(codeFromPath));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (code.length !== JOIN_CODE_LENGTH) {
      setError({ field: 'code', problem: 'codeMissing' });
      return;
    }
    if (!trimmed) {
      setError({ field: 'name', problem: 'nameMissing' });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await joinMeeting(code, trimmed);
    if (!result.ok) {
      setBusy(false);
      setError({ field: null, problem: joinProblem(result) });
      return;
    }
    const { sessionId, token } = result.value;
    rememberJoined(code, sessionId);
    navigate(surfacePaths.member(encodeURIComponent(sessionId), token));
  };

  if (joinedBefore) {
    return (
      <main className="page stack">
        <h1>{t('join.alreadyJoined')}</h1>
        <a className="button button--primary button--large" href={`/s/${joinedBefore}/member`}>
          {t('join.backToMeeting')}
        </a>
        <button className="button" type="button" onClick={() => setJoinAnew(true)}>
          {t('join.joinAgain')}
        </button>
        <footer>
          <LanguageSwitch />
        </footer>
      </main>
    );
  }

  const describedBy = (field: 'code' | 'name', hint?: string) =>
    [hint, error?.field === field ? ids.error : null].filter(Boolean).join(' ') || undefined;

  return (
    <main className="page stack">
      <h1>{t('join.title')}</h1>
      <form className="card stack" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.code}>{t('join.code')}</label>
          <JoinCodeInput
            id={ids.code}
            value={code}
            onChange={setCode}
            invalid={error?.field === 'code'}
            describedBy={describedBy('code')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('join.name')}</label>
          <input
            id={ids.name}
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="given-name"
            autoFocus={code.length === JOIN_CODE_LENGTH}
            maxLength={LIMITS.nameMax}
            enterKeyHint="go"
            aria-invalid={error?.field === 'name' ? true : undefined}
            aria-describedby={describedBy('name', ids.nameHint)}
          />
          <p id={ids.nameHint} className="hint">
            {t('join.nameHint')}
          </p>
        </div>
        {error && (
          <p id={ids.error} className="alert" role="alert">
            {t(`join.${error.problem}`)}
          </p>
        )}
        <button className="button button--primary button--large" type="submit" disabled={busy}>
          {busy ? t('join.joining') : t('join.submit')}
        </button>
      </form>
      <footer>
        <LanguageSwitch />
      </footer>
    </main>
  );
}
