// The waiting side of a knock, loaded only once someone has knocked: the join page stays small.
import { request, type ApiResult } from '../../api';
import type { KnockStatus } from '../../../shared/protocol';

export function knockStatus(knockId: string, token: string): Promise<ApiResult<{ status: KnockStatus }>> {
  return request('GET', `/api/knock/${encodeURIComponent(knockId)}`, { token });
}

/** keepalive: "Stop waiting" reaches the leaders even when the page is closed right after. */
export function withdrawKnock(knockId: string, token: string): Promise<ApiResult<void>> {
  return request('DELETE', `/api/knock/${encodeURIComponent(knockId)}`, { token, keepalive: true });
}
