// A latecomer at a locked room knocks instead of being turned away: they wait on a calm screen,
// the leaders see the name, and the leader lets them in with one click (`knock.admit`). The knock's
// token becomes the member's token once admitted; until then it opens no socket.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Knocked, KnockStatus } from '../../shared/protocol';
import { findParticipant } from '../../shared/meeting-state';
import { knock, withdrawKnock } from '../../shared/changes/people';
import type { JoinRefusal } from '../metrics';
import { hashToken, newId, newToken } from '../secrets';
import type { Grant } from '../backends/meeting-store';
import { bearerToken, sendError } from './errors';
import { findMeetingToJoin, type JoinDeps } from './join';

/** What the knock reducer's refusals mean, counted by reason (server/metrics.ts). */
const KNOCK_REFUSALS: Partial<Record<string, JoinRefusal>> = {
  forbidden: 'full',
  rate_limited: 'waiting_full',
  conflict: 'room_open',
  not_found: 'unknown_code',
};

type KnockRequest = FastifyRequest<{ Params: { knockId: string } }>;

export const knockRoutes: FastifyPluginAsync<JoinDeps> = async (app, deps) => {
  const { store, meetings, maxParticipants, metrics, now } = deps;

  /** The knock's own token, for this knock only. */
  async function knockerOf(request: KnockRequest, reply: FastifyReply): Promise<Grant | null> {
    const token = bearerToken(request);
    const grant = token ? await store.resolveToken(hashToken(token)) : null;
    if (!grant || grant.role !== 'member' || grant.participantId !== request.params.knockId) {
      sendError(reply, 'unauthorized', 'A valid token for this knock is required.');
      return null;
    }
    return grant;
  }

  // A knock reveals whether a code exists, so it is a join attempt, counted like one.
  app.post('/api/knock', async (request, reply) => {
    const found = await findMeetingToJoin(request, reply, deps);
    if (!found) return reply;
    const { attempt, sessionId, name } = found;
    const knockId = newId();
    const token = newToken();
    const outcome = await meetings
      .change(
        sessionId,
        (state) => knock(state, { knockId, name }, now(), maxParticipants),
        { add: [{ hash: hashToken(token), grant: { sessionId, role: 'member', participantId: knockId } }] },
      )
      .catch(async (error: unknown) => {
        await attempt.close('refused');
        throw error;
      });
    if (!outcome.ok) {
      const code = outcome.error.code === 'locked' ? 'conflict' : outcome.error.code;
      // A full meeting, or a door with twenty waiting already, is not the knocker's doing.
      await attempt.close(code === 'forbidden' || code === 'rate_limited' ? 'refused' : code === 'not_found' ? 'miss' : 'failed');
      metrics.joinRefused(KNOCK_REFUSALS[code] ?? 'unknown_code');
      return sendError(reply, code, outcome.error.message);
    }
    await attempt.close('joined');
    metrics.joined('knock');
    const knocked: Knocked = { sessionId, knockId, token };
    return reply.code(201).send(knocked);
  });

  app.get<{ Params: { knockId: string } }>('/api/knock/:knockId', async (request, reply) => {
    const grant = await knockerOf(request, reply);
    if (!grant) return reply;
    const state = await store.load(grant.sessionId);
    const { knockId } = request.params;
    if (state && state.endedAt === null) {
      if (state.knocks.some((waiting) => waiting.knockId === knockId)) return status(reply, 'waiting');
      if (findParticipant(state, knockId)) return status(reply, 'admitted');
    }
    return sendError(reply, 'not_found', 'This knock is no longer waiting.');
  });

  app.delete<{ Params: { knockId: string } }>('/api/knock/:knockId', async (request, reply) => {
    const grant = await knockerOf(request, reply);
    if (!grant) return reply;
    const { knockId } = request.params;
    const outcome = await meetings.change(grant.sessionId, (state) => withdrawKnock(state, knockId));
    if (!outcome.ok) return sendError(reply, 'not_found', outcome.error.message);
    return reply.code(204).send();
  });
};

function status(reply: FastifyReply, knock: KnockStatus): FastifyReply {
  return reply.send({ status: knock });
}
