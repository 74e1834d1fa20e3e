// The supervision reports of a group's meetings, with the group's token: the meeting's process
// facts by heading and each leader's own part, saved over the version that leader read (409 on a
// stale one), so two leaders writing at once never overwrite each other.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { leaderById } from '../../shared/leaders';
import {
  partBody,
  prefillOf,
  savePart,
  type SupervisionReport,
  type SupervisionReportSummary,
} from '../../shared/supervision';
import { allReportParts, completeLog, leaderList, logEntry, reportParts, saveReportPart } from '../group-records';
import type { MeetingStore } from '../backends/meeting-store';
import { sendError } from './errors';
import { allow, allowedGroup } from './authorize';
import { groupParams } from './groups';

const reportParams = groupParams.extend({ sessionId: z.string() });

export const supervisionRoutes: FastifyPluginAsyncZod<{ store: MeetingStore; now: () => number }> = async (app, { store, now }) => {
  app.get('/api/groups/:groupId/reports', { schema: { params: groupParams }, preValidation: allow(store, 'supervision.read') }, async (request) => {
    const group = allowedGroup(request);
    const entries = await completeLog(store, group.groupId);
    const parts = await allReportParts(store, group.groupId);
    const reports: SupervisionReportSummary[] = entries
      .map(({ value: entry }) => {
        const own = parts.filter((part) => part.sessionId === entry.sessionId);
        return {
          sessionId: entry.sessionId,
          title: entry.title,
          date: entry.date,
          authors: own.map((part) => part.value.authorId),
          presenterCheckIn: own.some((part) => part.value.presenterCheckIn),
        };
      })
      .filter((summary) => summary.authors.length > 0)
      .sort((a, b) => a.date - b.date);
    return { reports };
  });

  const report = { params: reportParams };
  app.get('/api/groups/:groupId/reports/:sessionId', { schema: report, preValidation: allow(store, 'supervision.read') }, async (request, reply) => {
    const group = allowedGroup(request);
    await completeLog(store, group.groupId);
    const held = await logEntry(store, group.groupId, request.params.sessionId);
    if (!held) return sendError(reply, 'not_found', 'No ended meeting of this group has that id.');
    const parts = await reportParts(store, group.groupId, request.params.sessionId);
    const report: SupervisionReport = {
      sessionId: held.value.sessionId,
      title: held.value.title,
      format: held.value.format,
      date: held.value.date,
      prefill: prefillOf(held.value.facts),
      parts: parts.map(({ value, version }) => ({ ...value, version })),
    };
    return report;
  });

  app.put(
    '/api/groups/:groupId/reports/:sessionId/parts/:leaderId',
    {
      schema: { params: reportParams.extend({ leaderId: z.string() }), body: partBody },
      preValidation: allow(store, 'supervision.write'),
    },
    async (request, reply) => {
      const group = allowedGroup(request);
      const { sessionId, leaderId } = request.params;
      if (!leaderById(await leaderList(store, group.groupId), leaderId)) {
        return sendError(reply, 'invalid', 'That leader is not on this group’s list.');
      }
      await completeLog(store, group.groupId);
      if (!(await logEntry(store, group.groupId, sessionId))) {
        return sendError(reply, 'not_found', 'No ended meeting of this group has that id.');
      }
      const held = (await reportParts(store, group.groupId, sessionId)).find((part) => part.value.authorId === leaderId);
      const current = held ? { ...held.value, version: held.version } : null;
      const saved = savePart(current, leaderId, request.body, now());
      if (!saved.ok) return sendError(reply, 'conflict', saved.message);
      if (!(await saveReportPart(store, group.groupId, sessionId, saved.part, current?.version ?? 0))) {
        return sendError(reply, 'conflict', 'This part was saved elsewhere meanwhile; reload it.');
      }
      return saved.part;
    },
  );
};
