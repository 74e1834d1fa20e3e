// The server's public keys, so that anyone can see which key signed a certificate (its id is the
// certificate's middle part) and check it elsewhere. Earlier keys stay listed after a rotation.
import { useTranslation } from 'react-i18next';
import { fetchVerifyKeys } from '../../certificateApi';
import { useFetched } from '../../useFetched';

export function VerifyKeys() {
  const { t } = useTranslation('console');
  const fetched = useFetched(fetchVerifyKeys, []);
  const keys = fetched.status === 'ready' ? fetched.value.keys : [];
  if (keys.length === 0) return null;
  return (
    <section className="stack-small verify__keys">
      <h2>{t('verify.keysHeading')}</h2>
      <p className="hint">{t('verify.keysIntro')}</p>
      <ul>
        {[...keys].reverse().map((key) => (
          <li key={key.id}>
            <strong>{key.id}</strong> ({key.current ? t('verify.current') : t('verify.earlier')})
            <br />
            <code>{key.publicKey}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
