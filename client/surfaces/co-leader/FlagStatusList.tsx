import { FLAG_CATALOG } from '../../../shared/flags';
import type { FlagView } from '../../../shared/views';
import { text } from '../../text';

function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** What became of each flag, so the co-leader knows the leader saw it without looking up. */
export function FlagStatusList({ flags }: { flags: readonly FlagView[] }) {
  const newestFirst = [...flags].reverse();
  return (
    <section className="card stack-small" aria-labelledby="my-flags">
      <h2 id="my-flags">{text.coLeader.myFlags}</h2>
      {newestFirst.length === 0 && <p className="muted">{text.coLeader.noFlags}</p>}
      <ul className="flag-status">
        {newestFirst.map((flag) => (
          <li key={flag.id} className={`flag-status__item flag-status__item--${flag.status}`}>
            <span className="flag-status__label">{FLAG_CATALOG[flag.kind].label}</span>
            <span className={`badge badge--${flag.status}`}>{text.coLeader.status[flag.status]}</span>
            <time className="muted small" dateTime={new Date(flag.raisedAt).toISOString()}>
              {clockTime(flag.raisedAt)}
            </time>
            {flag.note && <span className="flag-status__note small">“{flag.note}”</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
