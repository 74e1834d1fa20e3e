// The group's side of the HTTP contract: a group without accounts, its own formats, its meetings'
// process records. Every call but the first carries the group's token.
import type { GroupCheckout } from '../shared/checkout';
import type { GroupPage } from '../shared/groups';
import type { PhaseEdit } from '../shared/commands';
import type { CreatedGroup, CreatedMeeting } from '../shared/protocol';
import type { Register } from '../shared/language';
import type { RoomSettings } from '../shared/settings';
import type { Format } from '../shared/phase-plan';
import { request, type ApiResult } from './api';

const groupPath = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;

export function createGroup(name: string): Promise<ApiResult<CreatedGroup>> {
  return request('POST', '/api/groups', { body: { name } });
}

export function fetchGroup(groupId: string, token: string): Promise<ApiResult<GroupPage>> {
  return request('GET', groupPath(groupId), { token });
}

/** Saves (or replaces) the group's format of this id. */
export function saveGroupFormat(
  groupId: string,
  token: string,
  formatId: string,
  format: { title: string; phases: PhaseEdit[]; hints: boolean; settings?: RoomSettings; register?: Register },
): Promise<ApiResult<Format>> {
  return request('PUT', `${groupPath(groupId)}/formats/${encodeURIComponent(formatId)}`, { token, body: format });
}

/** The group's anonymous check-out: whether it is on, and its meetings' counts. */
export function fetchGroupCheckout(groupId: string, token: string): Promise<ApiResult<GroupCheckout>> {
  return request('GET', `${groupPath(groupId)}/checkout`, { token });
}

export function setGroupCheckout(groupId: string, token: string, enabled: boolean): Promise<ApiResult<{ enabled: boolean }>> {
  return request('PUT', `${groupPath(groupId)}/checkout`, { token, body: { enabled } });
}

export function deleteGroup(groupId: string, token: string): Promise<ApiResult<void>> {
  return request('DELETE', groupPath(groupId), { token });
}

/** A meeting that belongs to the group and may follow one of its formats. */
