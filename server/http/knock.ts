// A latecomer at a locked room knocks instead of being turned away: they wait on a calm screen,
// the leaders see the name, and the leader lets them in with one click (`knock.admit`). The knock's
// token becomes the member's token once admitted; until then it opens no socket.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cleanJoinCode } from '../../shared/join-codes';
import { joinBody, type Knocked, type KnockStatus } from '../../shared/protocol';
import { findParticipant, knock, withdrawKnock } from '../../shared/session';
import type { Meetings } from '../meetings';
import { describeIssue } from '../realtime';
import { hashToken, newId, newToken } from '../secrets';
import type { Grant, SessionStore } from '../store/session-store';
import { bearerToken, sendError } from './errors';
import { joinRateLimit } from './join';

type KnockRequest = FastifyRequest<{ Params: { knockId: string } }>;

export function knockRoutes(
  app: FastifyInstance,
  deps: { store: SessionStore; meetings: Meetings; joinRatePerMinute: number; now: () => number },
): void {
  const { store, meetings, now } = deps;

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

  // A knock reveals whether a code exists, so it counts as a join attempt.
  app.post('/api/knock', { config: { rateLimit: joinRateLimit(deps.joinRatePerMinute) } }, async (request, reply) => {
    const parsed = joinBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    const sessionId = await store.findByJoinCode(cleanJoinCode(parsed.data.joinCode));
    if (!sessionId) return sendError(reply, 'not_found', 'No meeting has that code.');

    const knockId = newId();
    const token = newToken();
    const outcome = await meetings.change(
      sessionId,
      (state) => knock(state, { knockId, name: parsed.data.name }, now()),
      { add: [{ hash: hashToken(token), grant: { sessionId, role: 'member', participantId: knockId } }] },
    );
    if (!outcome.ok) {
      const code = outcome.error.code === 'locked' ? 'conflict' : outcome.error.code;
      return sendError(reply, code, outcome.error.message);
    }
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
    const outcome = await meetings.change(grant.sessionId, (state) => withdrawKnock(state, knockId), {
      revokeParticipant: knockId,
    });
    if (!outcome.ok) return sendError(reply, 'not_found', outcome.error.message);
    return reply.code(204).send();
  });
}

function status(reply: FastifyReply, knock: KnockStatus): FastifyReply {
  return reply.send({ status: knock });
}
