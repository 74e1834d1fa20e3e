// When the leader's connection drops, the co-leader may take over — but only after a grace period
// the server sets, so a leader whose laptop blinks for a second is not replaced by surprise.
import { useState } from 'react';
import { formatClock } from '../../../shared/timer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';
import { text } from '../../text';
import { useMsUntil } from '../../useServerClock';

export function TakeoverCard({ takeoverAvailableAt }: { takeoverAvailableAt: number | null }) {
  const [confirm, setConfirm] = useState(false);
  const wait = useMsUntil(takeoverAvailableAt);
  const available = takeoverAvailableAt !== null && wait <= 0;
  return (
    <section className="takeover card stack-small" role="status">
      <p className="takeover__title">{text.coLeader.leaderAway}</p>
      {!available && takeoverAvailableAt !== null && <p>{text.coLeader.takeoverIn(formatClock(wait))}</p>}
      <button
        className="button button--primary button--large button--block"
        type="button"
        onClick={() => setConfirm(true)}
        disabled={!available}
      >
        {text.coLeader.takeover}
      </button>
      <ConfirmDialog
        open={confirm}
        title={text.coLeader.takeover}
        body={text.coLeader.takeoverConfirm}
        confirmLabel={text.coLeader.takeover}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void sendCommand({ type: 'leader.takeover' });
        }}
      />
    </section>
  );
}
