// Erasing for real in Redis. The store deletes the live keys at once, but Redis keeps history: the
// append-only file logs every write (each state, with the members' names and the notes), and the
// Socket.IO stream holds the views broadcast (a leader's view names the members and carries notes).
// After an erasure this trims the stream of everything sent before it and rewrites the append-only
// file from memory, so the names leave the disk as well, as they do from SQLite's files.
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';

/** Long enough for every process to have read the stream's last entries before they go. */
const SETTLE_MS = 2000;
const RETRY_MS = 5000;

export interface HistoryEraser {
  /** Call after an erasure; the history before now goes shortly after. */
  eraseSoon(): void;
  /** Runs a pending erasure at once; for shutting down. */
  flush(): Promise<void>;
}

export function createHistoryEraser(
  client: Redis,
  streamName: string,
  log: FastifyBaseLogger,
): HistoryEraser {
  let erasedAt = 0;
  let timer: NodeJS.Timeout | null = null;

  async function appendOnly(): Promise<boolean> {
    try {
      const [, value] = (await client.config('GET', 'appendonly')) as string[];
      return value === 'yes';
    } catch {
      return true; // CONFIG disabled (managed Redis): try the rewrite anyway
    }
  }

  async function eraseNow(): Promise<void> {
    timer = null;
    const upTo = erasedAt;
    // Stream ids start with the time they were added: MINID drops every entry older than upTo.
    await client.xtrim(streamName, 'MINID', `${upTo}-0`);
    if (!(await appendOnly())) return;
    try {
      await client.bgrewriteaof();
    } catch (error) {
      // A rewrite already running started before this erasure: run another once it is done.
      if (/in progress/i.test((error as Error).message)) schedule(RETRY_MS);
      else throw error;
    }
  }

  function schedule(delayMs: number): void {
    if (timer) return;
    timer = setTimeout(() => {
      eraseNow().catch((error: unknown) => log.error({ err: error }, 'erasing Redis history failed'));
    }, delayMs);
    timer.unref();
  }

  return {
    eraseSoon() {
      erasedAt = Date.now();
      schedule(SETTLE_MS);
    },
    async flush() {
      if (!timer) return;
      clearTimeout(timer);
      await eraseNow().catch((error: unknown) => log.error({ err: error }, 'erasing Redis history failed'));
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
