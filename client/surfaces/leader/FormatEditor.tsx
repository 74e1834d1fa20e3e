// The format editor: reorder, rename, re-time, add and drop phases and edit their prompts, then
// apply the plan to the running meeting in one `phases.update`. Ids travel with the phases, so the
// running phase keeps its clock and the record keeps each phase's time.
import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import type { LeadersView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { localizePhaseWords } from '../../../shared/localize';
import { refusalWords } from '../../i18n/refusal';
import { useLanguage } from '../../i18n/useLanguage';
import {
  changePhase,
  checkDraft,
  draftFromPlan,
  editsFromDraft,
  movePhase,
  newDraftPhase,
  totalSeconds,
  type DraftPhase,
} from './formatDraft';
import { PhaseEditRow, type RowButton } from './PhaseEditRow';
import { SaveFormat } from './SaveFormat';
import { useGroupFormats } from './useGroupFormats';
import './editor.css';

interface FormatEditorProps {
  view: LeadersView;
  open: boolean;
  canLead: boolean;
  onClose: () => void;
}

export function FormatEditor({ view, open, canLead, onClose }: FormatEditorProps) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const groupFormats = useGroupFormats(view.groupId, open);
  const [draft, setDraft] = useState<DraftPhase[] | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ key: string; order: RowButton[] } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const ids = { heading: useId(), intro: useId() };

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
    if (!open) {
      setDraft(null);
      setShowProblems(false);
      setError(null);
      setAdded(null);
    }
  }, [open]);

  useEffect(() => {
    if (open && !draft) setDraft(draftFromPlan(view.plan, (phase) => localizePhaseWords(view.format, phase, lang)));
  }, [open, draft, view.plan, view.format, lang]);

  // A moved row's button follows it; when it can go no further, its sibling takes the focus.
  useEffect(() => {
    if (!focusAfter) return;
    for (const which of focusAfter.order) {
      const button = buttons.current.get(`${focusAfter.key}:${which}`);
      if (button && !button.disabled) {
        button.focus();
        break;
      }
    }
    setFocusAfter(null);
  }, [focusAfter, draft]);

  const buttonRef = (key: string) => (which: RowButton) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(`${key}:${which}`, element);
    else buttons.current.delete(`${key}:${which}`);
  };

  const problems = draft ? checkDraft(draft, { title: t('editor.titleMissing'), minutes: t('editor.minutesInvalid') }) : {};
  const valid = Object.keys(problems).length === 0;

  const apply = async () => {
    if (!draft) return;
    if (!valid) {
      setShowProblems(true);
      setError(t('editor.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    const edits = editsFromDraft(draft);
    const result = await sendCommand({ type: 'phases.update', phases: edits }, { quiet: true });
    setBusy(false);
    if (!result.ok) {
      setError(refusalWords(result.error));
      return;
    }
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="format-editor"
      aria-labelledby={ids.heading}
      aria-describedby={ids.intro}
      onClose={onClose}
    >
      <div className="format-editor__body stack">
        <header className="stack-small">
          <h2 id={ids.heading}>{t('editor.heading')}</h2>
          <p id={ids.intro} className="muted">
            {t('editor.intro')}
          </p>
        </header>
        {!draft && <p className="muted">{t('common.loading')}</p>}
        {draft && (
          <>
            <ol className="plain-list phase-edit-list">
              {draft.map((phase, index) => (
                <PhaseEditRow
                  key={phase.key}
                  phase={phase}
                  index={index}
                  count={draft.length}
                  running={phase.id !== null && phase.id === view.phase.id}
                  problems={problems[phase.key]}
                  showProblems={showProblems}
                  focusTitle={added === phase.key}
                  onChange={(change) => setDraft(changePhase(draft, phase.key, change))}
                  onMove={(by) => {
                    setDraft(movePhase(draft, index, by));
                    setFocusAfter({ key: phase.key, order: by < 0 ? ['up', 'down'] : ['down', 'up'] });
                  }}
                  onDrop={() => {
                    const rest = draft.filter((candidate) => candidate.key !== phase.key);
                    setDraft(rest);
                    const neighbour = rest[Math.min(index, rest.length - 1)];
                    if (neighbour) setFocusAfter({ key: neighbour.key, order: ['drop', 'down', 'up'] });
                  }}
                  buttonRef={buttonRef(phase.key)}
                />
              ))}
            </ol>
            <div className="row">
              <button
                className="button"
                type="button"
                disabled={draft.length >= LIMITS.phasesMax}
                onClick={() => {
                  const phase = newDraftPhase(t('editor.newPhase'));
                  setDraft([...draft, phase]);
                  setAdded(phase.key);
                }}
              >
                + {t('editor.add')}
              </button>
              <p className="hint">
                {t('editor.total', { count: draft.length, minutes: Math.round(totalSeconds(draft) / 60) })}
              </p>
            </div>
            {view.groupId && (
              <SaveFormat view={view} draft={draft} valid={valid} formats={groupFormats} />
            )}
          </>
        )}
      </div>
      <footer className="row format-editor__footer">
        <p className="format-editor__error" role="alert">
          {error}
        </p>
        <div className="row">
          <button className="button" type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            className="button button--primary"
            type="button"
            onClick={() => void apply()}
            disabled={!draft || busy || !canLead}
          >
            {busy ? t('editor.applying') : t('editor.apply')}
          </button>
        </div>
      </footer>
    </dialog>
  );
}
