// "Save your attendance certificate", on a member's phone once the meeting has ended: the member
// types the name their training program knows them by, the server signs it and forgets it, and the
// phone keeps the certificate as a file and a QR code. Its own chunk, loaded only at the end: the
// QR library never reaches a phone during the meeting. Nothing typed here is kept on the device.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { certificateFile, takeCertificate, verifyAddress } from '../../certificateApi';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useQrImage } from '../../components/useQrImage';
import { refusalWords } from '../../i18n/refusal';
import { useRoomWords } from '../../i18n/roomWords';
import { TextInput } from '../../components/TextInput';

/** The words for a refusal: the server's reason in the member's own terms where there is one. */
function refusalKey(status: number): 'certificate.notThere' | 'certificate.taken' | null {
  if (status === 403) return 'certificate.notThere';
  if (status === 409) return 'certificate.taken';
  return null;
}

export default function Certificate({ sessionId, token }: { sessionId: string; token: string }) {
  const { t, register } = useRoomWords();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [certificate, setCertificate] = useState<string | null>(null);
  const ids = { heading: useId(), error: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('certificate.nameMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await takeCertificate(sessionId, token, name.trim());
    setBusy(false);
    if (!result.ok) {
      const key = refusalKey(result.status);
      setError(key ? t(key) : `${t('certificate.failed')} ${refusalWords(result, register)}`);
      return;
    }
    // The name was needed for this one request: the form forgets it.
    setName('');
    setCertificate(result.value.certificate);
  };

  return (
    <section className="card stack certificate" aria-labelledby={ids.heading}>
      <div className="stack-small">
        <h2 id={ids.heading}>{t('certificate.heading')}</h2>
        <p className="muted">{t('certificate.intro')}</p>
      </div>
      {certificate ? (
        <SavedCertificate certificate={certificate} />
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <Field
            label={t('certificate.name')}
            hint={t('certificate.nameHint')}
            alert={error ? ids.error : undefined}
            control={(control) => (
              <TextInput
                {...control}
                value={name}
                onValueChange={setName}
                maxLength={LIMITS.certificateNameMax}
                autoComplete="off"
              />
            )}
          />
          {error && <Alert id={ids.error}>{error}</Alert>}
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('certificate.taking') : t('certificate.take')}
          </button>
        </form>
      )}
    </section>
  );
}

function SavedCertificate({ certificate }: { certificate: string }) {
  const { t } = useRoomWords();
  const qr = useQrImage(verifyAddress(certificate));
  const [file, setFile] = useState<{ name: string; href: string } | null>(null);

  useEffect(() => {
    const { name, text } = certificateFile(certificate, t('certificate.fileTitle'));
    const href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setFile({ name, href });
    return () => URL.revokeObjectURL(href);
  }, [certificate, t]);

  return (
    <div className="stack">
      <p className="success" role="status">
        {t('certificate.ready')}
      </p>
      {file && (
        <a className="button button--primary button--block" href={file.href} download={file.name}>
          {t('certificate.download')}
        </a>
      )}
      {qr && <img className="certificate__code" src={qr} alt={t('certificate.code')} width={320} height={320} />}
      <p className="hint">{t('certificate.checkAt', { address: `${location.host}/verify` })}</p>
    </div>
  );
}
