// The SQLite store's reads, prepared once on the reading connection of the server's own thread.
import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/roles';

interface TokenRow {
  session_id: string;
  role: Role;
  participant_id: string | null;
}

export function prepareReads(db: Database.Database) {
  return {
    selectSession: db.prepare<[string], { state: string }>('SELECT state FROM sessions WHERE id = ?'),
    selectByJoinCode: db.prepare<[string, number], { id: string }>(
      'SELECT id FROM sessions WHERE join_code = ? AND ended = 0 AND updated_at >= ? ORDER BY updated_at DESC LIMIT 1',
    ),
    selectIdle: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE ended = 0 AND updated_at < ?'),
    selectAnyByJoinCode: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE join_code = ? AND ended = 0 LIMIT 1',
    ),
    selectToken: db.prepare<[string], TokenRow>('SELECT session_id, role, participant_id FROM tokens WHERE hash = ?'),
    selectAttended: db.prepare<[string], { participant_id: string }>(
      'SELECT participant_id FROM attendance WHERE session_id = ?',
    ),
    selectEndedWithMarks: db.prepare<[number, number], { id: string }>(
      `SELECT id FROM sessions WHERE ended = 1 AND updated_at >= ? AND updated_at < ?
         AND json_array_length(state, '$.certificates.attended') > 0`,
    ),
    isAttended: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM attendance WHERE session_id = ? AND participant_id = ?',
    ),
    selectGroup: db.prepare<[string], { group_json: string }>('SELECT group_json FROM groups WHERE id = ?'),
    selectGroupByToken: db.prepare<[string], { id: string }>('SELECT id FROM groups WHERE token_hash = ?'),
    selectGroupSessions: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE group_id = ? ORDER BY rowid',
    ),
    selectGroupRecords: db.prepare<[string, string, string], { key: string; version: number; json: string }>(
      'SELECT key, version, json FROM group_records WHERE group_id = ? AND substr(key, 1, length(?)) = ? ORDER BY key',
    ),
  };
}
