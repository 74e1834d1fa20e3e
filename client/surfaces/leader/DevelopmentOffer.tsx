// In the closing of a Balint round, the way into professional development: a boundary the leader
// crosses on purpose, so it asks once. The room then sees the framing moment, in the leader's voice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';

export function DevelopmentOffer({ canLead }: { canLead: boolean }) {
  const { t } = useTranslation('console');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button className="button" type="button" onClick={() => setConfirming(true)} disabled={!canLead}>
        {t('frames.start')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('frames.startTitle')}
        body={t('frames.startBody')}
        confirmLabel={t('frames.startConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void sendCommand({ type: 'development.start' });
        }}
      />
    </>
  );
}
