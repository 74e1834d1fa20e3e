import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../../shared/report';
import { fetchReport } from '../../debriefApi';

export type ReportState =
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void }
  | { status: 'ready'; report: Report };

/** The process record, fetched once the debrief opens (it no longer changes after the meeting). */
export function useReport(sessionId: string, token: string): ReportState {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'failed' } | { status: 'ready'; report: Report }>({
    status: 'loading',
  });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void fetchReport(sessionId, token).then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', report: result.value } : { status: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [sessionId, token, attempt]);

  return state.status === 'failed' ? { status: 'failed', retry } : state;
}
