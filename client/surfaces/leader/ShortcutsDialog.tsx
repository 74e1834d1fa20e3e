import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The keys useConsoleShortcuts listens for, and what each does. */
const SHORTCUTS = [
  ['→', 'leader.shortcuts.next'],
  ['←', 'leader.shortcuts.previous'],
  ['P', 'leader.shortcuts.pause'],
  // Space keeps its meaning on a focused button; P never has one.
  [' ', 'keys.pauseSpace'],
  ['+', 'leader.shortcuts.extend'],
  ['U', 'leader.shortcuts.undo'],
  ['B', 'leader.shortcuts.blank'],
  ['H', 'leader.shortcuts.private'],
  ['?', 'leader.shortcuts.help'],
] as const;

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('console');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-heading" onClose={onClose}>
      <div className="stack">
        <h2 id="shortcuts-heading">{t('leader.shortcutsHeading')}</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(([key, words]) => (
            <div key={key} className="shortcuts__row">
              <dt>
                <kbd>{key === ' ' ? t('leader.spaceKey') : key}</kbd>
              </dt>
              <dd>{t(words)}</dd>
            </div>
          ))}
        </dl>
        <button className="button" type="button" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
