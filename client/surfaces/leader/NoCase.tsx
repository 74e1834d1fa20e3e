// The case call may find no case: that is an outcome, not a failure, and the record keeps it as
// such. The meeting then closes, or the group uses the time for a free round.
import { useEffect, useId, useRef, useState } from 'react';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';

export function NoCase({ canLead }: { canLead: boolean }) {
  const { t } = useTranslation('console');
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), body: useId(), freeHint: useId(), developmentHint: useId() };

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  const choose = (then: 'closing' | 'free') => {
    setOpen(false);
    void sendCommand({ type: 'case.none', then });
  };
  // A residency's hour need not go unused: the time can go to professional development, its own frame.
  const develop = () => {
    setOpen(false);
    void sendCommand({ type: 'development.start' });
  };

  return (
    <>
      <button className="button" type="button" onClick={() => setOpen(true)} disabled={!canLead}>
        {t('leader.noCase')}
      </button>
      <dialog ref={dialog} aria-labelledby={ids.title} aria-describedby={ids.body} onClose={() => setOpen(false)}>
        <div className="stack">
          <h2 id={ids.title}>{t('leader.noCase')}</h2>
          <p id={ids.body} className="muted">
            {t('leader.noCaseBody')}
          </p>
          <div className="stack-small">
            <button className="button button--primary" type="button" onClick={() => choose('closing')}>
              {t('leader.noCaseClosing')}
            </button>
            <button className="button" type="button" onClick={() => choose('free')} aria-describedby={ids.freeHint}>
              {t('leader.noCaseFree')}
            </button>
            <p id={ids.freeHint} className="hint">
              {t('leader.noCaseFreeHint')}
            </p>
            <button className="button" type="button" onClick={develop} aria-describedby={ids.developmentHint}>
              {t('frames.noCaseDevelopment')}
            </button>
            <p id={ids.developmentHint} className="hint">
              {t('frames.noCaseDevelopmentHint')}
            </p>
          </div>
          <div className="row" style={{ justifyContent: 'flex-end' }}>
            <button className="button" type="button" onClick={() => setOpen(false)} autoFocus>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
