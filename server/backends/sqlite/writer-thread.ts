// The SQLite store's side of the writer thread (writer.ts): starts it, hands it writes and
// resolves each when its batch is durable. If the thread fails or stops, every write waiting and
// every write after fails with it, rather than wait for ever.
import { Worker } from 'node:worker_threads';
import type { Write, WriteReply } from './writes';

export interface WriterThread {
  write<T>(request: Write): Promise<T>;
  /** Asks the thread to commit what it holds and stop; resolves when it has. */
  close(): Promise<void>;
}

/**
 * The writer runs as its own file: the bundle's sqlite-writer.js beside main.js, or, when the
 * server runs from its TypeScript sources (tests, `npm run dev`), through tsx.
 */
function startWriter(dataDir: string): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = fromSources
    ? new URL('./writer-from-sources.mjs', import.meta.url)
    : new URL('./sqlite-writer.js', import.meta.url);
  // The writer keeps nothing between batches: a small young generation lets what each batch
  // leaves behind be collected soon, instead of growing the process by tens of megabytes.
  return new Worker(entry, { workerData: { dataDir }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
}

/** Resolves once the thread has created the schema: the reading connection may open then. */
export async function startWriterThread(dataDir: string): Promise<WriterThread> {
  const worker = startWriter(dataDir);
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.on('message', (reply: WriteReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(`could not save: ${reply.message}`));
  });
  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('the SQLite writer has stopped')));

  return {
    write<T>(request: Write): Promise<T> {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
        worker.postMessage({ id, ...request });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage({ op: 'close' });
      }),
  };
}
