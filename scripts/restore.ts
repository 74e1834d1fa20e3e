// `npm run restore -- <file>`: puts a backup back as the server's database, into an empty DATA_DIR
// only, so that nothing a server wrote is ever overwritten. The backup is checked before it
// counts (an SQLite database with Balint Live's tables, whole); a refused restore leaves DATA_DIR
// as it found it. Start the server afterwards: every meeting in the backup resumes with its links.
import Database from 'better-sqlite3';
import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, readSync, openSync, closeSync, rmSync, statSync } from 'node:fs';
import { fileArgument, Refusal, runCommand, sqliteData } from './sqlite-data';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const TABLES = ['sessions', 'tokens', 'groups'];

function isSqliteFile(file: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function refuseUnlessEmpty(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  if (!statSync(dataDir).isDirectory()) throw new Refusal(`DATA_DIR (${dataDir}) is not a folder.`);
  const entries = readdirSync(dataDir);
  if (entries.length > 0) {
    throw new Refusal(
      `DATA_DIR (${dataDir}) is not empty (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}): a restore goes only into an empty folder. Stop the server, move the folder aside, and run the restore again.`,
    );
  }
}

/** Why the restored file cannot serve as the database, or null when it can. */
function problemWith(database: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(database, { fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `it is damaged (${String(check)})`;
    const tables = new Set(
      db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name),
    );
    const missing = TABLES.filter((table) => !tables.has(table));
    return missing.length > 0 ? `it has no ${missing.join(', ')} table` : null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

export async function restore(backup: string): Promise<string> {
  if (!existsSync(backup) || !statSync(backup).isFile()) throw new Refusal(`There is no backup file at ${backup}.`);
  const { dataDir, database } = sqliteData();
  refuseUnlessEmpty(dataDir);
  if (!isSqliteFile(backup)) throw new Refusal(`${backup} is not a Balint Live backup: it is not an SQLite database.`);

  const created = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  // Nobody writes to a backup file, so a plain copy brings back exactly what it held.
  copyFileSync(backup, database, constants.COPYFILE_EXCL);
  chmodSync(database, 0o600);
  const problem = problemWith(database);
  if (problem) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${database}${suffix}`, { force: true });
    if (created) rmSync(dataDir, { recursive: true, force: true });
    throw new Refusal(`${backup} is not a Balint Live backup: ${problem}. DATA_DIR is as it was.`);
  }
  return `Restored ${backup} into ${dataDir}. Start the server on it: the meetings in the backup resume with their links.`;
}

await runCommand(() => restore(fileArgument('npm run restore -- <file>')));
