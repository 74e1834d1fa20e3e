// The SQLite store's meetings in use, kept in memory so that the room reads them without a query.
import type { MeetingState } from '../../../shared/meeting-state';

/** Meetings kept in memory at most, and for how long one nobody uses stays there. */
export const CACHED_MEETINGS_MAX = 500;
const CACHE_IDLE_MS = 10 * 60 * 1000;
export const CACHE_SWEEP_MS = 60 * 1000;

/**
 * The meetings in use, least recently used first. Anything else is read from the database when
 * needed (one indexed row), so memory follows the meetings that run, not all that ever ran.
 */
export class MeetingCache {
  private readonly entries = new Map<string, { state: MeetingState; usedAt: number }>();

  get(sessionId: string): MeetingState | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    this.set(sessionId, entry.state);
    return entry.state;
  }

  set(sessionId: string, state: MeetingState): void {
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { state, usedAt: Date.now() });
    if (this.entries.size > CACHED_MEETINGS_MAX) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  /** Drops the meetings nobody used for a while. */
  dropIdle(): void {
    const before = Date.now() - CACHE_IDLE_MS;
    for (const [sessionId, entry] of this.entries) {
      // Least recently used first: the first one still in use ends the search.
      if (entry.usedAt >= before) break;
      this.entries.delete(sessionId);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
