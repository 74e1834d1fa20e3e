// A member joins with the room's code and a first name; no account.
import type { FastifyInstance } from 'fastify';
import { cleanJoinCode } from '../../shared/join-codes';
import { joinBody, type JoinedSession } from '../../shared/protocol';
import { admitMember } from '../../shared/session';
import type { Meetings } from '../meetings';
import { describeIssue } from '../realtime';
import { hashToken, newId, newToken } from '../secrets';
import type { SessionStore } from '../store/session-store';
import { sendError } from './errors';

/** Join attempts per client address: a join, and anything that tells whether a code exists. */
export function joinRateLimit(perMinute: number) {
  return {
    max: perMinute,
    timeWindow: 60_000,
    // Thrown, then shaped by the error handler like every other error.
    errorResponseBuilder: () => ({ statusCode: 429, message: 'Too many join attempts; wait a minute.' }),
  };
}

export function joinRoutes(
  app: FastifyInstance,
  {
    store,
    meetings,
    joinRatePerMinute,
    now,
  }: { store: SessionStore; meetings: Meetings; joinRatePerMinute: number; now: () => number },
): void {
  app.post(
    '/api/join',
    { config: { rateLimit: joinRateLimit(joinRatePerMinute) } },
    async (request, reply) => {
      const parsed = joinBody.safeParse(request.body ?? {});
      if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
      const sessionId = await store.findByJoinCode(cleanJoinCode(parsed.data.joinCode));
      if (!sessionId) return sendError(reply, 'not_found', 'No meeting has that code.');

      const participantId = newId();
      const token = newToken();
      const outcome = await meetings.change(
        sessionId,
        (state) => admitMember(state, { participantId, name: parsed.data.name }, now()),
        { add: [{ hash: hashToken(token), grant: { sessionId, role: 'member', participantId } }] },
      );
      if (!outcome.ok) {
        return outcome.error.code === 'locked'
          ? sendError(reply, 'locked', outcome.error.message)
          : sendError(reply, 'not_found', outcome.error.message);
      }
      const joined: JoinedSession = { sessionId, participantId, token };
      return reply.code(201).send(joined);
    },
  );
}
