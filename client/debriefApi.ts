// The leaders' debrief over HTTP: the process record (JSON and the server's Markdown) and the
// leaders' own notes, which the server keeps apart from the record.
import type { Report } from '../shared/report';
import { request, type ApiResult } from './api';

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

/** The Markdown record's query: in the leader's language, clock times in this device's zone, as on screen. */
export function markdownQuery(lang: string): string {
  let zone = 'UTC';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? zone;
  } catch {
    // A browser that cannot say its zone gets UTC, which the file names.
  }
  return `format=md&lang=${encodeURIComponent(lang)}&tz=${encodeURIComponent(zone)}`;
}

/** Fetches the process record with the leader's token and hands it to the browser as a file. */
export async function downloadRecord(
  sessionId: string,
  token: string,
  format: 'md' | 'json',
  lang: string,
): Promise<boolean> {
  const query = format === 'md' ? `?${markdownQuery(lang)}` : '';
  try {
    const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/report${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) return false;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `balint-record-${sessionId}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
