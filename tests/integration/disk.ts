// What is on disk, read as raw bytes: the privacy tests look for names in every file SQLite
// keeps (the database, its write-ahead log, its shared memory) and in backups.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fileHolds(file: string, text: string): boolean {
  return readFileSync(file).includes(Buffer.from(text, 'utf8'));
}

/** Every file of the database in the data folder that holds `text`. */
export function filesHolding(dataDir: string, text: string): string[] {
  return readdirSync(dataDir)
    .filter((file) => file.startsWith('balint-live'))
    .filter((file) => fileHolds(join(dataDir, file), text));
}
