// /verify: anyone — a residency program's office, the member themself — checks an attendance
// certificate by uploading its file, pasting its text or scanning its code. The server checks the
// signature (browsers' Ed25519 support is too uneven to do it here); this page shows the verdict,
// what the certificate attests, and the server's public keys. Its own chunk: the join page never loads it.
import { useCallback, useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findCertificate, verifyCertificate, type Verdict } from '../../certificateApi';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { refusalWords } from '../../i18n/refusal';
import { CameraScan, canScan } from './CameraScan';
import { VerifyKeys } from './VerifyKeys';
import { VerifyResult } from './VerifyResult';
import './verify.css';

export default function VerifyPage() {
  const { t } = useTranslation('console');
  const [pasted, setPasted] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId() };

  const check = useCallback(
    async (text: string) => {
      setVerdict(null);
      const certificate = findCertificate(text);
      if (!certificate) {
        setError(t('verify.noCertificate'));
        return;
      }
      setError(null);
      setBusy(true);
      const result = await verifyCertificate(certificate);
      setBusy(false);
      if (result.ok) setVerdict(result.value);
      else setError(`${t('verify.failed')} ${refusalWords(result)}`);
    },
    [t],
  );

  // A phone's camera that scanned a certificate's code opens this page with the certificate after the #.
  // A second one opened while the page is up only changes the part after the #.
  useEffect(() => {
    const checkFromAddress = () => {
      if (location.hash.length > 1) void check(decodeURIComponent(location.hash.slice(1)));
    };
    checkFromAddress();
    window.addEventListener('hashchange', checkFromAddress);
    return () => window.removeEventListener('hashchange', checkFromAddress);
  }, [check]);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // A certificate file is a few hundred bytes: anything large is not one.
    if (file) await check(file.size > 64 * 1024 ? '' : await file.text());
    event.target.value = '';
  };

  const submitPasted = (event: FormEvent) => {
    event.preventDefault();
    void check(pasted);
  };

  return (
    <main className="page verify stack" aria-labelledby={ids.heading}>
      <header className="stack-small">
        <h1 id={ids.heading}>{t('verify.title')}</h1>
        <p className="muted">{t('verify.intro')}</p>
      </header>
      <section className="card stack">
        <Field
          label={t('verify.file')}
          control={(control) => (
            <input {...control} className="input" type="file" accept=".txt,text/plain" onChange={(event) => void upload(event)} />
          )}
        />
        <form className="stack" onSubmit={submitPasted}>
          <Field
            label={t('verify.paste')}
            control={(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={3}
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
                spellCheck={false}
                autoComplete="off"
              />
            )}
          />
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('verify.checking') : t('verify.check')}
          </button>
        </form>
        {canScan() && <CameraScan onFound={(text) => void check(text)} />}
      </section>
      <div aria-live="polite">
        {error && <Alert>{error}</Alert>}
        {verdict && <VerifyResult verdict={verdict} />}
      </div>
      <VerifyKeys />
      <footer>
        <LanguageSwitch />
      </footer>
    </main>
  );
}
