// The group's token, checked for a route under /api/groups/:groupId: the leaders' own pages (their
// list, the leading log, the supervision reports) open with it and with nothing else, never with a
// meeting's member, display or leader token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Group } from '../../shared/groups';
import type { SessionStore } from '../store/session-store';
import { sendError } from './errors';
import { groupOfRequest } from './groups';

export async function authorizeGroup(
  store: SessionStore,
  request: FastifyRequest<{ Params: { groupId: string } }>,
  reply: FastifyReply,
): Promise<Group | null> {
  const group = await groupOfRequest(store, request);
  if (!group || group.groupId !== request.params.groupId) {
    sendError(reply, 'unauthorized', 'A valid token for this group is required.');
    return null;
  }
  return group;
}
