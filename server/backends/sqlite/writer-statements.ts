// The writer thread's prepared statements: every write the SQLite store makes, in one place.
import type Database from 'better-sqlite3';

export function prepareWrites(db: Database.Database) {
  return {
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
}
