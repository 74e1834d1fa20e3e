import { Component, type ReactNode } from 'react';
import { text } from '../text';
import { StatusScreen } from './StatusScreen';

/** A lazily loaded surface can fail to arrive (a dropped connection mid-load); say so plainly. */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <StatusScreen title={text.status.loadFailed}>
        <button className="button button--primary" type="button" onClick={() => location.reload()}>
          {text.status.reload}
        </button>
      </StatusScreen>
    );
  }
}
