// Preloaded into the real server process (`node --import <this, compiled> dist/server/main.js`) by
// the bench, never by `npm start`. It adds nothing to the server: it only
// answers the bench over the IPC channel with what the process can tell about itself (memory,
// event-loop delay, CPU) and starts and stops V8's sampling profiler around a measured window,
// so that a profile holds the window and not the set-up.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { findSourceMap } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';

interface ProfileNode {
  callFrame: { url: string; lineNumber: number; columnNumber: number };
  positionTicks?: unknown;
}

/**
 * The server runs as one esbuild bundle (dist/server/main.js, as `npm start` runs it), so the
 * positions in a profile point into that; its source map takes each back to the .ts file and line.
 */
function toSourcePositions(nodes: ProfileNode[]): void {
  for (const node of nodes) {
    const frame = node.callFrame;
    if (!frame.url.startsWith('file://') || frame.url.includes('/node_modules/')) continue;
    const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
      | { originalSource?: string; originalLine?: number; originalColumn?: number }
      | undefined;
    if (entry?.originalLine === undefined) continue;
    if (entry.originalSource) frame.url = new URL(entry.originalSource, frame.url).href;
    frame.lineNumber = entry.originalLine;
    frame.columnNumber = entry.originalColumn ?? 0;
    delete node.positionTicks;
  }
}

type Request =
  | { type: 'stats'; gc?: boolean }
  | { type: 'loop-reset' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string };

if (process.send) {
  const send = (message: object) => process.send?.(message);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let session: Session | null = null;

  const post = (method: string, params: object = {}): Promise<any> =>
    new Promise((resolve, reject) => {
      session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
    });

  process.on('message', (request: Request) => {
    switch (request.type) {
      case 'stats': {
        const collect = (globalThis as { gc?: () => void }).gc;
        if (request.gc && collect) collect();
        send({
          type: 'stats',
          memory: process.memoryUsage(),
          loop: {
            p50: loop.percentile(50) / 1e6,
            p99: loop.percentile(99) / 1e6,
            max: loop.max / 1e6,
            mean: loop.mean / 1e6,
          },
        });
        return;
      }
      case 'loop-reset':
        loop.reset();
        send({ type: 'loop-reset' });
        return;
      case 'profile-start':
        session = new Session();
        session.connect();
        void post('Profiler.enable')
          .then(() => post('Profiler.setSamplingInterval', { interval: 500 }))
          .then(() => post('Profiler.start'))
          .then(() => send({ type: 'profile-started' }));
        return;
      case 'profile-stop':
        void post('Profiler.stop').then(({ profile }) => {
          toSourcePositions(profile.nodes);
          writeFileSync(request.file, JSON.stringify(profile));
          session?.disconnect();
          session = null;
          send({ type: 'profile-stopped', file: request.file });
        });
        return;
    }
  });
  // The channel must not keep a server alive that was told to stop; and a server whose bench
  // died must not outlive it.
  process.channel?.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
