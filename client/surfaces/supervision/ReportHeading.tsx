// One heading of the supervision report: what the meeting recorded under it, the identifiability
// warning, this leader's own box, and what the other leaders wrote there.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { leaderById, type LeaderList } from '../../../shared/leaders';
import { SUPERVISION_TEXT_MAX, type SupervisionHeading, type SupervisionReport } from '../../../shared/supervision';
import { Field } from '../../components/Field';
import { useLanguage } from '../../i18n/useLanguage';
import { factWords } from './factWords';
import type { PartDraft } from './useReportPart';

interface Props {
  heading: SupervisionHeading;
  report: SupervisionReport;
  list: LeaderList;
  authorId: string | null;
  draft: PartDraft;
}

export function ReportHeading({ heading, report, list, authorId, draft }: Props) {
  const { t } = useTranslation(['console', 'record']);
  const lang = useLanguage();
  const ids = { heading: useId(), warning: useId() };
  const facts = report.prefill[heading];
  const text = draft.answers[heading] ?? '';
  const others = report.parts.filter((part) => part.authorId !== authorId && part.answers[heading]);
  const nameOf = (leaderId: string) => leaderById(list, leaderId)?.name ?? t('supervision.unknownLeader');

  return (
    <section className="card stack-small" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t(`supervision.headings.${heading}`)}</h2>
      <h3 className="small muted">{t('supervision.fromTheMeeting')}</h3>
      {facts.length === 0 ? (
        <p className="muted">{t('supervision.nothingRecorded')}</p>
      ) : (
        <ul className="supervision__facts">
          {facts.map((fact, index) => (
            <li key={index}>{factWords(fact, report.format, t, lang)}</li>
          ))}
        </ul>
      )}
      <p id={ids.warning} className="supervision__warning">
        <span aria-hidden="true">⚠ </span>
        {t('debrief.notesWarning')}
      </p>
      {authorId && (
        <Field
          label={t('supervision.yourPart')}
          describedBy={ids.warning}
          control={(control) => (
            <textarea
              {...control}
              className="textarea no-print"
              rows={5}
              value={text}
              maxLength={SUPERVISION_TEXT_MAX}
              onChange={(event) => draft.write(heading, event.target.value)}
            />
          )}
        >
          <p className="small muted no-print">{t('supervision.left', { count: SUPERVISION_TEXT_MAX - text.length })}</p>
          {/* A textarea prints clipped: the words print as text instead. */}
          <div className="print-only supervision__print-text">{text.trim() || t('supervision.nothingWritten')}</div>
        </Field>
      )}
      {others.map((part) => (
        <div key={part.authorId} className="stack-small">
          <h3 className="small">{t('supervision.otherPart', { name: nameOf(part.authorId) })}</h3>
          <p className="supervision__other">{part.answers[heading]}</p>
        </div>
      ))}
    </section>
  );
}
