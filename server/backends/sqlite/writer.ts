// The SQLite writer: a worker thread that owns the database's one write connection. Every write
// waits for its fsync (synchronous = FULL) before it is answered, but it waits here, not on the
// event loop that serves the room. Writes that arrive together are committed together: one fsync
// for all of them, each in its own savepoint, so one refused write never undoes another.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Role } from '../../../shared/roles';
import type { Grant } from '../meeting-store';
import { createLogTruncation, WRITE_WAIT_MS } from './log-truncation';
import { createSchema } from './schema';
import { prepareWrites } from './writer-statements';
import { DATABASE_FILE, type Write, type WriteReply, type WriteRequest } from './writes';

function openWriter(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Deleted text is overwritten, not left in free pages: ending a meeting really erases names.
  db.pragma('secure_delete = ON');
  // The reading connection may hold the log for an instant while the writer checkpoints.
  db.pragma(`busy_timeout = ${WRITE_WAIT_MS}`);
  createSchema(db);

  const statements = prepareWrites(db);

  const insertTokens = (tokens: { hash: string; grant: Grant }[]): void => {
    for (const { hash, grant } of tokens) {
      statements.insertToken.run(hash, grant.sessionId, grant.role satisfies Role, grant.participantId ?? null);
    }
  };

  const eraseSession = (sessionId: string): void => {
    statements.deleteCheckoutMarks.run(sessionId);
    statements.deleteSessionTokens.run(sessionId);
    statements.deleteAttendance.run(sessionId);
    statements.deleteSession.run(sessionId);
  };

  /** The group, its formats and its meetings; returns the meetings. */
  const eraseGroup = (groupId: string): string[] => {
    const sessions = statements.selectGroupSessions.all(groupId).map((row) => row.id);
    for (const sessionId of sessions) eraseSession(sessionId);
    statements.deleteGroupRecords.run(groupId);
    statements.deleteGroup.run(groupId);
    return sessions;
  };

  /** Each write, as one savepoint inside the batch's transaction; true when the log must be truncated. */
  const perform = db.transaction((write: Write): { result: unknown; truncate: boolean } => {
    switch (write.op) {
      case 'create': {
        const { row } = write;
        statements.insertSession.run(row.sessionId, row.joinCode, row.ended ? 1 : 0, row.version, row.json, row.updatedAt, row.groupId);
        insertTokens(write.tokens);
        return { result: true, truncate: false };
      }
      case 'save': {
        const { row } = write;
        const updated = statements.updateSession.run(
          row.ended ? 1 : 0,
          row.version,
          row.json,
          row.updatedAt,
          row.sessionId,
          write.expectedVersion,
        );
        if (updated.changes !== 1) return { result: false, truncate: false };
        insertTokens(write.tokens?.add ?? []);
        if (write.tokens?.revokeParticipant) {
          statements.deleteParticipantTokens.run(row.sessionId, write.tokens.revokeParticipant);
        }
        // The end took who was there into the meeting's state: the marks here go with the names.
        if (write.erasing) statements.deleteAttendance.run(row.sessionId);
        // The meeting ended: who answered the check-out goes with the names.
        if (write.erasing) statements.deleteCheckoutMarks.run(row.sessionId);
        return { result: true, truncate: write.erasing };
      }
      case 'erase':
        eraseSession(write.sessionId);
        return { result: true, truncate: true };
      case 'sweep': {
        const stale = statements.selectStale.all(write.before).map((row) => row.id);
        for (const sessionId of stale) eraseSession(sessionId);
        return { result: stale, truncate: stale.length > 0 };
      }
      case 'touch':
        statements.touchSession.run(write.at, write.sessionId);
        return { result: true, truncate: false };
      case 'markAttended':
        statements.insertAttendance.run(write.sessionId, write.participantId);
        return { result: true, truncate: false };
      case 'replaceRoleToken': {
        if (!statements.sessionExists.get(write.sessionId)) return { result: false, truncate: false };
        statements.deleteRoleTokens.run(write.sessionId, write.role);
        statements.insertToken.run(write.hash, write.sessionId, write.role, null);
        return { result: true, truncate: false };
      }
      case 'createGroup':
        statements.insertGroup.run(write.groupId, write.tokenHash, write.json, write.at);
        return { result: true, truncate: false };
      case 'saveGroup':
        statements.updateGroup.run(write.json, write.at, write.groupId);
        return { result: true, truncate: false };
      case 'touchGroup':
        statements.touchGroup.run(write.at, write.groupId);
        return { result: true, truncate: false };
      case 'putGroupRecord': {
        if (!statements.groupExists.get(write.groupId)) return { result: false, truncate: false };
        const saved =
          write.expectedVersion === 0
            ? statements.insertGroupRecord.run(write.groupId, write.key, write.json)
            : statements.updateGroupRecord.run(write.json, write.groupId, write.key, write.expectedVersion);
        return { result: saved.changes === 1, truncate: write.erasing && saved.changes === 1 };
      }
      case 'eraseGroup':
        return { result: eraseGroup(write.groupId), truncate: true };
      case 'markCheckout':
        return { result: statements.insertCheckoutMark.run(write.sessionId, write.mark).changes === 1, truncate: false };
      case 'unmarkCheckout':
        statements.deleteCheckoutMark.run(write.sessionId, write.mark);
        return { result: true, truncate: false };
      case 'sweepGroups': {
        const stale = statements.selectStaleGroups.all(write.before).map((row) => row.id);
        const sessions = stale.flatMap(eraseGroup);
        return { result: sessions, truncate: stale.length > 0 };
      }
    }
  });

  /** One transaction, one fsync, for everything that arrived together. */
  const commit = db.transaction((batch: WriteRequest[]) => {
    let truncate = false;
    const replies = batch.map((request): WriteReply => {
      try {
        const done = perform(request);
        truncate ||= done.truncate;
        return { id: request.id, ok: true, result: done.result };
      } catch (error) {
        return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    });
    return { replies, truncate };
  });

  const writeAheadLog = createLogTruncation(db, dataDir);

  return {
    commit(batch: WriteRequest[]): WriteReply[] {
      const { replies, truncate } = commit(batch);
      if (truncate) writeAheadLog.truncateSoon();
      return replies;
    },
    close: () => {
      writeAheadLog.lastTry();
      db.close();
    },
  };
}

if (parentPort) {
  const port = parentPort;
  const writer = openWriter((workerData as { dataDir: string }).dataDir);
  let queued: WriteRequest[] = [];
  let scheduled = false;
  const commitPart = (batch: WriteRequest[]) => {
    if (batch.length === 0) return;
    try {
      for (const reply of writer.commit(batch)) port.postMessage(reply);
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): none of the batch was saved.
      const message = error instanceof Error ? error.message : String(error);
      for (const request of batch) port.postMessage({ id: request.id, ok: false, message } satisfies WriteReply);
    }
  };
  const flush = () => {
    scheduled = false;
    const batch = queued;
    queued = [];
    // The check-out's "answered" marks never share a transaction with a meeting's state (its
    // counts): a commit holding both would tie a member to an answer.
    const isMark = (request: WriteRequest) => request.op === 'markCheckout' || request.op === 'unmarkCheckout';
    commitPart(batch.filter((request) => !isMark(request)));
    commitPart(batch.filter(isMark));
  };
  port.on('message', (message: WriteRequest | { op: 'close' }) => {
    if (message.op === 'close') {
      if (queued.length > 0) flush();
      writer.close();
      port.close();
      return;
    }
    queued.push(message);
    // Whatever else is already waiting in the port joins this batch.
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
  port.postMessage({ ready: true });
}
