// The HTTP side of the contract. Only types come from shared/protocol: its values pull in zod,
// which has no place in the join page's budget.
import type { CreatedMeeting, JoinedMeeting, Knocked, TemplateSummary } from '../shared/protocol';

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; code: string; message: string };

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; token?: string; keepalive?: boolean } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      // Lets a last save finish while the page closes.
      ...(options.keepalive ? { keepalive: true } : {}),
    });
  } catch {
    return { ok: false, status: 0, code: 'offline', message: 'The server could not be reached.' };
  }
  if (response.status === 204) return { ok: true, value: undefined as T };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: body as T };
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? 'unknown',
    message: error?.message ?? response.statusText,
  };
}

/** The built-in formats, their titles and prompts in `lang`. */
export function fetchTemplates(lang: string): Promise<ApiResult<TemplateSummary[]>> {
  return request('GET', `/api/templates?lang=${encodeURIComponent(lang)}`);
}

/**
 * POST /api/sessions: asks the server to create a meeting (the server builds its first state with
 * shared/meeting-start.ts's createMeeting). With a group's token the meeting belongs to the group;
 * `language` is the display's to start with.
 */
export function createMeeting(
  {
    title,
    template,
    language,
    ledBy = null,
    coLedBy = null,
  }: { title: string; template: string; language: string; ledBy?: string | null; coLedBy?: string | null },
  groupToken?: string,
): Promise<ApiResult<CreatedMeeting>> {
  // Who leads is the group's to record: sent only when picked, from a group's page.
  const leaders = { ...(ledBy ? { ledBy } : {}), ...(coLedBy ? { coLedBy } : {}) };
  const body = { ...(title ? { title } : {}), template, language, ...leaders };
  return request('POST', '/api/sessions', groupToken ? { token: groupToken, body } : { body });
}

/** Whether a meeting has this code: asked at "Continue", before the member types a name. */
export function checkJoinCode(joinCode: string): Promise<ApiResult<{ ok: true }>> {
  return request('GET', `/api/join/${encodeURIComponent(joinCode)}`);
}

export function joinMeeting(joinCode: string, name: string): Promise<ApiResult<JoinedMeeting>> {
  return request('POST', '/api/join', { body: { joinCode, name } });
}

/** A latecomer at a locked room knocks; the answer's token opens the meeting once they are let in. */
export function knockAtMeeting(joinCode: string, name: string): Promise<ApiResult<Knocked>> {
  return request('POST', '/api/knock', { body: { joinCode, name } });
}

export function deleteMeeting(sessionId: string, token: string): Promise<ApiResult<void>> {
  return request('DELETE', `/api/sessions/${encodeURIComponent(sessionId)}`, { token });
}
