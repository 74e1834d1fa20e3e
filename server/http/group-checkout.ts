// The group's anonymous check-out, with the group's token only: turning it on or off for the
// group's next meetings, and what its meetings' check-outs show (counts past the threshold, once
// a meeting has ended). Nothing of it opens with a meeting's tokens.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkoutResult, checkoutSettingBody, type GroupCheckout } from '../../shared/checkout';
import { describeIssue } from './validation';
import type { SessionStore } from '../store/session-store';
import type { Group } from '../../shared/groups';
import { sendError } from './errors';
import { groupOfRequest } from './groups';

type GroupRequest = FastifyRequest<{ Params: { groupId: string } }>;

export function groupCheckoutRoutes(app: FastifyInstance, { store }: { store: SessionStore }): void {
  async function authorizeGroup(request: GroupRequest, reply: FastifyReply): Promise<Group | null> {
    const group = await groupOfRequest(store, request);
    if (group && group.groupId === request.params.groupId) return group;
    sendError(reply, 'unauthorized', 'A valid token for this group is required.');
    return null;
  }

  app.get<{ Params: { groupId: string } }>('/api/groups/:groupId/checkout', async (request: GroupRequest, reply) => {
    const group = await authorizeGroup(request, reply);
    if (!group) return reply;
    const meetings = (await store.groupMeetings(group.groupId)).flatMap((state) =>
      state.checkout
        ? [{ sessionId: state.sessionId, startedAt: state.startedAt, endedAt: state.endedAt, result: checkoutResult(state.checkout, state.endedAt !== null) }]
        : [],
    );
    const answer: GroupCheckout = { enabled: group.checkout === true, meetings };
    return answer;
  });

  // Takes effect for meetings started from now on: one running keeps what it began with.
  app.put<{ Params: { groupId: string } }>('/api/groups/:groupId/checkout', async (request: GroupRequest, reply) => {
    const group = await authorizeGroup(request, reply);
    if (!group) return reply;
    const parsed = checkoutSettingBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    await store.saveGroup({ ...group, checkout: parsed.data.enabled });
    return { enabled: parsed.data.enabled };
  });
}
