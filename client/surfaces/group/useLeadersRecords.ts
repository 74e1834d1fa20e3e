// The leaders' own records of a group, loaded together for its page: their list, the leading log
// and which meetings have a supervision report. Reloaded after any change the leaders save.
import type { LeaderList } from '../../../shared/leaders';
import type { LeadingLog } from '../../../shared/leading-log';
import type { SupervisionReportSummary } from '../../../shared/supervision';
import type { ApiResult } from '../../api';
import { fetchLeaders, fetchLeadingLog, fetchReports } from '../../leadingLogApi';
import { useFetched, type Fetched } from '../../useFetched';

export interface LeadersRecords {
  list: LeaderList;
  log: LeadingLog;
  reports: SupervisionReportSummary[];
}

async function fetchLeadersRecords(groupId: string, token: string): Promise<ApiResult<LeadersRecords>> {
  const [list, log, reports] = await Promise.all([fetchLeaders(groupId, token), fetchLeadingLog(groupId, token), fetchReports(groupId, token)]);
  if (!list.ok) return list;
  if (!log.ok) return log;
  if (!reports.ok) return reports;
  return { ok: true, value: { list: list.value, log: log.value, reports: reports.value.reports } };
}

export function useLeadersRecords(groupId: string, token: string): Fetched<LeadersRecords> {
  return useFetched(() => fetchLeadersRecords(groupId, token), [groupId, token]);
}
