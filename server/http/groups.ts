// Groups without accounts: a private link with the group's token opens its page, its formats
// and the process records of its meetings.
import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FORMAT_ID_PATTERN, formatBody, formatFromBody, withFormat, type Group, type GroupPage } from '../../shared/groups';
import { surfacePaths } from '../../shared/paths';
import { createGroupBody, type CreatedGroup } from '../../shared/protocol';
import { buildReport } from '../../shared/report';
import type { Broadcaster } from '../broadcast';
import { hashToken, newId, newToken } from '../secrets';
import type { MeetingStore } from '../backends/meeting-store';
import { allow, allowedGroup } from './authorize';
import { sendError } from './errors';

/** A group keeps this many formats at most: enough for any group, bounded for the store. */
export const FORMATS_PER_GROUP_MAX = 50;

export interface GroupRoutesOptions {
  store: MeetingStore;
  broadcaster: Broadcaster;
  /** Route options that rate-limit starting a group per address. */
  creationLimit: Pick<RouteShorthandOptions, 'config'>;
}

export const groupParams = z.object({ groupId: z.string() });

/** Checked before the body, as a path the route cannot have, and said in the leader's terms. */
async function formatIdChecked(request: FastifyRequest, reply: FastifyReply) {
  const { formatId } = request.params as { formatId?: string };
  if (!FORMAT_ID_PATTERN.test(formatId ?? '')) {
    return sendError(reply, 'invalid', 'A format id is lowercase letters, digits and dashes.');
  }
}

export const groupRoutes: FastifyPluginAsyncZod<GroupRoutesOptions> = async (app, { store, broadcaster, creationLimit }) => {
  app.post('/api/groups', { ...creationLimit, schema: { body: createGroupBody } }, async (request, reply) => {
    const group: Group = { groupId: newId(), name: request.body.name, formats: [], createdAt: Date.now() };
    const groupToken = newToken();
    await store.createGroup(group, hashToken(groupToken));
    const created: CreatedGroup = {
      groupId: group.groupId,
      groupToken,
      links: { group: surfacePaths.group(group.groupId, groupToken) },
    };
    return reply.code(201).send(created);
  });

  app.get('/api/groups/:groupId', { schema: { params: groupParams }, preValidation: allow(store, 'group.read') }, async (request) => {
    const group = allowedGroup(request);
    const now = Date.now();
    const page: GroupPage = {
      groupId: group.groupId,
      name: group.name,
      formats: group.formats,
      meetings: (await store.groupMeetings(group.groupId)).map((state) => buildReport(state, now)),
    };
    return page;
  });

  app.put(
    '/api/groups/:groupId/formats/:formatId',
    {
      schema: { params: groupParams.extend({ formatId: z.string() }), body: formatBody },
      preValidation: [allow(store, 'format.save'), formatIdChecked],
    },
    async (request, reply) => {
      const group = allowedGroup(request);
      const format = formatFromBody(request.params.formatId, request.body);
      if (!format) return sendError(reply, 'invalid', 'Each phase needs its own id.');
      const replacing = group.formats.some((saved) => saved.id === format.id);
      if (!replacing && group.formats.length >= FORMATS_PER_GROUP_MAX) {
        return sendError(reply, 'conflict', `A group keeps at most ${FORMATS_PER_GROUP_MAX} formats: save over one of them.`);
      }
      await store.saveGroup(withFormat(group, format));
      return format;
    },
  );

  app.delete('/api/groups/:groupId', { schema: { params: groupParams }, preValidation: allow(store, 'group.erase') }, async (request, reply) => {
    const group = allowedGroup(request);
    for (const sessionId of await store.eraseGroup(group.groupId)) broadcaster.closeMeeting(sessionId);
    return reply.code(204).send();
  });
};
