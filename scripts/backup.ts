// `npm run backup -- <file>`: a consistent copy of the SQLite database, taken while the server runs.
// SQLite's online backup reads one snapshot under SQLite's own locks; a file copy of a live WAL
// database can catch the database and its log at different moments. The copy holds what the
// database holds now (erased meetings are already gone from it), is the operator's alone (0600)
// and appears whole or not at all: it is written beside the target and renamed into place.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileArgument, Refusal, runCommand, sqliteData } from './sqlite-data';

/** Pages per step: all of them, so the copy is one snapshot taken in one read. */
const ALL_PAGES = 0x7fffffff;

function writableBeside(target: string): string {
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  try {
    closeSync(openSync(partial, 'wx', 0o600));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (error as Error).message;
    throw new Refusal(`Cannot write the backup to ${target}: ${reason}.`);
  }
  return partial;
}

async function copyDatabase(database: string, partial: string): Promise<void> {
  const source = new Database(database, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  // The copy keeps the live database's WAL mode; as a rollback-journal file it is one
  // self-contained file that reading it never adds a log or shared-memory file beside.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export async function backUp(target: string): Promise<string> {
  const { dataDir, database } = sqliteData();
  if (!existsSync(database)) {
    throw new Refusal(`There is no database at ${database}: run this with the DATA_DIR the server runs with.`);
  }
  if (target === dataDir || target.startsWith(dataDir + sep)) {
    throw new Refusal(`Keep backups outside DATA_DIR (${dataDir}): a restore needs it empty.`);
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new Refusal(`${target} is a folder: name the backup file, e.g. ${join(target, 'balint-live.sqlite')}.`);
  }
  const partial = writableBeside(target);
  try {
    await copyDatabase(database, partial);
    chmodSync(partial, 0o600);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error instanceof Refusal ? error : new Refusal(`The backup failed: ${(error as Error).message}`);
  }
  const kilobytes = Math.ceil(statSync(target).size / 1024);
  return `Backed up ${database} to ${target} (${kilobytes} KB, readable by this user only). It keeps the meetings it holds until it is deleted: rotate backups within RETENTION_DAYS.`;
}

await runCommand(() => backUp(fileArgument('npm run backup -- <file>')));
