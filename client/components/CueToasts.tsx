// Cues from the other leader, as quiet toasts that stay until tapped: a glance tells what the other
// leader wants, one tap says "got it". No sound, ever: the room must not hear the leaders confer.
import type { ReactNode } from 'react';
import type { Cue } from '../../shared/cues';
import { useTranslation } from 'react-i18next';
import './cues.css';

interface CueToastsProps {
  waiting: readonly Cue[];
  onAcknowledge: (cueId: string) => void;
  /** While the console hides what is private, a toast says only that a cue came. */
  hidden?: boolean;
  /** What a surface adds under a cue (the console's line for "Invite the patient's view"). */
  extra?: (cue: Cue) => ReactNode;
}

export function CueToasts({ waiting, onAcknowledge, hidden = false, extra }: CueToastsProps) {
  const { t } = useTranslation(['room', 'record']);
  if (waiting.length === 0) return null;
  return (
    <section className="cue-toasts" aria-label={t('cues.received')}>
      <ul className="plain-list stack-small">
        {waiting.map((cue) => {
          const from = cue.from === 'leader' ? t('cues.fromLeader') : t('cues.fromCoLeader');
          const words = t(`record:cues.${cue.cue}`);
          return (
            <li key={cue.id} className="cue-toast">
              <div className="cue-toast__body">
                {hidden ? (
                  <p className="cue-toast__text">{t('cues.hiddenToast', { from })}</p>
                ) : (
                  <>
                    <p className="cue-toast__text">{t('cues.toast', { from, cue: words })}</p>
                    {extra?.(cue)}
                  </>
                )}
              </div>
              <button
                className="button cue-toast__ack"
                type="button"
                onClick={() => onAcknowledge(cue.id)}
                aria-label={hidden ? t('cues.gotIt') : t('cues.gotItLabel', { cue: words })}
              >
                {t('cues.gotIt')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
