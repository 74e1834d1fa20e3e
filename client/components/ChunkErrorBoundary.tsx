import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusScreen } from './StatusScreen';

/** A lazily loaded surface can fail to arrive (a dropped connection mid-load); say so plainly. */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <StatusScreen title={t('status.loadFailed')}>
      <button className="button button--primary" type="button" onClick={() => location.reload()}>
        {t('status.reload')}
      </button>
    </StatusScreen>
  );
}
