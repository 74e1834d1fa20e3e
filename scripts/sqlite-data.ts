// What `npm run backup` and `npm run restore` share: where the server keeps its SQLite database
// (read from the same environment, through the server's own config, so both always agree with
// it), and how a refusal reaches the operator: one plain sentence and exit code 1, never a stack.
import { join, resolve } from 'node:path';
import { readConfig } from '../server/config';
import { DATABASE_FILE } from '../server/backends/sqlite/writes';

/** A reason to stop that the operator can act on; printed as it is. */
export class Refusal extends Error {}

export interface SqliteData {
  dataDir: string;
  database: string;
}

export function sqliteData(env: NodeJS.ProcessEnv = process.env): SqliteData {
  const config = readConfig(env);
  if (config.redisUrl) {
    throw new Refusal(
      'REDIS_URL is set: the meetings are in Redis, not in SQLite. Back up and restore Redis with its own tools (docs/deploy.md, "Backups").',
    );
  }
  const dataDir = resolve(config.dataDir);
  return { dataDir, database: join(dataDir, DATABASE_FILE) };
}

/** The one file name the command takes, or how to call it. */
export function fileArgument(usage: string): string {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new Refusal(`Usage: ${usage}`);
  return resolve(file);
}

/** Runs a command's work; what it says goes to stdout, a refusal or failure to stderr with exit 1. */
export async function runCommand(work: () => Promise<string>): Promise<void> {
  try {
    process.stdout.write(`${await work()}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}
