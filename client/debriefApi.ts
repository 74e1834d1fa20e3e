// The leaders' debrief over HTTP: the process record (JSON and the server's Markdown) and the
// leaders' own notes, which the server keeps apart from the record.
import type { Report } from '../shared/report';
import { markdownQuery, request, type ApiResult } from './api';

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export function fetchReport(sessionId: string, token: string): Promise<ApiResult<Report>> {
  return request('GET', `${sessionPath(sessionId)}/report`, { token });
}

/** The record as the server writes it in Markdown, as the leader reads it; null when it could not be fetched. */
export async function fetchReportMarkdown(sessionId: string, token: string, lang: string): Promise<string | null> {
  try {
    const response = await fetch(`${sessionPath(sessionId)}/report?${markdownQuery(lang)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** Saves the notes; `closing` lets the request outlive a page that is being closed. */
export function saveDebriefNotes(
  sessionId: string,
  token: string,
  notes: string,
  { closing = false }: { closing?: boolean } = {},
): Promise<ApiResult<{ version: number }>> {
  return request('PUT', `${sessionPath(sessionId)}/debrief`, { token, body: { notes }, keepalive: closing });
}

/** Hands text to the browser as a file to save. */
export function downloadText(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
