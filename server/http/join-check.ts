// "Continue" on the join page: whether a meeting has this code, asked before the member types a
// name, so a mistyped code is caught at once. It tells whether a code exists, so it is a join
// attempt like any other (server/join-guard.ts): a wrong code is a miss, a right one counts nowhere.
import type { FastifyPluginAsync } from 'fastify';
import { lookUpCode, openAttempt, type JoinDeps } from './join';

export const joinCheckRoutes: FastifyPluginAsync<Pick<JoinDeps, 'store' | 'guard' | 'metrics' | 'now'>> = async (app, deps) => {
  app.get<{ Params: { code: string } }>('/api/join/:code', async (request, reply) => {
    const attempt = await openAttempt(request, reply, deps);
    if (!attempt) return reply;
    const sessionId = await lookUpCode(attempt, reply, request.params.code, deps);
    if (!sessionId) return reply;
    await attempt.close('checked');
    // Only that it exists: a locked room is found here, and the join itself offers to knock.
    return { ok: true };
  });
};
