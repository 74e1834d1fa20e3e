// The SQLite writer: a worker thread that owns the database's one write connection. Every write
// waits for its fsync (synchronous = FULL) before it is answered, but it waits here, not on the
// event loop that serves the room. Writes that arrive together are committed together: one fsync
// for all of them, each in its own savepoint, so one refused write never undoes another.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Role } from '../../shared/roles';
import type { Grant } from './session-store';
import { DATABASE_FILE, type Write, type WriteReply, type WriteRequest } from './sqlite-writes';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL,
    ended INTEGER NOT NULL,
    version INTEGER NOT NULL,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    group_id TEXT
  );
  CREATE INDEX IF NOT EXISTS sessions_by_group ON sessions (group_id);
  CREATE TABLE IF NOT EXISTS groups (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    group_json TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS sessions_by_join_code ON sessions (join_code, ended);
  CREATE INDEX IF NOT EXISTS sessions_by_updated_at ON sessions (updated_at);
  CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    role TEXT NOT NULL,
    participant_id TEXT
  );
  CREATE INDEX IF NOT EXISTS tokens_by_session ON tokens (session_id);
  CREATE TABLE IF NOT EXISTS attendance (
    session_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    PRIMARY KEY (session_id, participant_id)
  ) WITHOUT ROWID;
  -- Who has answered the check-out: apart from the meeting's state, which holds the counts.
  CREATE TABLE IF NOT EXISTS checkout_marks (
    session_id TEXT NOT NULL,
    mark TEXT NOT NULL,
    PRIMARY KEY (session_id, mark)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS group_records (
    group_id TEXT NOT NULL,
    key TEXT NOT NULL,
    version INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (group_id, key)
  );
`;

/** Groups saved before they were swept had no last use: they count as used when this version starts. */
function addGroupActivity(db: Database.Database): void {
  const columns = db.pragma('table_info(groups)') as { name: string }[];
  if (columns.some((column) => column.name === 'updated_at')) return;
  db.exec('ALTER TABLE groups ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0');
  db.prepare('UPDATE groups SET updated_at = ?').run(Date.now());
}

/** How long a write waits for the database; a checkpoint waits less, and is tried again. */
const WRITE_WAIT_MS = 5000;
const CHECKPOINT_WAIT_MS = 200;
const CHECKPOINT_RETRY_MS = 250;
const CHECKPOINT_RETRY_MAX_MS = 5000;

function openWriter(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Deleted text is overwritten, not left in free pages: ending a meeting really erases names.
  db.pragma('secure_delete = ON');
  // The reading connection may hold the log for an instant while the writer checkpoints.
  db.pragma(`busy_timeout = ${WRITE_WAIT_MS}`);
  db.exec(SCHEMA);
  addGroupActivity(db);
  db.exec('CREATE INDEX IF NOT EXISTS groups_by_updated_at ON groups (updated_at)');

  const statements = {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, join_code, ended, version, state, updated_at, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateSession: db.prepare(
      'UPDATE sessions SET ended = ?, version = ?, state = ?, updated_at = ? WHERE id = ? AND version = ?',
    ),
    insertToken: db.prepare('INSERT INTO tokens (hash, session_id, role, participant_id) VALUES (?, ?, ?, ?)'),
    deleteParticipantTokens: db.prepare('DELETE FROM tokens WHERE session_id = ? AND participant_id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    insertAttendance: db.prepare('INSERT OR IGNORE INTO attendance (session_id, participant_id) VALUES (?, ?)'),
    deleteAttendance: db.prepare('DELETE FROM attendance WHERE session_id = ?'),
    deleteSessionTokens: db.prepare('DELETE FROM tokens WHERE session_id = ?'),
    selectStale: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE updated_at < ?'),
    touchSession: db.prepare('UPDATE sessions SET updated_at = max(updated_at, ?) WHERE id = ?'),
    deleteRoleTokens: db.prepare('DELETE FROM tokens WHERE session_id = ? AND role = ? AND participant_id IS NULL'),
    sessionExists: db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE id = ?'),
    insertGroup: db.prepare('INSERT INTO groups (id, token_hash, group_json, updated_at) VALUES (?, ?, ?, ?)'),
    updateGroup: db.prepare('UPDATE groups SET group_json = ?, updated_at = max(updated_at, ?) WHERE id = ?'),
    touchGroup: db.prepare('UPDATE groups SET updated_at = max(updated_at, ?) WHERE id = ?'),
    selectStaleGroups: db.prepare<[number], { id: string }>('SELECT id FROM groups WHERE updated_at < ?'),
    selectGroupSessions: db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE group_id = ? ORDER BY rowid'),
    deleteGroup: db.prepare('DELETE FROM groups WHERE id = ?'),
    insertCheckoutMark: db.prepare('INSERT OR IGNORE INTO checkout_marks (session_id, mark) VALUES (?, ?)'),
    deleteCheckoutMark: db.prepare('DELETE FROM checkout_marks WHERE session_id = ? AND mark = ?'),
    deleteCheckoutMarks: db.prepare('DELETE FROM checkout_marks WHERE session_id = ?'),
    groupExists: db.prepare<[string], { id: string }>('SELECT id FROM groups WHERE id = ?'),
    insertGroupRecord: db.prepare(
      'INSERT INTO group_records (group_id, key, version, json) VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING',
    ),
    updateGroupRecord: db.prepare(
      'UPDATE group_records SET version = version + 1, json = ? WHERE group_id = ? AND key = ? AND version = ?',
    ),
    deleteGroupRecords: db.prepare('DELETE FROM group_records WHERE group_id = ?'),
  };

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

  const walFile = join(dataDir, `${DATABASE_FILE}-wal`);
  const walIsEmpty = (): boolean => {
    try {
      return statSync(walFile).size === 0;
    } catch {
      return true; // no log at all
    }
  };
  /**
   * Old page images of erased text wait in the write-ahead log until it is checkpointed away. A
   * reader in the middle of a read (the server's own for an instant, or a backup for minutes)
   * makes the checkpoint give up with `busy`: then the log still holds the names, and it is tried
   * again, less and less often, until it is empty. A retry never waits for the reader, so a long
   * backup never holds the meetings' writes.
   */
  let truncatePending = false;
  let retries = 0;
  let retry: NodeJS.Timeout | null = null;
  const truncateLog = (waitMs: number): void => {
    db.pragma(`busy_timeout = ${waitMs}`);
    try {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
      truncatePending = !(result && result.busy === 0 && walIsEmpty());
    } catch {
      truncatePending = true; // the disk refused for now: the same as busy
    } finally {
      db.pragma(`busy_timeout = ${WRITE_WAIT_MS}`);
    }
    if (!truncatePending) {
      retries = 0;
      return;
    }
    if (retry) return;
    const delay = Math.min(CHECKPOINT_RETRY_MS * 2 ** retries, CHECKPOINT_RETRY_MAX_MS);
    retries += 1;
    retry = setTimeout(() => {
      retry = null;
      if (truncatePending) truncateLog(0);
    }, delay);
  };

  return {
    commit(batch: WriteRequest[]): WriteReply[] {
      const { replies, truncate } = commit(batch);
      // Right after an erasure the server's own reader is the only one, and done within moments.
      if (truncate) truncateLog(CHECKPOINT_WAIT_MS);
      return replies;
    },
    close: () => {
      if (retry) clearTimeout(retry);
      // A last try: a log left behind would hold erased names until the next start.
      if (truncatePending) truncateLog(CHECKPOINT_WAIT_MS);
      if (retry) clearTimeout(retry);
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
