// One leader's part of the report as they write it: saved over the version it was read at. When it
// was saved elsewhere meanwhile (the same leader in another window), the server refuses, the report
// is read again so the saved version shows, and the words typed here stay in the boxes to save again.
import { useCallback, useEffect, useState } from 'react';
import type { Answers, ReportPart, SupervisionHeading, SupervisionReport } from '../../../shared/supervision';
import { refusalWords } from '../../i18n/refusal';
import { saveReportPart } from '../../leadingLogApi';

export type PartStatus = { kind: 'untouched' | 'saved' | 'unsaved' | 'saving' | 'conflict' } | { kind: 'failed'; reason: string };

export interface PartDraft {
  answers: Answers;
  presenterCheckIn: boolean;
  status: PartStatus;
  write: (heading: SupervisionHeading, text: string) => void;
  tick: (checked: boolean) => void;
  save: () => Promise<void>;
}

const partOf = (report: SupervisionReport, authorId: string | null): ReportPart | undefined =>
  report.parts.find((part) => part.authorId === authorId);

export function useReportPart(
  { groupId, token, report, authorId, reload }: { groupId: string; token: string; report: SupervisionReport; authorId: string | null; reload: () => Promise<void> },
): PartDraft {
  const saved = partOf(report, authorId);
  const [answers, setAnswers] = useState<Answers>(saved?.answers ?? {});
  const [presenterCheckIn, setCheckIn] = useState(saved?.presenterCheckIn ?? false);
  const [status, setStatus] = useState<PartStatus>({ kind: 'untouched' });

  // Another writer chosen: their own saved part fills the boxes.
  useEffect(() => {
    const own = partOf(report, authorId);
    setAnswers(own?.answers ?? {});
    setCheckIn(own?.presenterCheckIn ?? false);
    setStatus({ kind: 'untouched' });
    // Only a change of writer resets the boxes; a reload keeps what is being typed.
  }, [authorId]);

  const write = useCallback((heading: SupervisionHeading, text: string) => {
    setAnswers((current) => ({ ...current, [heading]: text }));
    setStatus({ kind: 'unsaved' });
  }, []);

  const tick = useCallback((checked: boolean) => {
    setCheckIn(checked);
    setStatus({ kind: 'unsaved' });
  }, []);

  const save = useCallback(async () => {
    if (!authorId) return;
    setStatus({ kind: 'saving' });
    const version = partOf(report, authorId)?.version ?? 0;
    const result = await saveReportPart(groupId, token, report.sessionId, authorId, { version, answers, presenterCheckIn });
    if (result.ok) setStatus({ kind: 'saved' });
    else if (result.code === 'conflict') setStatus({ kind: 'conflict' });
    else setStatus({ kind: 'failed', reason: refusalWords(result) });
    if (result.ok || result.code === 'conflict') await reload();
  }, [authorId, report, groupId, token, answers, presenterCheckIn, reload]);

  return { answers, presenterCheckIn, status, write, tick, save };
}
