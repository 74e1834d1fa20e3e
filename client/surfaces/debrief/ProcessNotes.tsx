// The leaders' own process notes for supervision. They are kept with the meeting's record (and
// deleted with it) but are not part of it; the leaders' exports add them after it, and the screen
// says exactly that. The warning stays in sight: a debrief note is where a name slips in most easily.
import { useId } from 'react';
import { DEBRIEF_NOTES_MAX } from '../../../shared/changes/room';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { DebriefNotes } from './useDebriefNotes';

export function ProcessNotes({ notes }: { notes: DebriefNotes }) {
  const { t } = useTranslation('console');
  const ids = { heading: useId(), warning: useId(), hint: useId() };
  const left = DEBRIEF_NOTES_MAX - notes.draft.length;
  const status =
    notes.status === 'saving'
      ? t('debrief.notesSaving')
      : notes.status === 'failed'
        ? t('debrief.notesFailed', { reason: notes.failure ?? '' })
        : notes.status === 'unsaved'
          ? t('debrief.notesUnsaved')
          : t('debrief.notesSaved');

  return (
    <section className="debrief-notes card stack-small" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('debrief.notesHeading')}</h2>
      <p id={ids.warning} className="debrief-notes__warning">
        <span aria-hidden="true">⚠ </span>
        {t('debrief.notesWarning')}
      </p>
      <Field
        className="no-print"
        label={t('debrief.notesLabel')}
        describedBy={`${ids.warning} ${ids.hint}`}
        control={(control) => (
          <textarea
            {...control}
            className="textarea debrief-notes__field"
            value={notes.draft}
            maxLength={DEBRIEF_NOTES_MAX}
            rows={12}
            onChange={(event) => notes.change(event.target.value)}
            onBlur={() => void notes.flush()}
          />
        )}
      />
      <p id={ids.hint} className="hint no-print">
        {t('debriefNotes.hint')}
      </p>
      <div className="debrief-notes__status no-print">
        <p
          className={`small${notes.status === 'failed' ? ' error' : ' muted'}`}
          role={notes.status === 'failed' ? 'alert' : 'status'}
        >
          {status}
        </p>
        <p className="small muted">{t('debrief.notesLeft', { count: left })}</p>
      </div>
      {/* A textarea prints clipped; the page prints the notes as text instead. */}
      <div className="debrief-notes__print print-only">
        {notes.draft.trim() ? notes.draft : t('debrief.notesEmpty')}
      </div>
    </section>
  );
}
