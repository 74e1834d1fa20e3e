// Starting a meeting, its process record, and erasing it.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { surfacePaths } from '../../shared/paths';
import { createSessionBody, debriefBody, rotateLinkBody, type CreatedSession, type RotatedLink } from '../../shared/protocol';
import { buildReport } from '../../shared/report';
import { exportOptions, reportMarkdown } from '../../shared/report-markdown';
import type { Role } from '../../shared/roles';
import { createSession, writeDebriefNotes } from '../../shared/session';
import { findGroupFormat } from '../../shared/groups';
import { DEFAULT_FORMAT_ID } from '../../shared/templates';
import type { Broadcaster } from '../broadcast';
import type { Meetings } from '../meetings';
import { describeIssue } from './validation';
import { hashToken, newId, newJoinCode, newToken } from '../secrets';
import type { Grant, SessionStore } from '../store/session-store';
import { bearerToken, sendError } from './errors';
import { groupOfRequest } from './groups';
import { meetingLeaders } from './meeting-leaders';

const DEFAULT_TITLE = 'Balint group';

async function uniqueJoinCode(store: SessionStore): Promise<string> {
  for (;;) {
    const code = newJoinCode();
    if (!(await store.joinCodeInUse(code))) return code;
  }
}

export function sessionRoutes(
  app: FastifyInstance,
  {
    store,
    meetings,
    broadcaster,
    now,
    creationLimit,
  }: {
    store: SessionStore;
    meetings: Meetings;
    broadcaster: Broadcaster;
    now: () => number;
    /** Route options that rate-limit starting a meeting per address. */
    creationLimit: RouteShorthandOptions;
  },
): void {
  /** The grant behind the bearer token, if it belongs to this meeting and one of these roles. */
  async function authorize(
    request: FastifyRequest<{ Params: { sessionId: string } }>,
    reply: FastifyReply,
    roles: readonly Role[],
  ): Promise<Grant | null> {
    const token = bearerToken(request);
    const grant = token ? await store.resolveToken(hashToken(token)) : null;
    if (!grant || grant.sessionId !== request.params.sessionId) {
      sendError(reply, 'unauthorized', 'A valid token for this meeting is required.');
      return null;
    }
    if (!roles.includes(grant.role)) {
      sendError(reply, 'forbidden', 'This token may not do that.');
      return null;
    }
    return grant;
  }

  app.post('/api/sessions', creationLimit, async (request, reply) => {
    const parsed = createSessionBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    // With a group's token the meeting belongs to the group and may follow its own formats.
    const group = bearerToken(request) ? await groupOfRequest(store, request) : null;
    if (bearerToken(request) && !group) {
      return sendError(reply, 'unauthorized', 'That is not a valid group token.');
    }
    const format = findGroupFormat(group, parsed.data.template ?? DEFAULT_FORMAT_ID);
    if (!format) return sendError(reply, 'invalid', 'Unknown template.');
    const leaders = await meetingLeaders(store, group, parsed.data);
    if (!leaders.ok) return sendError(reply, 'invalid', leaders.message);

    const sessionId = newId();
    const joinCode = await uniqueJoinCode(store);
    const tokens = { leader: newToken(), 'co-leader': newToken(), display: newToken() };
    const state = createSession({
      sessionId,
      joinCode,
      title: parsed.data.title ?? DEFAULT_TITLE,
      format,
      groupId: group?.groupId ?? null,
      checkout: group?.checkout === true,
      language: parsed.data.language,
      ...(leaders.leaders ? { leaders: leaders.leaders } : {}),
      now: now(),
    });
    await store.create(
      state,
      (Object.keys(tokens) as (keyof typeof tokens)[]).map((role) => ({
        hash: hashToken(tokens[role]),
        grant: { sessionId, role },
      })),
    );
    const created: CreatedSession = {
      sessionId,
      joinCode,
      leaderToken: tokens.leader,
      coLeaderToken: tokens['co-leader'],
      displayToken: tokens.display,
      links: {
        leader: surfacePaths.leader(sessionId, tokens.leader),
        coLeader: surfacePaths.coLeader(sessionId, tokens['co-leader']),
        display: surfacePaths.display(sessionId, tokens.display),
        join: surfacePaths.join(joinCode),
      },
    };
    return reply.code(201).send(created);
  });

  app.get<{ Params: { sessionId: string }; Querystring: { format?: string; lang?: string; tz?: string } }>(
    '/api/sessions/:sessionId/report',
    async (request, reply) => {
      if (!(await authorize(request, reply, ['leader', 'co-leader']))) return reply;
      const state = await store.load(request.params.sessionId);
      if (!state) return sendError(reply, 'not_found', 'No such meeting.');
      const report = buildReport(state, now());
      if (request.query.format === 'md') {
        // In the leader's language and time zone (`?lang=&tz=`); anything unknown falls back, never an error.
        const options = exportOptions(request.query);
        return reply
          .type('text/markdown; charset=utf-8')
          .header('content-language', options.lang)
          .send(reportMarkdown(report, options));
      }
      return report;
    },
  );

  // The leaders' notes for supervision, once the meeting has ended: kept with the meeting and erased
  // with it, never part of the process record (their own export adds them after it).
  app.put<{ Params: { sessionId: string } }>('/api/sessions/:sessionId/debrief', async (request, reply) => {
    if (!(await authorize(request, reply, ['leader', 'co-leader']))) return reply;
    const parsed = debriefBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    const outcome = await meetings.change(request.params.sessionId, (state) =>
      writeDebriefNotes(state, parsed.data.notes),
    );
    if (!outcome.ok) {
      return outcome.error.code === 'not_found'
        ? sendError(reply, 'not_found', outcome.error.message)
        : sendError(reply, 'conflict', outcome.error.message);
    }
    return { version: outcome.state.version };
  });

  // A link shown by mistake (on the projector, in a shared chat) is replaced: the old token stops
  // opening anything at once, and the screens that used it are told and closed.
  app.post<{ Params: { sessionId: string } }>('/api/sessions/:sessionId/links', async (request, reply) => {
    if (!(await authorize(request, reply, ['leader']))) return reply;
    const parsed = rotateLinkBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    const { sessionId } = request.params;
    const state = await store.load(sessionId);
    if (!state) return sendError(reply, 'not_found', 'No such meeting.');
    if (state.endedAt !== null) return sendError(reply, 'conflict', 'This meeting has ended.');
    const { role } = parsed.data;
    const token = newToken();
    if (!(await store.replaceRoleToken(sessionId, role, hashToken(token)))) {
      return sendError(reply, 'not_found', 'No such meeting.');
    }
    broadcaster.closeRole(sessionId, role);
    const link = role === 'co-leader' ? surfacePaths.coLeader(sessionId, token) : surfacePaths.display(sessionId, token);
    const rotated: RotatedLink = { role, token, link };
    return reply.code(201).send(rotated);
  });

  app.delete<{ Params: { sessionId: string } }>('/api/sessions/:sessionId', async (request, reply) => {
    if (!(await authorize(request, reply, ['leader']))) return reply;
    await store.erase(request.params.sessionId);
    broadcaster.closeMeeting(request.params.sessionId);
    return reply.code(204).send();
  });
}
