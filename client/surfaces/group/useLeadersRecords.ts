// The leaders' own records of a group, loaded together for its page: their list, the leading log
// and which meetings have a supervision report. Reloaded after any change the leaders save.
import { useCallback, useEffect, useState } from 'react';
import type { LeaderList } from '../../../shared/leaders';
import type { LeadingLog } from '../../../shared/leading-log';
import type { SupervisionReportSummary } from '../../../shared/supervision';
import { fetchLeaders, fetchLeadingLog, fetchReports } from '../../leadingLogApi';

export interface LeadersRecords {
  list: LeaderList;
  log: LeadingLog;
  reports: SupervisionReportSummary[];
}

export function useLeadersRecords(groupId: string, token: string) {
  const [records, setRecords] = useState<LeadersRecords | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let live = true;
    void Promise.all([fetchLeaders(groupId, token), fetchLeadingLog(groupId, token), fetchReports(groupId, token)]).then(
      ([list, log, reports]) => {
        if (!live) return;
        if (list.ok && log.ok && reports.ok) {
          setRecords({ list: list.value, log: log.value, reports: reports.value.reports });
          setFailed(false);
        } else {
          setFailed(true);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [groupId, token, attempt]);

  return { records, failed, reload };
}
