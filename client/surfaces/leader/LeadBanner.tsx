import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { text } from '../../text';

/** Says who drives the room during a takeover, so two people never drive it at once by surprise. */
export function LeadBanner({ view }: { view: LeadersView }) {
  if (view.acting !== 'co-leader') return null;
  if (view.role === 'co-leader') {
    return (
      <div className="lead-banner" role="status">
        <div>
          <p className="lead-banner__title">{text.coLeader.leading}</p>
          <p>{text.coLeader.leadingBody}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="lead-banner lead-banner--away" role="status">
      <div>
        <p className="lead-banner__title">{text.leader.takenOver}</p>
        <p>{text.leader.takenOverBody}</p>
      </div>
      <button
        className="button button--primary button--large"
        type="button"
        onClick={() => void sendCommand({ type: 'leader.return' })}
      >
        {text.leader.takeBack}
      </button>
    </div>
  );
}
