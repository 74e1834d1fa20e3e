// The group's leaders and its leading log, with the group's token: the list the leaders keep of
// themselves, one row per meeting (oldest first, filtered by leader and dates), as JSON or CSV.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { leadersAreListed, leadersBody, withLeaders } from '../../shared/leaders';
import { leadingLog, logCsv, logRowBody, withRowChange } from '../../shared/leading-log';
import { completeLog, leaderList, logEntry, saveLeaderList, saveLogEntry } from '../group-records';
import { newId } from '../secrets';
import type { MeetingStore } from '../backends/meeting-store';
import { sendError } from './errors';
import { allow, allowedGroup } from './authorize';
import { groupParams } from './groups';

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

export const leadingLogRoutes: FastifyPluginAsyncZod<{ store: MeetingStore }> = async (app, { store }) => {
  app.get('/api/groups/:groupId/leaders', { schema: { params: groupParams }, preValidation: allow(store, 'leaders.read') }, async (request) =>
    leaderList(store, allowedGroup(request).groupId),
  );

  const leaders = { params: groupParams, body: leadersBody };
  app.put('/api/groups/:groupId/leaders', { schema: leaders, preValidation: allow(store, 'leaders.save') }, async (request, reply) => {
    const group = allowedGroup(request);
    const before = await leaderList(store, group.groupId);
    const changed = withLeaders(before, request.body, newId);
    if (!changed.ok) return sendError(reply, changed.code, changed.message);
    if (!(await saveLeaderList(store, group.groupId, changed.list, before))) {
      return sendError(reply, 'conflict', 'The list of leaders was changed meanwhile; reload it.');
    }
    return changed.list;
  });

  const logRead = { params: groupParams, querystring: logQuery };
  app.get('/api/groups/:groupId/log', { schema: logRead, preValidation: allow(store, 'log.read') }, async (request, reply) => {
    const group = allowedGroup(request);
    const { format, leader, from, to, tz } = request.query;
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
  const row = { params: groupParams.extend({ sessionId: z.string() }), body: logRowBody };
  app.put('/api/groups/:groupId/log/:sessionId', { schema: row, preValidation: allow(store, 'log.correct') }, async (request, reply) => {
    const group = allowedGroup(request);
    const change = request.body;
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
};
