// Emptying the write-ahead log after an erasure. Old page images of erased text wait in the log
// until it is checkpointed away. A reader in the middle of a read (the server's own for an
// instant, or a backup for minutes) makes the checkpoint give up with `busy`: then the log still
// holds the names, and it is tried again, less and less often, until it is empty. A retry never
// waits for the reader, so a long backup never holds the meetings' writes.
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from './writes';

/** How long a write waits for the database; a checkpoint waits less, and is tried again. */
export const WRITE_WAIT_MS = 5000;
const CHECKPOINT_WAIT_MS = 200;
const CHECKPOINT_RETRY_MS = 250;
const CHECKPOINT_RETRY_MAX_MS = 5000;

export function createLogTruncation(db: Database.Database, dataDir: string) {
  const walFile = join(dataDir, `${DATABASE_FILE}-wal`);
  const walIsEmpty = (): boolean => {
    try {
      return statSync(walFile).size === 0;
    } catch {
      return true; // no log at all
    }
  };
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
    /** Right after an erasure the server's own reader is the only one, and done within moments. */
    truncateSoon: () => truncateLog(CHECKPOINT_WAIT_MS),
    /** Before closing: a log left behind would hold erased names until the next start. */
    lastTry: () => {
      if (retry) clearTimeout(retry);
      if (truncatePending) truncateLog(CHECKPOINT_WAIT_MS);
      if (retry) clearTimeout(retry);
    },
  };
}
