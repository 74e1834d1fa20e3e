// One hook asks shared/permissions.ts whether a request's bearer token may do a route's action:
// a meeting's token for this meeting in a role the action allows, or the group's token for this
// group. It runs before the body is validated, so a stranger learns nothing from a 400.
import type { FastifyReply, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import type { Group } from '../../shared/groups';
import { isGroupAction, mayRequest, type HttpAction } from '../../shared/permissions';
import { hashToken } from '../secrets';
import type { MeetingStore } from '../backends/meeting-store';
import { bearerToken, sendError } from './errors';

/**
 * The group a request's bearer token opens, or null (unknown token, or none). Using the link is
 * what keeps a group: one unused for GROUP_RETENTION_DAYS is erased.
 */
export async function groupOfRequest(store: MeetingStore, request: FastifyRequest): Promise<Group | null> {
  const token = bearerToken(request);
  const groupId = token ? await store.resolveGroupToken(hashToken(token)) : null;
  const group = groupId ? await store.loadGroup(groupId) : null;
  if (group) await store.touchGroup(group.groupId);
  return group;
}

const groups = new WeakMap<FastifyRequest, Group>();

type Params = { sessionId?: string; groupId?: string };

/** The route option that lets only those the action allows through: `preValidation: allow(store, 'report.read')`. */
export function allow(store: MeetingStore, action: HttpAction): preValidationAsyncHookHandler {
  return async function allowed(request: FastifyRequest, reply: FastifyReply) {
    const params = request.params as Params;
    if (isGroupAction(action)) {
      const group = await groupOfRequest(store, request);
      if (!group || group.groupId !== params.groupId) {
        return sendError(reply, 'unauthorized', 'A valid token for this group is required.');
      }
      groups.set(request, group);
      return;
    }
    const token = bearerToken(request);
    const grant = token ? await store.resolveToken(hashToken(token)) : null;
    if (!grant || grant.sessionId !== params.sessionId) {
      return sendError(reply, 'unauthorized', 'A valid token for this meeting is required.');
    }
    if (!mayRequest(grant.role, action)) return sendError(reply, 'forbidden', 'This token may not do that.');
  };
}

/** The group that `allow` let in; asking for it on a route without that hook is a bug. */
export function allowedGroup(request: FastifyRequest): Group {
  const group = groups.get(request);
  if (!group) throw new Error('allowedGroup: the route has no group action');
  return group;
}
