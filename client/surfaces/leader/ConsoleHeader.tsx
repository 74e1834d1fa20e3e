import { useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';
import { recallLinks } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { openDisplay } from './RoomPanel';
import { WallControls } from './WallControls';
import { mayPerform } from '../../../shared/permissions';

interface ConsoleHeaderProps {
  view: LeadersView;
  canLead: boolean;
  privateHidden: boolean;
  onTogglePrivate: () => void;
  onShowShortcuts: () => void;
}

export function ConsoleHeader({ view, canLead, privateHidden, onTogglePrivate, onShowShortcuts }: ConsoleHeaderProps) {
  const { t } = useTranslation(['console', 'room']);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const hasDisplayLink = recallLinks(view.sessionId) !== null;
  return (
    <header className="console-header">
      {/* Title and code in one block, the actions beside it: one row on a laptop, for the phase's sake. */}
      <div className="console-header__title">
        <div className="console-header__line">
          {/* The co-leader leading says whose console this is; the leader's own needs no label. */}
          {view.role !== 'leader' && <span className="muted small">{t('room:coLeader.title')}</span>}
          <span className="console-header__code">
            <span className="muted small">{t('common.joinCode')}</span>
            <strong>{view.joinCode}</strong>
          </span>
          {view.locked && (
            <span className="badge badge--locked" title={t('leader.lockedHint')}>
              {t('leader.lockedBadge')}
            </span>
          )}
        </div>
        <h1>{view.title}</h1>
      </div>
      <div className="row console-header__actions">
        {hasDisplayLink && (
          <button className="button" type="button" onClick={() => openDisplay(view.sessionId)} title={t('leader.displayHint')}>
            {t('leader.openDisplay')}
          </button>
        )}
        <WallControls view={view} canLead={canLead} privateHidden={privateHidden} onTogglePrivate={onTogglePrivate} />
        {/* Just the key on the button, to keep the header one row in every language; the name says the rest. */}
        <button
          className="button"
          type="button"
          onClick={onShowShortcuts}
          aria-keyshortcuts="?"
          aria-label={t('leader.shortcutsButton')}
          title={t('leader.shortcutsButton')}
        >
          <kbd aria-hidden="true">?</kbd>
        </button>
        {mayPerform(view.role, 'session.end', view.acting) && (
          <button className="button button--danger" type="button" onClick={() => setConfirmEnd(true)}>
            {t('leader.end')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirmEnd}
        title={t('leader.end')}
        body={t('leader.endConfirm')}
        confirmLabel={t('leader.end')}
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
