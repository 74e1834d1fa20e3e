import { useSessionStore } from '../store';
import { text } from '../text';
import './connection-indicator.css';

/** Shown on every surface while the line is down; the last view stays readable underneath. */
export function ConnectionIndicator() {
  const reconnecting = useSessionStore((state) => state.connection === 'reconnecting');
  return (
    <div className="connection-indicator" role="status">
      {reconnecting && (
        <p className="connection-indicator__pill">
          <span className="connection-indicator__spinner" aria-hidden="true" />
          {text.common.reconnecting}
        </p>
      )}
    </div>
  );
}
