// The co-leading cues that fit the frame running now, one tap each, to the other leader only. The
// room never sees them. In professional development the cues about a patient or a presenter go.
import { useId } from 'react';
import type { CueKind } from '../../shared/cues';
import { cueKindsFor, frameOf } from '../../shared/frames';
import type { Role } from '../../shared/roles';
import { sendCommand } from '../socket';
import { useViewStore } from '../store';
import { useTranslation } from 'react-i18next';
import { useSentMark } from './useSentMark';
import './cues.css';

export function CueRow({ role }: { role: Role }) {
  const { t } = useTranslation(['room', 'record']);
  const frame = useViewStore((state) => frameOf(state.view?.phase ?? {}));
  const [sent, markSent] = useSentMark<CueKind>();
  const heading = useId();

  const send = async (cue: CueKind) => {
    const result = await sendCommand({ type: 'cue.send', cue });
    if (result.ok) markSent(cue);
  };

  return (
    <section className="cue-row stack-small" aria-labelledby={heading}>
      <div className="cue-row__head">
        <h2 id={heading}>{role === 'leader' ? t('cues.toCoLeader') : t('cues.toLeader')}</h2>
        <p className="hint">{t('cues.hint')}</p>
      </div>
      <ul className="plain-list tile-grid cue-row__grid">
        {cueKindsFor(frame).map((cue) => (
          <li key={cue}>
            <button
              className={`cue-button${sent === cue ? ' cue-button--sent' : ''}`}
              type="button"
              onClick={() => void send(cue)}
            >
              {t(`record:cues.${cue}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="cue-row__sent" aria-live="polite">
        {sent && t('cues.sent', { cue: t(`record:cues.${sent}`) })}
      </p>
    </section>
  );
}
