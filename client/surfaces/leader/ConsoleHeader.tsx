import { useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';
import { recallLinks } from '../../tokens';
import { text } from '../../text';
import { openDisplay } from './RoomPanel';

export function ConsoleHeader({ view, onShowShortcuts }: { view: LeadersView; onShowShortcuts: () => void }) {
  const [confirmEnd, setConfirmEnd] = useState(false);
  const hasDisplayLink = recallLinks(view.sessionId) !== null;
  return (
    <header className="console-header">
      <div className="console-header__title">
        <p className="muted small">{view.role === 'leader' ? text.leader.console : text.coLeader.title}</p>
        <h1>{view.title}</h1>
      </div>
      <div className="console-header__code">
        <span className="muted small">{text.common.joinCode}</span>
        <strong>{view.joinCode}</strong>
        {view.locked && <span className="badge badge--locked">{text.leader.lockedHint}</span>}
      </div>
      <div className="row console-header__actions">
        {hasDisplayLink && (
          <button className="button" type="button" onClick={() => openDisplay(view.sessionId)} title={text.leader.displayHint}>
            {text.leader.openDisplay}
          </button>
        )}
        <button className="button" type="button" onClick={onShowShortcuts} aria-keyshortcuts="?">
          {text.leader.shortcutsButton}
        </button>
        {view.role === 'leader' && (
          <button className="button button--danger" type="button" onClick={() => setConfirmEnd(true)}>
            {text.leader.end}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirmEnd}
        title={text.leader.end}
        body={text.leader.endConfirm}
        confirmLabel={text.leader.end}
        danger
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          void sendCommand({ type: 'session.end' });
        }}
      />
    </header>
  );
}
