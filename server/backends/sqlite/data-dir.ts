// The data folder and the database file, private to the server before SQLite opens them.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from './writes';

/**
 * The data folder is the server's alone (0700) and so are its files (0600): names and notes live
 * there while a meeting runs. SQLite gives the log and shared-memory files the database's mode, so
 * the database is created here first with the right one; files from an older start are put right.
 */
export function privateDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const database = join(dataDir, DATABASE_FILE);
  if (!existsSync(database)) closeSync(openSync(database, 'a', 0o600));
  for (const file of [database, `${database}-wal`, `${database}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
