// When the leader's connection drops, the co-leader may take over — but only after a grace period
// the server sets, so a leader whose laptop blinks for a second is not replaced by surprise.
import { useState } from 'react';
import { formatClock } from '../../../shared/timer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { useMsUntil } from '../../useServerClock';

export function TakeoverCard({ takeoverAvailableAt }: { takeoverAvailableAt: number | null }) {
  const { t } = useTranslation('room');
  const [confirm, setConfirm] = useState(false);
  const wait = useMsUntil(takeoverAvailableAt);
  const available = takeoverAvailableAt !== null && wait <= 0;
  return (
    <section className="takeover card stack-small" role="status">
      <p className="takeover__title">{t('coLeader.leaderAway')}</p>
      {!available && takeoverAvailableAt !== null && <p>{t('coLeader.takeoverIn', { clock: formatClock(wait) })}</p>}
      <button
        className="button button--primary button--large button--block"
        type="button"
        onClick={() => setConfirm(true)}
        disabled={!available}
      >
        {t('coLeader.takeover')}
      </button>
      <ConfirmDialog
        open={confirm}
        title={t('coLeader.takeover')}
        body={t('coLeader.takeoverConfirm')}
        confirmLabel={t('coLeader.takeover')}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void sendCommand({ type: 'leader.takeover' });
        }}
      />
    </section>
  );
}
