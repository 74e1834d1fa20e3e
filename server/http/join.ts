// A member joins with the room's code and a first name; no account.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { cleanJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/join-codes';
import { joinBody, type JoinedMeeting } from '../../shared/protocol';
import { admitMember } from '../../shared/changes/people';
import type { JoinAttempt, JoinGuard } from '../join-guard';
import type { Meetings } from '../meetings';
import type { Metrics } from '../metrics';
import { describeIssue } from './validation';
import { hashToken, newId, newToken } from '../secrets';
import type { MeetingStore } from '../backends/meeting-store';
import { sendError } from './errors';

/** Joins are refused to a meeting nobody has used for a day: its code is no longer the room's. */
export const JOINABLE_FOR_MS = 24 * 60 * 60 * 1000;

export interface JoinDeps {
  store: MeetingStore;
  meetings: Meetings;
  guard: JoinGuard;
  maxParticipants: number;
  metrics: Metrics;
  now: () => number;
}

const WELL_FORMED = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

type Found = { attempt: JoinAttempt; sessionId: string; name: string };

/**
 * Every request that tells whether a code exists comes through here: the body is checked, the
 * attempt counted (server/join-guard.ts), the code looked up. Null when the reply is already sent.
 */
export async function findMeetingToJoin(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<JoinDeps, 'store' | 'guard' | 'metrics' | 'now'>,
): Promise<Found | null> {
  const attempt = await openAttempt(request, reply, deps);
  if (!attempt) return null;
  const parsed = joinBody.safeParse(request.body ?? {});
  if (!parsed.success) {
    await attempt.close('failed');
    deps.metrics.joinRefused('invalid');
    sendError(reply, 'invalid', describeIssue(parsed.error));
    return null;
  }
  const sessionId = await lookUpCode(attempt, reply, parsed.data.joinCode, deps);
  return sessionId ? { attempt, sessionId, name: parsed.data.name } : null;
}

/** An attempt from the request's address, or null with a 429 sent. */
export async function openAttempt(
  request: FastifyRequest,
  reply: FastifyReply,
  { guard, metrics }: Pick<JoinDeps, 'guard' | 'metrics'>,
): Promise<JoinAttempt | null> {
  const attempt = await guard.open(request.ip);
  if (typeof attempt !== 'string') return attempt;
  metrics.joinRefused('rate_limited');
  sendError(reply, 'rate_limited', attempt);
  return null;
}

/** The meeting a typed code opens, or null with the refusal sent (and the attempt counted). */
export async function lookUpCode(
  attempt: JoinAttempt,
  reply: FastifyReply,
  typed: string,
  { store, metrics, now }: Pick<JoinDeps, 'store' | 'metrics' | 'now'>,
): Promise<string | null> {
  const code = cleanJoinCode(typed);
  // A code that cannot exist is answered without a look-up, so it spends none of the server's misses.
  if (!WELL_FORMED.test(code)) {
    await attempt.close('failed');
    metrics.joinRefused('unknown_code');
    sendError(reply, 'not_found', 'No meeting has that code.');
    return null;
  }
  const busy = await attempt.lookUp(code);
  if (busy) {
    metrics.joinRefused('rate_limited');
    sendError(reply, 'rate_limited', busy);
    return null;
  }
  const sessionId = await store.findByJoinCode(code, now() - JOINABLE_FOR_MS);
  if (!sessionId) {
    await attempt.close('miss');
    metrics.joinRefused('unknown_code');
    sendError(reply, 'not_found', 'No meeting has that code.');
    return null;
  }
  await attempt.found();
  return sessionId;
}

export const joinRoutes: FastifyPluginAsync<JoinDeps> = async (app, deps) => {
  const { meetings, maxParticipants, metrics, now } = deps;
  app.post('/api/join', async (request, reply) => {
    const found = await findMeetingToJoin(request, reply, deps);
    if (!found) return reply;
    const { attempt, sessionId, name } = found;
    const participantId = newId();
    const token = newToken();
    const outcome = await meetings
      .change(
        sessionId,
        (state) => admitMember(state, { participantId, name }, now(), maxParticipants),
        { add: [{ hash: hashToken(token), grant: { sessionId, role: 'member', participantId } }] },
      )
      .catch(async (error: unknown) => {
        await attempt.close('refused');
        throw error;
      });
    if (!outcome.ok) {
      const { code, message } = outcome.error;
      // A full meeting is not the joiner's doing; a locked room is a failed attempt.
      await attempt.close(code === 'forbidden' ? 'refused' : 'failed');
      metrics.joinRefused(code === 'forbidden' ? 'full' : code === 'locked' ? 'locked' : 'unknown_code');
      // A full room and a locked one say so; anything else (gone meanwhile, busy) reads as no meeting to join.
      return sendError(reply, code === 'forbidden' || code === 'locked' ? code : 'not_found', message);
    }
    await attempt.close('joined');
    metrics.joined('join');
    const joined: JoinedMeeting = { sessionId, participantId, token };
    return reply.code(201).send(joined);
  });
};
