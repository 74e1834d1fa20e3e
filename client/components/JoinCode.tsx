// The way into the room: the code to type and a QR of the join link. Only the console and the
// display import this, so the QR library never reaches a phone.
import { useTranslation } from 'react-i18next';
import { useQrImage } from './useQrImage';
import './join-code.css';

export function joinUrl(joinCode: string): string {
  return `${location.origin}/join/${joinCode}`;
}

/** Splits ABCDEF as ABC DEF: easier to read aloud and to copy from the back of a room. */
export function spacedJoinCode(joinCode: string): string {
  return joinCode.length === 6 ? `${joinCode.slice(0, 3)} ${joinCode.slice(3)}` : joinCode;
}

export function JoinCode({ joinCode, size = 'large' }: { joinCode: string; size?: 'display' | 'large' }) {
  const { t } = useTranslation();
  const url = joinUrl(joinCode);
  const qr = useQrImage(url);

  return (
    <div className={`join-code join-code--${size}`}>
      {qr && <img className="join-code__qr" src={qr} alt={t('common.qrAlt', { url })} />}
      <div className="join-code__text">
        <p className="join-code__label">{t('common.joinCode')}</p>
        <p className="join-code__code" aria-label={joinCode.split('').join(' ')}>
          {spacedJoinCode(joinCode)}
        </p>
        <p className="join-code__url">{t('common.joinAt', { host: `${location.host}/join` })}</p>
      </div>
    </div>
  );
}
