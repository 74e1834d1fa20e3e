// The database's tables, and what an older database is given as this version opens it. Run by the
// writer thread, which owns the one write connection, before anything else reads.
import type Database from 'better-sqlite3';

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

export function createSchema(db: Database.Database): void {
  db.exec(SCHEMA);
  addGroupActivity(db);
  db.exec('CREATE INDEX IF NOT EXISTS groups_by_updated_at ON groups (updated_at)');
}
