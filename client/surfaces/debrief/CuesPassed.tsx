// The cues the leaders passed each other, counted by kind, in the record's words: what the export
// says under the same heading, so the screen and the file agree.
import { useTranslation } from 'react-i18next';
import { CUE_KINDS } from '../../../shared/cues';
import type { Report } from '../../../shared/report';

export function CuesPassed({ report }: { report: Report }) {
  const { t } = useTranslation('record');
  const passed = CUE_KINDS.filter((cue) => (report.cues[cue] ?? 0) > 0);
  return (
    <section className="card stack-small" aria-labelledby="debrief-cues">
      <h2 id="debrief-cues">{t('cuesHeading')}</h2>
      {passed.length === 0 ? (
        <p className="muted">{t('noCues')}</p>
      ) : (
        <ul className="debrief-list">
          {passed.map((cue) => (
            <li key={cue}>
              {t(`cues.${cue}`)}: {report.cues[cue]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
