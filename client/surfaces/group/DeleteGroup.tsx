import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { deleteGroup } from '../../groupApi';
import { navigate } from '../../routes';
import { forgetGroup } from '../../tokens';
import { useTranslation } from 'react-i18next';

/** Erasing the group: its formats and every meeting's record, after one plain question. */
export function DeleteGroup({ groupId, token }: { groupId: string; token: string }) {
  const { t } = useTranslation('console');
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);

  const erase = async () => {
    setConfirming(false);
    const result = await deleteGroup(groupId, token);
    if (!result.ok && result.status !== 401) {
      setFailed(true);
      return;
    }
    forgetGroup(groupId);
    navigate('/');
  };

  return (
    <section className="card stack-small" aria-labelledby="group-delete-heading">
      <h2 id="group-delete-heading">{t('group.deleteHeading')}</h2>
      <p className="hint">{t('group.deleteHint')}</p>
      <div>
        <button className="button button--danger" type="button" onClick={() => setConfirming(true)}>
          {t('group.deleteHeading')}
        </button>
      </div>
      {failed && <Alert>{t('group.deleteFailed')}</Alert>}
      <ConfirmDialog
        open={confirming}
        title={t('group.deleteConfirm')}
        body={t('group.deleteConfirmBody')}
        confirmLabel={t('group.deleteHeading')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => void erase()}
      />
    </section>
  );
}
