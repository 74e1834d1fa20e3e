import { useViewStore } from '../store';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../useOnline';
import './connection-indicator.css';

/** Shown on every surface while the line is down; the last view stays readable underneath. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const reconnecting = useViewStore((state) => state.connection === 'reconnecting');
  // The clock keeps counting from the last view either way (Timer reads the time locally).
  const offline = !useOnline();
  return (
    <div className="connection-indicator" role="status">
      {(reconnecting || offline) && (
        <p className="connection-indicator__pill">
          <span className="connection-indicator__spinner" aria-hidden="true" />
          {offline ? t('common.offlineReconnecting') : t('common.reconnecting')}
        </p>
      )}
    </div>
  );
}
