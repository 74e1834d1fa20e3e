// Groups without accounts: a private link with the group's token opens its page, its formats
// and the process records of its meetings.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { FORMAT_ID_PATTERN, formatBody, formatFromBody, withFormat, type Group, type GroupPage } from '../../shared/groups';
import { surfacePaths } from '../../shared/paths';
import { createGroupBody, type CreatedGroup } from '../../shared/protocol';
import { buildReport } from '../../shared/report';
import type { Broadcaster } from '../broadcast';
import { describeIssue } from './validation';
import { hashToken, newId, newToken } from '../secrets';
import type { SessionStore } from '../store/session-store';
import { bearerToken, sendError } from './errors';

type GroupRequest = FastifyRequest<{ Params: { groupId: string } }>;

/** A group keeps this many formats at most: enough for any group, bounded for the store. */
export const FORMATS_PER_GROUP_MAX = 50;

/**
 * The group a request's bearer token opens, or null (unknown token, or none). Using the link is
 * what keeps a group: one unused for GROUP_RETENTION_DAYS is erased.
 */
export async function groupOfRequest(store: SessionStore, request: FastifyRequest): Promise<Group | null> {
  const token = bearerToken(request);
  const groupId = token ? await store.resolveGroupToken(hashToken(token)) : null;
  const group = groupId ? await store.loadGroup(groupId) : null;
  if (group) await store.touchGroup(group.groupId);
  return group;
}

export function groupRoutes(
  app: FastifyInstance,
  {
    store,
    broadcaster,
    creationLimit,
  }: {
    store: SessionStore;
    broadcaster: Broadcaster;
    /** Route options that rate-limit starting a group per address. */
    creationLimit: RouteShorthandOptions;
  },
): void {
  async function authorize(request: GroupRequest, reply: FastifyReply): Promise<Group | null> {
    const group = await groupOfRequest(store, request);
    if (!group || group.groupId !== request.params.groupId) {
      sendError(reply, 'unauthorized', 'A valid token for this group is required.');
      return null;
    }
    return group;
  }

  app.post('/api/groups', creationLimit, async (request, reply) => {
    const parsed = createGroupBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    const group: Group = { groupId: newId(), name: parsed.data.name, formats: [], createdAt: Date.now() };
    const groupToken = newToken();
    await store.createGroup(group, hashToken(groupToken));
    const created: CreatedGroup = {
      groupId: group.groupId,
      groupToken,
      links: { group: surfacePaths.group(group.groupId, groupToken) },
    };
    return reply.code(201).send(created);
  });

  app.get<{ Params: { groupId: string } }>('/api/groups/:groupId', async (request, reply) => {
    const group = await authorize(request, reply);
    if (!group) return reply;
    const now = Date.now();
    const page: GroupPage = {
      groupId: group.groupId,
      name: group.name,
      formats: group.formats,
      meetings: (await store.groupMeetings(group.groupId)).map((state) => buildReport(state, now)),
    };
    return page;
  });

  app.put<{ Params: { groupId: string; formatId: string } }>(
    '/api/groups/:groupId/formats/:formatId',
    async (request, reply) => {
      const group = await authorize(request, reply);
      if (!group) return reply;
      if (!FORMAT_ID_PATTERN.test(request.params.formatId)) {
        return sendError(reply, 'invalid', 'A format id is lowercase letters, digits and dashes.');
      }
      const parsed = formatBody.safeParse(request.body ?? {});
      if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
      const format = formatFromBody(request.params.formatId, parsed.data);
      if (!format) return sendError(reply, 'invalid', 'Each phase needs its own id.');
      const replacing = group.formats.some((saved) => saved.id === format.id);
      if (!replacing && group.formats.length >= FORMATS_PER_GROUP_MAX) {
        return sendError(reply, 'conflict', `A group keeps at most ${FORMATS_PER_GROUP_MAX} formats: save over one of them.`);
      }
      await store.saveGroup(withFormat(group, format));
      return format;
    },
  );

  app.delete<{ Params: { groupId: string } }>('/api/groups/:groupId', async (request, reply) => {
    const group = await authorize(request, reply);
    if (!group) return reply;
    for (const sessionId of await store.eraseGroup(group.groupId)) broadcaster.closeMeeting(sessionId);
    return reply.code(204).send();
  });
}
