// "Continue" on the join page: whether a meeting has this code, asked before the member types a
// name, so a mistyped code is caught at once. It tells whether a code exists, so it counts as a join
// attempt and shares the join's limit (CONTRACT, "Joins").
import type { FastifyInstance } from 'fastify';
import { cleanJoinCode, JOIN_CODE_LENGTH } from '../../shared/join-codes';
import type { SessionStore } from '../store/session-store';
import { sendError } from './errors';
import { joinRateLimit } from './join';

export function joinCheckRoutes(
  app: FastifyInstance,
  { store, joinRatePerMinute }: { store: SessionStore; joinRatePerMinute: number },
): void {
  app.get<{ Params: { code: string } }>(
    '/api/join/:code',
    { config: { rateLimit: joinRateLimit(joinRatePerMinute) } },
    async (request, reply) => {
      const code = cleanJoinCode(request.params.code);
      // A code that cannot exist is answered without a look-up.
      const sessionId = code.length === JOIN_CODE_LENGTH ? await store.findByJoinCode(code) : null;
      if (!sessionId) return sendError(reply, 'not_found', 'No meeting has that code.');
      // Only that it exists: a locked room is found here, and the join itself offers to knock.
      return { ok: true };
    },
  );
}
