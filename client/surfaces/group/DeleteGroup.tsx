import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { deleteGroup } from '../../groupApi';
import { navigate } from '../../routes';
import { forgetGroup } from '../../tokens';
import { text } from '../../text';

/** Erasing the group: its formats and every meeting's record, after one plain question. */
export function DeleteGroup({ groupId, token }: { groupId: string; token: string }) {
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
      <h2 id="group-delete-heading">{text.group.deleteHeading}</h2>
      <p className="hint">{text.group.deleteHint}</p>
      <div>
        <button className="button button--danger" type="button" onClick={() => setConfirming(true)}>
          {text.group.deleteHeading}
        </button>
      </div>
      {failed && (
        <p className="alert" role="alert">
          {text.group.deleteFailed}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={text.group.deleteConfirm}
        body={text.group.deleteConfirmBody}
        confirmLabel={text.group.deleteHeading}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => void erase()}
      />
    </section>
  );
}
