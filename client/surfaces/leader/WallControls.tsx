// The wall is the leader's: blank the display and bring it back, and hide what is private on this
// screen when the room may be reading it. Each has a key too (B, H), listed under "?".
import { useEffect, useRef } from 'react';
import type { LeadersView } from '../../../shared/views';
import { announce } from '../../components/LiveRegion';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';

export function toggleBlank(view: LeadersView): void {
  void sendCommand({ type: 'display.blank', blank: !view.displayBlank });
}

interface WallControlsProps {
  view: LeadersView;
  canLead: boolean;
  privateHidden: boolean;
  onTogglePrivate: () => void;
}

export function WallControls({ view, canLead, privateHidden, onTogglePrivate }: WallControlsProps) {
  const { t } = useTranslation('console');
  // The key acts without moving focus, so say what the wall now shows; the pressed button shows it too.
  const blankBefore = useRef(view.displayBlank);
  useEffect(() => {
    if (blankBefore.current === view.displayBlank) return;
    blankBefore.current = view.displayBlank;
    announce(view.displayBlank ? t('leader.displayBlank') : t('leader.displayShown'));
  }, [view.displayBlank, t]);
  return (
    <>
      <button
        className="button"
        type="button"
        aria-pressed={view.displayBlank}
        aria-keyshortcuts="B"
        onClick={() => toggleBlank(view)}
        disabled={!canLead}
      >
        {t('leader.blankDisplay')} <kbd aria-hidden="true">B</kbd>
      </button>
      <button
        className="button"
        type="button"
        aria-pressed={privateHidden}
        aria-keyshortcuts="H"
        onClick={onTogglePrivate}
      >
        {t('leader.hidePrivate')} <kbd aria-hidden="true">H</kbd>
      </button>
    </>
  );
}
