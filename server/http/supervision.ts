// The supervision reports of a group's meetings, with the group's token: the meeting's process
// facts by heading and each leader's own part, saved over the version that leader read (409 on a
// stale one), so two leaders writing at once never overwrite each other.
import type { FastifyInstance } from 'fastify';
import { leaderById } from '../../shared/leaders';
import {
  partBody,
  prefillOf,
  savePart,
  type SupervisionReport,
  type SupervisionReportSummary,
} from '../../shared/supervision';
import { allReportParts, completeLog, leaderList, logEntry, reportParts, saveReportPart } from '../group-records';
import { describeIssue } from './validation';
import type { SessionStore } from '../store/session-store';
import { sendError } from './errors';
import { authorizeGroup } from './group-access';

type ReportParams = { groupId: string; sessionId: string };

export function supervisionRoutes(app: FastifyInstance, { store, now }: { store: SessionStore; now: () => number }): void {
  app.get<{ Params: { groupId: string } }>('/api/groups/:groupId/reports', async (request, reply) => {
    const group = await authorizeGroup(store, request, reply);
    if (!group) return reply;
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

  app.get<{ Params: ReportParams }>('/api/groups/:groupId/reports/:sessionId', async (request, reply) => {
    const group = await authorizeGroup(store, request, reply);
    if (!group) return reply;
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

  app.put<{ Params: ReportParams & { leaderId: string } }>(
    '/api/groups/:groupId/reports/:sessionId/parts/:leaderId',
    async (request, reply) => {
      const group = await authorizeGroup(store, request, reply);
      if (!group) return reply;
      const parsed = partBody.safeParse(request.body ?? {});
      if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
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
      const saved = savePart(current, leaderId, parsed.data, now());
      if (!saved.ok) return sendError(reply, 'conflict', saved.message);
      if (!(await saveReportPart(store, group.groupId, sessionId, saved.part, current?.version ?? 0))) {
        return sendError(reply, 'conflict', 'This part was saved elsewhere meanwhile; reload it.');
      }
      return saved.part;
    },
  );
}
