import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';

/** Says who drives the room during a takeover, so two people never drive it at once by surprise. */
export function LeadBanner({ view }: { view: LeadersView }) {
  const { t } = useTranslation(['console', 'room']);
  if (view.acting !== 'co-leader') return null;
  if (view.role === 'co-leader') {
    return (
      <div className="row lead-banner" role="status">
        <div>
          <p className="lead-banner__title">{t('room:coLeader.leading')}</p>
          <p>{t('room:coLeader.leadingBody')}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="row lead-banner lead-banner--away" role="status">
      <div>
        <p className="lead-banner__title">{t('leader.takenOver')}</p>
        <p>{t('leader.takenOverBody')}</p>
      </div>
      <button
        className="button button--primary button--large"
        type="button"
        onClick={() => void sendCommand({ type: 'leader.return' })}
      >
        {t('leader.takeBack')}
      </button>
    </div>
  );
}
