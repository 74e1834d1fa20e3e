// The other screens of the meeting and the way to reach them from this laptop: the co-leader's
// phone (its link and a QR, and whether the co-leader is connected) and the display (its link and a
// QR, for a projector driven by the room's own computer). Both links carry a token, so both QR codes
// stay folded until asked for, go with the privacy key, and are never on the display.
import { useId, useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { CopyButton } from '../../components/CopyButton';
import { useQrImage } from '../../components/useQrImage';
import { recallLinks } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { PrivateCover, usePrivateHidden } from './privacy';
import { RenewLink } from './RenewLink';
import './room.css';
import { mayRequest } from '../../../shared/permissions';

export function OtherScreens({ view }: { view: LeadersView }) {
  const { t } = useTranslation('console');
  const hidden = usePrivateHidden();
  // A renewed link is remembered on this device; reading it again after a renewal shows the new one.
  const [, renewed] = useState(0);
  const links = recallLinks(view.sessionId);
  const canRenew = mayRequest(view.role, 'link.replace');
  const onRenewed = () => renewed((count) => count + 1);
  const headingId = useId();
  if (hidden) return <PrivateCover heading={t('screens.heading')} headingId={headingId} />;
  return (
    <section className="card stack-small other-screens" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('screens.heading')}</h2>
      <div className="other-screens__screen stack-small">
        <div className="row link-row">
          <h3 className="label">{t('screens.coLeader')}</h3>
          <CoLeaderPresence connected={view.coLeaderConnected} />
        </div>
        {links ? (
          <>
            <div className="row link-row">
              <span className="hint">{t('screens.coLeaderHint')}</span>
              <CopyButton value={location.origin + links.coLeader} label={t('leader.coLeaderLink')} />
              {canRenew && (
                <RenewLink sessionId={view.sessionId} links={links} role="co-leader" screen={t('screens.coLeader')} onRenewed={onRenewed} />
              )}
            </div>
            <LinkQr url={location.origin + links.coLeader} summary={t('screens.coLeaderQr')} warning={t('screens.coLeaderQrWarning')} />
          </>
        ) : (
          view.role === 'leader' && <p className="hint">{t('leader.linksMissing')}</p>
        )}
      </div>
      {links && (
        <div className="other-screens__screen stack-small">
          <h3 className="label">{t('screens.display')}</h3>
          <p className="hint">{t('screens.displayHint')}</p>
          <div className="row link-row">
            <span className="label">{t('screens.displayLink')}</span>
            <CopyButton value={location.origin + links.display} label={t('screens.displayLink')} />
            {canRenew && (
              <RenewLink sessionId={view.sessionId} links={links} role="display" screen={t('screens.display')} onRenewed={onRenewed} />
            )}
          </div>
          <LinkQr url={location.origin + links.display} summary={t('screens.displayQr')} warning={t('screens.displayQrWarning')} />
        </div>
      )}
    </section>
  );
}

function CoLeaderPresence({ connected }: { connected: boolean }) {
  const { t } = useTranslation('console');
  return (
    // Polite: the leader hears the co-leader arrive or drop without being interrupted.
    <span className="other-screens__presence" role="status">
      <span className={`dot${connected ? ' dot--on' : ''}`} aria-hidden="true" />{' '}
      {connected ? t('screens.coLeaderConnected') : t('screens.coLeaderNotConnected')}
    </span>
  );
}

/** A QR of a private link, drawn only once the leader opens it, with a word on where it belongs. */
function LinkQr({ url, summary, warning }: { url: string; summary: string; warning: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="other-screens__qr" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <QrWithWarning url={url} summary={summary} warning={warning} />}
    </details>
  );
}

function QrWithWarning({ url, summary, warning }: { url: string; summary: string; warning: string }) {
  const qr = useQrImage(url);
  return (
    <div className="other-screens__qr-body">
      <p className="note">{warning}</p>
      {qr && <img className="other-screens__qr-image" src={qr} alt={summary} />}
    </div>
  );
}
