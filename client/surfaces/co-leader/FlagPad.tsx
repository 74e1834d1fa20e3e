// The boundaries of the frame running now, one tap each. What the flag "sounds like" sits under its
// name, since in the moment the co-leader hears a sentence, not a category. In professional
// development the kinds about a case and its presenter give way to that frame's own.
import { useId, useState } from 'react';
import type { FlagKind } from '../../../shared/flags';
import { flagKindsFor, frameOf } from '../../../shared/frames';
import { LIMITS } from '../../../shared/limits';
import { FrameMark } from '../../components/FrameMark';
import { useSentMark } from '../../components/useSentMark';
import { useViewStore } from '../../store';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { useFlagWords } from '../../i18n/useFlagWords';
import { TextInput } from '../../components/TextInput';

export function FlagPad() {
  const { t } = useTranslation('room');
  const frame = useViewStore((state) => frameOf(state.view?.phase ?? {}));
  const flagWords = useFlagWords(frame);
  const [note, setNote] = useState('');
  const [sent, markSent] = useSentMark<FlagKind>();
  const ids = { note: useId(), noteHint: useId(), heading: useId() };

  const raise = async (kind: FlagKind) => {
    // The note belongs to this tap only; a second quick tap must not carry it again.
    const trimmed = note.trim();
    setNote('');
    const result = await sendCommand({ type: 'flag.raise', kind, ...(trimmed ? { note: trimmed } : {}) });
    if (result.ok) markSent(kind);
    else if (trimmed) setNote((current) => current || trimmed);
  };

  return (
    <section className="flag-pad stack-small" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('coLeader.flagsHeading')}</h2>
      <FrameMark phase={{ frame: frame === 'development' ? 'development' : undefined }} />
      {!sent && <p className="hint">{t('coLeader.flagsHint')}</p>}
      <p className="flag-pad__sent" aria-live="polite">
        {sent && t('coLeader.raised', { label: flagWords(sent).label })}
      </p>
      <div className="field">
        <label htmlFor={ids.note} className="small">
          {t('coLeader.note')}
        </label>
        <TextInput
          id={ids.note}
          value={note}
          maxLength={LIMITS.noteMax}
          onValueChange={setNote}
          aria-describedby={ids.noteHint}
          autoComplete="off"
        />
        <p id={ids.noteHint} className={note ? 'hint' : 'visually-hidden'}>
          {t('coLeader.noteHint', { count: LIMITS.noteMax - note.length })}
        </p>
      </div>
      <ul className="plain-list tile-grid">
        {flagKindsFor(frame).map((kind) => {
          const info = flagWords(kind);
          const justSent = sent === kind;
          return (
            <li key={kind}>
              <button
                className={`flag-button${kind === 'safety-concern' ? ' flag-button--safety' : ''}${justSent ? ' flag-button--sent' : ''}`}
                type="button"
                onClick={() => void raise(kind)}
                aria-describedby={`${ids.heading}-${kind}`}
              >
                <span className="flag-button__label">{info.label}</span>
                <span id={`${ids.heading}-${kind}`} className="flag-button__hint">
                  {justSent ? t('coLeader.sentShort') : info.soundsLike}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
