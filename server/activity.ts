// When a meeting was last used. A command changes it (the store notes the time of every save); a
// connection coming, staying or going only touches it. Idle meetings end by themselves after
// IDLE_END_HOURS and refuse joins after a day (server/maintenance.ts, server/http/join.ts), so a
// meeting in use must look used: a display left on all day keeps its meeting alive.
import type { FastifyBaseLogger } from 'fastify';
import type { MeetingStore } from './backends/meeting-store';

/** One touch per meeting per minute is enough for limits counted in hours. */
const TOUCH_AT_MOST_EVERY_MS = 60 * 1000;

export function createActivity(store: MeetingStore, log: FastifyBaseLogger) {
  const touchedAt = new Map<string, number>();

  /** A socket of this meeting connected or disconnected. */
  function seen(sessionId: string): void {
    const time = Date.now();
    if ((touchedAt.get(sessionId) ?? 0) > time - TOUCH_AT_MOST_EVERY_MS) return;
    touchedAt.set(sessionId, time);
    store.touch(sessionId).catch((error: unknown) => log.error({ err: error }, 'could not note a connection'));
  }

  /** The meetings with sockets open here are in use now; forgets old touches. */
  function stillConnected(sessionIds: Iterable<string>): void {
    const before = Date.now() - TOUCH_AT_MOST_EVERY_MS;
    for (const [sessionId, at] of touchedAt) if (at < before) touchedAt.delete(sessionId);
    for (const sessionId of sessionIds) seen(sessionId);
  }

  return { seen, stillConnected };
}

export type Activity = ReturnType<typeof createActivity>;
