// Taking the debrief away: the server's Markdown record (in this leader's language and time zone,
// with the screen's words) with the leaders' notes after it, the JSON record with the notes beside
// it, or the browser's print (to paper or PDF) of this page. The notes are the leaders' own: they
// go into the leaders' exports, never into the process record the server keeps.
import { useState } from 'react';
import { Alert } from '../../components/Alert';
import type { Report } from '../../../shared/report';
import { downloadText, fetchReportMarkdown } from '../../debriefApi';
import { formatIdFromTitle } from '../../formatId';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import type { DebriefNotes } from './useDebriefNotes';

function fileName(report: Report, extension: string): string {
  const day = new Date(report.startedAt);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return `balint-debrief-${date}-${formatIdFromTitle(report.title)}.${extension}`;
}

function withNotes(markdown: string, notes: string, t: TFunction<'console'>): string {
  const body = notes.trim() ? notes.trim() : t('debrief.exportNoNotes');
  return `${markdown.trimEnd()}\n\n## ${t('debrief.exportNotes')}\n\n${body}\n`;
}

export function ExportActions({ report, token, notes }: { report: Report; token: string; notes: DebriefNotes }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const [failed, setFailed] = useState(false);

  const exportMarkdown = async () => {
    await notes.flush();
    const markdown = await fetchReportMarkdown(report.sessionId, token, lang);
    setFailed(markdown === null);
    if (markdown !== null) downloadText(fileName(report, 'md'), 'text/markdown;charset=utf-8', withNotes(markdown, notes.draft, t));
  };

  const exportJson = async () => {
    await notes.flush();
    setFailed(false);
    const content = JSON.stringify({ ...report, notes: notes.draft }, null, 2);
    downloadText(fileName(report, 'json'), 'application/json', `${content}\n`);
  };

  return (
    <div className="debrief-export no-print stack-small" role="group" aria-label={t('debrief.exportHeading')}>
      <div className="row">
        <button className="button" type="button" onClick={() => void exportMarkdown()}>
          {t('debrief.exportMd')}
        </button>
        <button className="button" type="button" onClick={() => void exportJson()}>
          {t('debrief.exportJson')}
        </button>
        <button className="button" type="button" onClick={() => window.print()}>
          {t('debrief.print')}
        </button>
      </div>
      {failed && <Alert>{t('debrief.exportFailed')}</Alert>}
    </div>
  );
}
