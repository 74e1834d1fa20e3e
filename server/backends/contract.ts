// What the server is handed to keep its meetings, presence, broadcasts and rate limits: the same
// shape whether one process keeps them in SQLite and memory or several share them in Redis.
// Types only: the backends import this, and this imports none of them.
import type { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { Limiters } from '../limits';
import type { PresenceTracker } from '../presence';
import type { MeetingStore } from './meeting-store';

export interface Backends {
  store: MeetingStore;
  presence: PresenceTracker;
  /** Limits every process counts together (joins, creations, per person). */
  limiters: Limiters;
  /** The Redis connection for @fastify/rate-limit; null keeps its in-memory store. */
  limitsRedis: Redis | null;
  /** The Socket.IO adapter; undefined keeps the in-memory one. */
  adapter?: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}
