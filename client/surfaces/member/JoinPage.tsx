// The member's way in: a code and a first name. This chunk must stay small (no socket, no QR):
// it is the first thing a phone loads after scanning the code in the room. A typed code is checked
// at "Continue", before the name is asked for, so a mistyped code is caught at once; a code that
// came with the link (the QR in the room) is taken as given. A locked room offers to knock; the
// waiting that follows is a chunk of its own, loaded only by those who knock.
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { checkJoinCode, joinMeeting, knockAtMeeting, type ApiResult } from '../../api';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { StatusScreen } from '../../components/StatusScreen';
import { navigate } from '../../routes';
import { recallJoined, recallKnock, rememberJoined, rememberKnock } from '../../tokens';
import type { Knocked } from '../../../shared/protocol';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits';
import { surfacePaths } from '../../../shared/paths';
import { JoinCodeInput } from './JoinCodeInput';
import { typedJoinCode, JOIN_CODE_LENGTH } from './joinCode';
import { TextInput } from '../../components/TextInput';

const KnockWaiting = lazy(() => import('./KnockWaiting'));

/** What went wrong, as the key of its words: said in whatever language the phone is in now. */
type JoinProblem =
  | 'notFound'
  | 'locked'
  | 'refused'
  | 'rateLimited'
  | 'invalid'
  | 'offline'
  | 'failed'
  | 'codeMissing'
  | 'nameMissing';

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
  const linked = typedJoinCode(codeFromPath);
  const [code, setCode] = useState(linked);
  // The code the name is asked for: the link's own, or a typed one once the server knows it.
  const [knownCode, setKnownCode] = useState<string | null>(linked.length === JOIN_CODE_LENGTH ? linked : null);
  const askingName = knownCode !== null && knownCode === code;
  const [name, setName] = useState('');
  const [error, setError] = useState<{ field: 'code' | 'name' | null; problem: JoinProblem } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [joinAnew, setJoinAnew] = useState(false);
  // A knock still waiting from before this page was reloaded: back to waiting, not knocking twice.
  const [knocked, setKnocked] = useState<{ code: string; knock: Knocked } | null>(() => {
    const knock = recallKnock(linked);
    return knock && { code: linked, knock };
  });
  const ids = { error: useId() };
  const joinedBefore = joinAnew ? null : recallJoined(linked);

  /** Says why the server refused; a code it does not know is the code field's problem. */
  const refuse = (result: Extract<ApiResult<unknown>, { ok: false }>): JoinProblem => {
    const problem = joinProblem(result);
    setError({ field: problem === 'notFound' ? 'code' : null, problem });
    return problem;
  };

  const join = async () => {
    setBusy(true);
    setError(null);
    const result = await joinMeeting(code, name.trim());
    if (!result.ok) {
      setBusy(false);
      // The link's code was wrong after all: back to the code, as at "Continue".
      if (refuse(result) === 'notFound') setKnownCode(null);
      return;
    }
    const { sessionId, token } = result.value;
    rememberJoined(code, sessionId);
    navigate(surfacePaths.member(encodeURIComponent(sessionId), token));
  };

  /** "Continue": the code is checked before a name is asked for. */
  const checkCode = async () => {
    setBusy(true);
    setError(null);
    const result = await checkJoinCode(code);
    setBusy(false);
    if (!result.ok) {
      refuse(result);
      return;
    }
    // The name field appears, focused (autoFocus): the member types on where they are asked to.
    setKnownCode(code);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.length !== JOIN_CODE_LENGTH) {
      setError({ field: 'code', problem: 'codeMissing' });
      return;
    }
    if (!askingName) {
      void checkCode();
      return;
    }
    if (!name.trim()) {
      setError({ field: 'name', problem: 'nameMissing' });
      return;
    }
    void join();
  };

  const knock = async () => {
    setBusy(true);
    setError(null);
    const result = await knockAtMeeting(code, name.trim());
    // The leader opened the room meanwhile: come in as anyone would.
    if (!result.ok && result.status === 409) return join();
    setBusy(false);
    if (!result.ok) {
      // Gone since the locked answer: the meeting has ended.
      setError({ field: null, problem: result.status === 404 ? 'refused' : joinProblem(result) });
      return;
    }
    rememberKnock(code, result.value);
    setKnocked({ code, knock: result.value });
  };

  if (knocked) {
    return (
      <Suspense fallback={<StatusScreen title={t('common.loading')} busy />}>
        <KnockWaiting
          joinCode={knocked.code}
          knock={knocked.knock}
          onStop={() => {
            // Back at the locked door, free to knock again later.
            setKnocked(null);
            setError({ field: null, problem: 'locked' });
          }}
        />
      </Suspense>
    );
  }

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

  return (
    <main className="page stack">
      <h1>{t('join.title')}</h1>
      <form className="card stack" onSubmit={submit} noValidate>
        <Field
          label={t('join.code')}
          alert={error?.field === 'code' ? ids.error : undefined}
          control={(control) => (
            <JoinCodeInput
              {...control}
              value={code}
              onChange={(typed) => {
                setCode(typed);
                // Another code is another room: "Join" comes back instead of "Knock".
                if (error?.problem === 'locked') setError(null);
                if (error?.field === 'code') setError(null);
              }}
            />
          )}
        />
        {askingName && (
          <Field
            label={t('join.name')}
            hint={t('join.nameHint')}
            alert={error?.field === 'name' ? ids.error : undefined}
            control={(control) => (
              <TextInput
                {...control}
                value={name}
                onValueChange={setName}
                autoComplete="given-name"
                autoFocus
                maxLength={LIMITS.nameMax}
                enterKeyHint="go"
              />
            )}
          />
        )}
        {error && (
          <p id={ids.error} className={error.problem === 'locked' ? 'note' : 'alert'} role="alert">
            {t(`join.${error.problem}`)}
          </p>
        )}
        {error?.problem === 'locked' ? (
          <button className="button button--primary button--large" type="button" onClick={knock} disabled={busy}>
            {busy ? t('join.knocking') : t('join.knock')}
          </button>
        ) : (
          <button className="button button--primary button--large" type="submit" disabled={busy}>
            {askingName
              ? busy
                ? t('join.joining')
                : t('join.submit')
              : busy
                ? t('joinStep.checking')
                : t('joinStep.continue')}
          </button>
        )}
      </form>
      {/* Said before anyone types a name: what remains of this meeting, and what never does. */}
      <p className="hint">{t('join.kept')}</p>
      <footer>
        <LanguageSwitch />
      </footer>
    </main>
  );
}
