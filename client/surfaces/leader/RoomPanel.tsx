// How people get in: the join code and its QR, the links this browser got when it started the
// meeting, and the lock that closes the door once the group is complete. Then how the room sees
// time and in which language the display speaks.
import type { LeadersView } from '../../../shared/views';
import { CopyButton } from '../../components/CopyButton';
import { JoinCode, joinUrl } from '../../components/JoinCode';
import { sendCommand } from '../../socket';
import { recallLinks } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { usePrivateHidden } from './privacy';
import { RoomLanguagePicker } from './RoomLanguagePicker';
import { TimeSettings } from './TimeSettings';
import './room.css';

export function openDisplay(sessionId: string): boolean {
  const links = recallLinks(sessionId);
  if (!links) return false;
  window.open(links.display, 'balint-display', 'popup,width=1280,height=720');
  return true;
}

export function RoomPanel({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  // The link and the QR stay off a wall that mirrors this screen; the private links are in OtherScreens.
  const hidden = usePrivateHidden();
  return (
    <section className="card stack-small" aria-labelledby="room-heading">
      <h2 id="room-heading">{t('leader.roomHeading')}</h2>
      {hidden ? (
        <p className="muted">{t('leader.privateHidden')}</p>
      ) : (
        <>
          <JoinCode joinCode={view.joinCode} />
          <div className="row link-row">
            <span className="label">{t('leader.joinLink')}</span>
            <CopyButton value={joinUrl(view.joinCode)} label={t('leader.joinLink')} />
          </div>
        </>
      )}
      <div className="row link-row">
        <p className="hint">{view.locked ? t('leader.lockedHint') : t('leader.openHint')}</p>
        <button
          className="button"
          type="button"
          aria-pressed={view.locked}
          onClick={() => void sendCommand({ type: view.locked ? 'room.unlock' : 'room.lock' })}
          disabled={!canLead}
        >
          {view.locked ? t('leader.unlock') : t('leader.lock')}
        </button>
      </div>
      <TimeSettings view={view} canLead={canLead} />
      <RoomLanguagePicker view={view} canLead={canLead} />
    </section>
  );
}
