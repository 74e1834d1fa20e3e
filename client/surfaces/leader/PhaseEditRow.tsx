// One phase in the format editor: title, minutes, prompt, what the presenter does, and the buttons
// that move or drop it. The buttons are plain buttons, so the keyboard reorders as well as a mouse.
import { useId, type RefCallback } from 'react';
import { LIMITS } from '../../../shared/limits';
import type { PresenterRole } from '../../../shared/phase-plan';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { DraftPhase, DraftProblems } from './formatDraft';
import { TextInput } from '../../components/TextInput';

export type RowButton = 'up' | 'down' | 'drop';

interface PhaseEditRowProps {
  phase: DraftPhase;
  index: number;
  count: number;
  running: boolean;
  problems: DraftProblems | undefined;
  showProblems: boolean;
  /** A phase just added: its title takes the focus. */
  focusTitle: boolean;
  onChange: (change: Partial<DraftPhase>) => void;
  onMove: (by: -1 | 1) => void;
  onDrop: () => void;
  buttonRef: (which: RowButton) => RefCallback<HTMLButtonElement>;
}

const ROLE_CHOICES = [
  { value: '', label: 'editor.presenterIn' },
  { value: 'listens', label: 'editor.presenterListens' },
  { value: 'returns', label: 'editor.presenterReturns' },
] as const satisfies readonly { value: PresenterRole | ''; label: string }[];

export function PhaseEditRow({
  phase,
  index,
  count,
  running,
  problems,
  showProblems,
  focusTitle,
  onChange,
  onMove,
  onDrop,
  buttonRef,
}: PhaseEditRowProps) {
  const { t } = useTranslation('console');
  const ids = { dropHint: useId() };
  const name = phase.title.trim() || t('editor.thisPhase');

  return (
    <li className={`phase-edit${running ? ' phase-edit--running' : ''}`}>
      <fieldset className="phase-edit__fields">
        <legend className="phase-edit__legend">
          {t('editor.phaseNumber', { number: index + 1 })}
          {running && <span className="badge badge--acknowledged">{t('editor.runningNow')}</span>}
        </legend>
        <div className="phase-edit__grid">
          <Field
            className="phase-edit__title"
            label={t('editor.title')}
            error={showProblems && problems?.title}
            control={(control) => (
              <TextInput
                {...control}
                value={phase.title}
                maxLength={LIMITS.phaseTitleMax}
                onValueChange={(title) => onChange({ title })}
                autoFocus={focusTitle}
                autoComplete="off"
              />
            )}
          />
          <Field
            className="phase-edit__minutes"
            label={t('editor.minutes')}
            error={showProblems && problems?.minutes}
            control={(control) => (
              <TextInput
                {...control}
                type="number"
                inputMode="decimal"
                min={0.5}
                max={LIMITS.phaseDurationMaxSec / 60}
                step={0.5}
                value={phase.minutes}
                onValueChange={(minutes) => onChange({ minutes })}
              />
            )}
          />
          <Field
            className="phase-edit__prompt"
            label={t('editor.prompt')}
            control={(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={2}
                value={phase.prompt}
                maxLength={LIMITS.promptMax}
                onChange={(event) => onChange({ prompt: event.target.value })}
              />
            )}
          />
          <Field
            className="phase-edit__role"
            label={t('editor.presenter')}
            control={(control) => (
              <select
                {...control}
                className="select"
                value={phase.presenterRole ?? ''}
                onChange={(event) => onChange({ presenterRole: (event.target.value || null) as PresenterRole | null })}
              >
                {ROLE_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {t(choice.label)}
                  </option>
                ))}
              </select>
            )}
          />
        </div>
        <div className="phase-edit__actions">
          <button
            ref={buttonRef('up')}
            className="button"
            type="button"
            onClick={() => onMove(-1)}
            disabled={index === 0}
            aria-label={t('editor.moveUp', { title: name })}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            ref={buttonRef('down')}
            className="button"
            type="button"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            aria-label={t('editor.moveDown', { title: name })}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            ref={buttonRef('drop')}
            className="button button--danger"
            type="button"
            onClick={onDrop}
            disabled={running || count === 1}
            aria-label={t('editor.dropLabel', { title: name })}
            aria-describedby={running ? ids.dropHint : undefined}
          >
            {t('editor.drop')}
          </button>
        </div>
        {running && (
          <p id={ids.dropHint} className="hint phase-edit__note">
            {t('editor.cannotDropRunning')}
          </p>
        )}
      </fieldset>
    </li>
  );
}
