// The group's anonymous check-out, with the group's token only: turning it on or off for the
// group's next meetings, and what its meetings' check-outs show (counts past the threshold, once
// a meeting has ended). Nothing of it opens with a meeting's tokens.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkoutResult, checkoutSettingBody, type GroupCheckout } from '../../shared/checkout';
import type { MeetingStore } from '../backends/meeting-store';
import { allow, allowedGroup } from './authorize';
import { groupParams } from './groups';

export const groupCheckoutRoutes: FastifyPluginAsyncZod<{ store: MeetingStore }> = async (app, { store }) => {
  app.get('/api/groups/:groupId/checkout', { schema: { params: groupParams }, preValidation: allow(store, 'checkout.read') }, async (request) => {
    const group = allowedGroup(request);
    const meetings = (await store.groupMeetings(group.groupId)).flatMap((state) =>
      state.checkout
        ? [{ sessionId: state.sessionId, startedAt: state.startedAt, endedAt: state.endedAt, result: checkoutResult(state.checkout, state.endedAt !== null) }]
        : [],
    );
    const answer: GroupCheckout = { enabled: group.checkout === true, meetings };
    return answer;
  });

  // Takes effect for meetings started from now on: one running keeps what it began with.
  const setting = { params: groupParams, body: checkoutSettingBody };
  app.put('/api/groups/:groupId/checkout', { schema: setting, preValidation: allow(store, 'checkout.set') }, async (request) => {
    const group = allowedGroup(request);
    const { enabled } = request.body;
    await store.saveGroup({ ...group, checkout: enabled });
    return { enabled };
  });
};
