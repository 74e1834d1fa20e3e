// Starting a meeting, its process record, and erasing it.
import type { RouteShorthandOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { surfacePaths } from '../../shared/paths';
import { createMeetingBody, debriefBody, rotateLinkBody, type CreatedMeeting, type RotatedLink } from '../../shared/protocol';
import { buildReport } from '../../shared/report';
import { exportOptions, reportMarkdown } from '../../shared/report-markdown';
import type { Role } from '../../shared/roles';
import { createMeeting } from '../../shared/meeting-start';
import { writeDebriefNotes } from '../../shared/changes/room';
import { findGroupFormat } from '../../shared/groups';
import { DEFAULT_FORMAT_ID } from '../../shared/templates';
import type { Broadcaster } from '../broadcast';
import type { Meetings } from '../meetings';
import { hashToken, newId, newJoinCode, newToken } from '../secrets';
import type { MeetingStore } from '../backends/meeting-store';
import { allow, groupOfRequest } from './authorize';
import { bearerToken, sendError } from './errors';
import { meetingLeaders } from './meeting-leaders';

const DEFAULT_TITLE = 'Balint group';

async function uniqueJoinCode(store: MeetingStore): Promise<string> {
  for (;;) {
    const code = newJoinCode();
    if (!(await store.joinCodeInUse(code))) return code;
  }
}

export interface MeetingRoutesOptions {
  store: MeetingStore;
  meetings: Meetings;
  broadcaster: Broadcaster;
  now: () => number;
  /** Route options that rate-limit starting a meeting per address. */
  creationLimit: Pick<RouteShorthandOptions, 'config'>;
}

const meetingParams = z.object({ sessionId: z.string() });
/** The process record's export options: anything unknown falls back, never an error. */
const reportQuery = z.object({ format: z.unknown().optional(), lang: z.unknown().optional(), tz: z.unknown().optional() });

export const meetingRoutes: FastifyPluginAsyncZod<MeetingRoutesOptions> = async (
  app,
  { store, meetings, broadcaster, now, creationLimit },
) => {
  app.post('/api/sessions', { ...creationLimit, schema: { body: createMeetingBody } }, async (request, reply) => {
    const { body } = request;
    // With a group's token the meeting belongs to the group and may follow its own formats.
    const group = bearerToken(request) ? await groupOfRequest(store, request) : null;
    if (bearerToken(request) && !group) {
      return sendError(reply, 'unauthorized', 'That is not a valid group token.');
    }
    const format = findGroupFormat(group, body.template ?? DEFAULT_FORMAT_ID);
    if (!format) return sendError(reply, 'invalid', 'Unknown template.');
    const leaders = await meetingLeaders(store, group, body);
    if (!leaders.ok) return sendError(reply, 'invalid', leaders.message);

    const sessionId = newId();
    const joinCode = await uniqueJoinCode(store);
    const tokens = { leader: newToken(), 'co-leader': newToken(), display: newToken() };
    const state = createMeeting({
      sessionId,
      joinCode,
      title: body.title ?? DEFAULT_TITLE,
      format,
      groupId: group?.groupId ?? null,
      checkout: group?.checkout === true,
      language: body.language,
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
    const created: CreatedMeeting = {
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

  app.get(
    '/api/sessions/:sessionId/report',
    { schema: { params: meetingParams, querystring: reportQuery }, preValidation: allow(store, 'report.read') },
    async (request, reply) => {
      const state = await store.load(request.params.sessionId);
      if (!state) return sendError(reply, 'not_found', 'No such meeting.');
      const report = buildReport(state, now());
      if (request.query.format === 'md') {
        // In the leader's language and time zone (`?lang=&tz=`).
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
  app.put(
    '/api/sessions/:sessionId/debrief',
    { schema: { params: meetingParams, body: debriefBody }, preValidation: allow(store, 'debrief.write') },
    async (request, reply) => {
      const { notes } = request.body;
      const outcome = await meetings.change(request.params.sessionId, (state) => writeDebriefNotes(state, notes));
      if (!outcome.ok) return sendError(reply, outcome.error.code, outcome.error.message);
      return { version: outcome.state.version };
    },
  );

  // A link shown by mistake (on the projector, in a shared chat) is replaced: the old token stops
  // opening anything at once, and the screens that used it are told and closed.
  const replaceLink = { params: meetingParams, body: rotateLinkBody };
  app.post('/api/sessions/:sessionId/links', { schema: replaceLink, preValidation: allow(store, 'link.replace') }, async (request, reply) => {
    const { sessionId } = request.params;
    const state = await store.load(sessionId);
    if (!state) return sendError(reply, 'not_found', 'No such meeting.');
    if (state.endedAt !== null) return sendError(reply, 'conflict', 'This meeting has ended.');
    const { role } = request.body;
    const token = newToken();
    if (!(await store.replaceRoleToken(sessionId, role, hashToken(token)))) {
      return sendError(reply, 'not_found', 'No such meeting.');
    }
    broadcaster.closeRole(sessionId, role);
    const link = role === 'co-leader' ? surfacePaths.coLeader(sessionId, token) : surfacePaths.display(sessionId, token);
    const rotated: RotatedLink = { role, token, link };
    return reply.code(201).send(rotated);
  });

  app.delete('/api/sessions/:sessionId', { schema: { params: meetingParams }, preValidation: allow(store, 'meeting.erase') }, async (request, reply) => {
    await store.erase(request.params.sessionId);
    broadcaster.closeMeeting(request.params.sessionId);
    return reply.code(204).send();
  });
};
