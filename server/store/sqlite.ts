// The single-process store: better-sqlite3 in WAL mode, every change committed with a full sync
// before it is acknowledged. Meetings are small JSON documents; the states in use stay in memory.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Group } from '../../shared/groups';
import type { Role } from '../../shared/roles';
import type { SessionState } from '../../shared/session';
import type { Grant, SaveOptions, SessionStore, TokenChanges } from './session-store';

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
`;

interface TokenRow {
  session_id: string;
  role: Role;
  participant_id: string | null;
}

export function openSqliteStore(dataDir: string): SessionStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'balint-live.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Deleted text is overwritten, not left in free pages: ending a meeting really erases names.
  db.pragma('secure_delete = ON');
  db.exec(SCHEMA);

  const statements = {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, join_code, ended, version, state, updated_at, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateSession: db.prepare(
      'UPDATE sessions SET ended = ?, version = ?, state = ?, updated_at = ? WHERE id = ? AND version = ?',
    ),
    selectSession: db.prepare<[string], { state: string }>('SELECT state FROM sessions WHERE id = ?'),
    selectByJoinCode: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE join_code = ? AND ended = 0 ORDER BY updated_at DESC LIMIT 1',
    ),
    selectAnyByJoinCode: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE join_code = ? AND ended = 0 LIMIT 1',
    ),
    insertToken: db.prepare(
      'INSERT INTO tokens (hash, session_id, role, participant_id) VALUES (?, ?, ?, ?)',
    ),
    selectToken: db.prepare<[string], TokenRow>(
      'SELECT session_id, role, participant_id FROM tokens WHERE hash = ?',
    ),
    deleteParticipantTokens: db.prepare(
      'DELETE FROM tokens WHERE session_id = ? AND participant_id = ?',
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    deleteSessionTokens: db.prepare('DELETE FROM tokens WHERE session_id = ?'),
    selectStale: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE updated_at < ?'),
    insertGroup: db.prepare('INSERT INTO groups (id, token_hash, group_json) VALUES (?, ?, ?)'),
    updateGroup: db.prepare('UPDATE groups SET group_json = ? WHERE id = ?'),
    selectGroup: db.prepare<[string], { group_json: string }>('SELECT group_json FROM groups WHERE id = ?'),
    selectGroupByToken: db.prepare<[string], { id: string }>('SELECT id FROM groups WHERE token_hash = ?'),
    selectGroupSessions: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE group_id = ? ORDER BY rowid',
    ),
    deleteGroup: db.prepare('DELETE FROM groups WHERE id = ?'),
  };

  const cache = new Map<string, SessionState>();

  const insertTokens = (tokens: { hash: string; grant: Grant }[]): void => {
    for (const { hash, grant } of tokens) {
      statements.insertToken.run(hash, grant.sessionId, grant.role, grant.participantId ?? null);
    }
  };

  const applyTokenChanges = (sessionId: string, changes: TokenChanges | undefined): void => {
    if (!changes) return;
    insertTokens(changes.add ?? []);
    if (changes.revokeParticipant) {
      statements.deleteParticipantTokens.run(sessionId, changes.revokeParticipant);
    }
  };

  const create = db.transaction((state: SessionState, tokens: { hash: string; grant: Grant }[]) => {
    statements.insertSession.run(
      state.sessionId,
      state.joinCode,
      state.endedAt === null ? 0 : 1,
      state.version,
      JSON.stringify(state),
      Date.now(),
      state.groupId,
    );
    insertTokens(tokens);
  });

  const save = db.transaction(
    (state: SessionState, expectedVersion: number, tokens: TokenChanges | undefined): boolean => {
      const result = statements.updateSession.run(
        state.endedAt === null ? 0 : 1,
        state.version,
        JSON.stringify(state),
        Date.now(),
        state.sessionId,
        expectedVersion,
      );
      if (result.changes !== 1) return false;
      applyTokenChanges(state.sessionId, tokens);
      return true;
    },
  );

  const eraseNow = db.transaction((sessionId: string) => {
    statements.deleteSessionTokens.run(sessionId);
    statements.deleteSession.run(sessionId);
  });

  const eraseGroupNow = db.transaction((groupId: string): string[] => {
    const sessions = statements.selectGroupSessions.all(groupId).map((row) => row.id);
    for (const sessionId of sessions) eraseNow(sessionId);
    statements.deleteGroup.run(groupId);
    return sessions;
  });

  /** Old page images of erased text wait in the write-ahead log until it is checkpointed away. */
  const truncateLog = (): void => {
    db.pragma('wal_checkpoint(TRUNCATE)');
  };

  return {
    async create(state, tokens) {
      create(state, tokens);
      cache.set(state.sessionId, state);
    },

    async load(sessionId) {
      const cached = cache.get(sessionId);
      if (cached) return cached;
      const row = statements.selectSession.get(sessionId);
      if (!row) return null;
      const state = JSON.parse(row.state) as SessionState;
      cache.set(sessionId, state);
      return state;
    },

    async save(state, expectedVersion, options: SaveOptions = {}) {
      if (!save(state, expectedVersion, options.tokens)) return false;
      cache.set(state.sessionId, state);
      if (options.erasing) truncateLog();
      return true;
    },

    async findByJoinCode(joinCode) {
      return statements.selectByJoinCode.get(joinCode)?.id ?? null;
    },

    async joinCodeInUse(joinCode) {
      return statements.selectAnyByJoinCode.get(joinCode) !== undefined;
    },

    async resolveToken(hash) {
      const row = statements.selectToken.get(hash);
      if (!row) return null;
      return {
        sessionId: row.session_id,
        role: row.role,
        ...(row.participant_id ? { participantId: row.participant_id } : {}),
      };
    },

    async erase(sessionId) {
      eraseNow(sessionId);
      cache.delete(sessionId);
      truncateLog();
    },

    async sweep(before) {
      const stale = statements.selectStale.all(before).map((row) => row.id);
      for (const sessionId of stale) {
        eraseNow(sessionId);
        cache.delete(sessionId);
      }
      if (stale.length > 0) truncateLog();
      return stale;
    },

    async createGroup(group, tokenHash) {
      statements.insertGroup.run(group.groupId, tokenHash, JSON.stringify(group));
    },

    async resolveGroupToken(hash) {
      return statements.selectGroupByToken.get(hash)?.id ?? null;
    },

    async loadGroup(groupId) {
      const row = statements.selectGroup.get(groupId);
      return row ? (JSON.parse(row.group_json) as Group) : null;
    },

    async saveGroup(group) {
      statements.updateGroup.run(JSON.stringify(group), group.groupId);
    },

    async groupMeetings(groupId) {
      const states: SessionState[] = [];
      for (const { id } of statements.selectGroupSessions.all(groupId)) {
        const state = await this.load(id);
        if (state) states.push(state);
      }
      return states;
    },

    async eraseGroup(groupId) {
      const sessions = eraseGroupNow(groupId);
      for (const sessionId of sessions) cache.delete(sessionId);
      truncateLog();
      return sessions;
    },

    async close() {
      cache.clear();
      db.close();
    },
  };
}
