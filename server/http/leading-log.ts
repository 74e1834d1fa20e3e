// The group's leaders and its leading log, with the group's token: the list the leaders keep of
// themselves, one row per meeting (oldest first, filtered by leader and dates), as JSON or CSV.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { leadersAreListed, leadersBody, withLeaders } from '../../shared/leaders';
import { leadingLog, logCsv, logRowBody, withRowChange } from '../../shared/leading-log';
import { completeLog, leaderList, logEntry, saveLeaderList, saveLogEntry } from '../group-records';
import { describeIssue } from './validation';
import { newId } from '../secrets';
import type { SessionStore } from '../store/session-store';
import { sendError } from './errors';
import { authorizeGroup } from './group-access';

/** A row saved over by someone else is read again and the change applied anew, this many times at most. */
const ROW_SAVE_ATTEMPTS = 5;

const logQuery = z.object({
  format: z.enum(['json', 'csv']).optional(),
  leader: z.string().min(1).max(64).optional(),
  from: z.coerce.number().int().optional(),
  to: z.coerce.number().int().optional(),
  tz: z.string().max(64).optional(),
});

function knownZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

export function leadingLogRoutes(app: FastifyInstance, { store }: { store: SessionStore }): void {
  app.get<{ Params: { groupId: string } }>('/api/groups/:groupId/leaders', async (request, reply) => {
    const group = await authorizeGroup(store, request, reply);
    if (!group) return reply;
    return leaderList(store, group.groupId);
  });

  app.put<{ Params: { groupId: string } }>('/api/groups/:groupId/leaders', async (request, reply) => {
    const group = await authorizeGroup(store, request, reply);
    if (!group) return reply;
    const parsed = leadersBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    const before = await leaderList(store, group.groupId);
    const changed = withLeaders(before, parsed.data, newId);
    if (!changed.ok) return sendError(reply, changed.code, changed.message);
    if (!(await saveLeaderList(store, group.groupId, changed.list, before))) {
      return sendError(reply, 'conflict', 'The list of leaders was changed meanwhile; reload it.');
    }
    return changed.list;
  });

  app.get<{ Params: { groupId: string } }>('/api/groups/:groupId/log', async (request, reply) => {
    const group = await authorizeGroup(store, request, reply);
    if (!group) return reply;
    const query = logQuery.safeParse(request.query ?? {});
    if (!query.success) return sendError(reply, 'invalid', describeIssue(query.error));
    const { format, leader, from, to, tz } = query.data;
    const entries = (await completeLog(store, group.groupId)).map((record) => record.value);
    const log = leadingLog(entries, await leaderList(store, group.groupId), { leaderId: leader ?? null, from: from ?? null, to: to ?? null });
    if (format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="leading-log.csv"')
        .send(logCsv(log.rows, knownZone(tz)));
    }
    return log;
  });

  // Who led and co-led, corrected afterwards; whether the meeting was supervised, and by whose initials.
  app.put<{ Params: { groupId: string; sessionId: string } }>('/api/groups/:groupId/log/:sessionId', async (request, reply) => {
    const group = await authorizeGroup(store, request, reply);
    if (!group) return reply;
    const parsed = logRowBody.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
    const change = parsed.data;
    const list = await leaderList(store, group.groupId);
    if (!leadersAreListed(list, [change.ledBy, change.coLedBy])) {
      return sendError(reply, 'invalid', 'That leader is not on this group’s list.');
    }
    await completeLog(store, group.groupId);
    // A change names only what it changes: two saved at once (the tick, then the initials) are both
    // applied, the later one read again over the earlier.
    for (let attempt = 0; attempt < ROW_SAVE_ATTEMPTS; attempt += 1) {
      const held = await logEntry(store, group.groupId, request.params.sessionId);
      if (!held) return sendError(reply, 'not_found', 'No such meeting in this group’s log.');
      const entry = withRowChange(held.value, change);
      if (entry.ledBy !== null && entry.ledBy === entry.coLedBy) {
        return sendError(reply, 'invalid', 'One leader cannot both lead and co-lead a meeting.');
      }
      if (await saveLogEntry(store, group.groupId, entry, held.version)) return leadingLog([entry], list).rows[0];
    }
    return sendError(reply, 'conflict', 'This row is being changed elsewhere; reload the log.');
  });
}
