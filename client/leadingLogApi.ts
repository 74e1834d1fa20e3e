// The leaders' own records of a group over HTTP, each call with the group's token: their list, the
// leading log, the supervision reports and each leader's part of one.
import type { LeaderList } from '../shared/leaders';
import type { LeadingLog, LogRow } from '../shared/leading-log';
import type { Answers, ReportPart, SupervisionReport, SupervisionReportSummary } from '../shared/supervision';
import { request, type ApiResult } from './api';

const groupPath = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;

export function fetchLeaders(groupId: string, token: string): Promise<ApiResult<LeaderList>> {
  return request('GET', `${groupPath(groupId)}/leaders`, { token });
}

/** Saves the list over the version it was read at: 409 when another leader saved first. */
export function saveLeaders(
  groupId: string,
  token: string,
  version: number,
  leaders: { leaderId?: string; name: string }[],
): Promise<ApiResult<LeaderList>> {
  return request('PUT', `${groupPath(groupId)}/leaders`, { token, body: { version, leaders } });
}

export function fetchLeadingLog(groupId: string, token: string): Promise<ApiResult<LeadingLog>> {
  return request('GET', `${groupPath(groupId)}/log`, { token });
}

export function saveLogRow(
  groupId: string,
  token: string,
  sessionId: string,
  change: { ledBy?: string | null; coLedBy?: string | null; supervised?: boolean; supervisorInitials?: string | null },
): Promise<ApiResult<LogRow>> {
  return request('PUT', `${groupPath(groupId)}/log/${encodeURIComponent(sessionId)}`, { token, body: change });
}

export function fetchReports(groupId: string, token: string): Promise<ApiResult<{ reports: SupervisionReportSummary[] }>> {
  return request('GET', `${groupPath(groupId)}/reports`, { token });
}

export function fetchReport(groupId: string, token: string, sessionId: string): Promise<ApiResult<SupervisionReport>> {
  return request('GET', `${groupPath(groupId)}/reports/${encodeURIComponent(sessionId)}`, { token });
}

/** One leader's part, saved over the version it was read at: 409 when it was saved elsewhere first. */
export function saveReportPart(
  groupId: string,
  token: string,
  sessionId: string,
  leaderId: string,
  part: { version: number; answers: Answers; presenterCheckIn: boolean },
): Promise<ApiResult<ReportPart>> {
  return request(
    'PUT',
    `${groupPath(groupId)}/reports/${encodeURIComponent(sessionId)}/parts/${encodeURIComponent(leaderId)}`,
    { token, body: part },
  );
}

/** Where a meeting's supervision report is written: the group's token comes from this device's storage. */
export const supervisionPath = (groupId: string, sessionId: string) =>
  `/g/${encodeURIComponent(groupId)}/report/${encodeURIComponent(sessionId)}`;
