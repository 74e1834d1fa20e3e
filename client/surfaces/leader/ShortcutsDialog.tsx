import { useEffect, useRef } from 'react';
import { text } from '../../text';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-heading" onClose={onClose}>
      <div className="stack">
        <h2 id="shortcuts-heading">{text.leader.shortcutsHeading}</h2>
        <dl className="shortcuts">
          {text.leader.shortcuts.map(([key, action]) => (
            <div key={key} className="shortcuts__row">
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <button className="button" type="button" onClick={onClose} autoFocus>
          {text.common.close}
        </button>
      </div>
    </dialog>
  );
}
