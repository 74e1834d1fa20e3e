// Presence shared by several processes. Each process writes its own socket counts into the
// meeting's hash in Redis, as absolute numbers it holds in memory, so a write sent twice changes
// nothing. A process proves it is alive with a key that expires unless renewed; whoever reads a
// meeting's hash drops the entries of a process that died without a word (kill -9, a lost
// machine), and the leader counts as gone from then. The heartbeats also notice such a death and
// name its meetings, so that their leaders are told without waiting for the next change.
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/roles';
import type { Presence } from '../../../shared/views';
import { presenceKey, takeoverAvailableAt, withCoLeader, type PresenceTracker } from '../../presence';
import { defineScript, type Script } from './define-script';
import { HEARTBEAT, PROCESS_KEYS_TTL_MS, SET_COUNT, SNAPSHOT } from './presence-scripts';
import { KEY_PREFIX, keys } from './store-scripts';

const HEARTBEAT_EVERY_MS = 5_000;
/** A process silent this long is taken for dead and its sockets for closed. */
const HEARTBEAT_EXPIRES_MS = 15_000;


export class RedisPresence implements PresenceTracker {
  readonly processId = randomBytes(9).toString('base64url');
  /** This process's own counts: session → field → sockets. Redis holds a copy of them. */
  private readonly local = new Map<string, Map<string, number>>();
  private readonly scripts: Record<'setCount' | 'snapshot' | 'heartbeat', Script>;
  private readonly meetingsKey = `${KEY_PREFIX}process:${this.processId}:meetings`;
  private heartbeat: NodeJS.Timeout | null = null;
  private staleListener: (sessionId: string) => void = () => {};

  private constructor(
    private readonly client: Redis,
    private readonly takeoverAfterMs: number,
    private readonly log: FastifyBaseLogger,
    /** The broadcast stream, whose expiry the heartbeat pushes back with the processes' keys. */
    private readonly streamKey: string,
  ) {
    this.scripts = {
      setCount: defineScript(client, 'balintPresenceSet', SET_COUNT),
      snapshot: defineScript(client, 'balintPresenceSnapshot', SNAPSHOT),
      heartbeat: defineScript(client, 'balintPresenceHeartbeat', HEARTBEAT),
    };
  }

  static async start(client: Redis, takeoverAfterMs: number, log: FastifyBaseLogger, streamKey: string): Promise<RedisPresence> {
    const presence = new RedisPresence(client, takeoverAfterMs, log, streamKey);
    await presence.beat();
    presence.heartbeat = setInterval(() => {
      presence.beat().catch((error: unknown) => log.error({ err: error }, 'presence heartbeat failed'));
    }, HEARTBEAT_EVERY_MS);
    presence.heartbeat.unref();
    return presence;
  }

  onStale(listener: (sessionId: string) => void): void {
    this.staleListener = listener;
  }

  private async beat(): Promise<void> {
    const [lapsed, ...orphaned] = (await this.scripts.heartbeat(this.processId, HEARTBEAT_EXPIRES_MS, this.streamKey)) as [
      number,
      ...string[],
    ];
    // Redis was away longer than the expiry: another process may have buried our entries as a
    // dead process's. Write them again.
    if (lapsed === 1) await this.rewriteAll();
    for (const sessionId of new Set(orphaned)) this.staleListener(sessionId);
  }

  private async rewriteAll(): Promise<void> {
    const now = Date.now();
    for (const [sessionId, counts] of this.local) {
      await this.addMeeting(sessionId);
      for (const [field, count] of counts) await this.scripts.setCount(keys.presence(sessionId), field, count, now);
    }
  }

  /** The set may be new: it expires like the process's other keys until the heartbeat renews it. */
  private async addMeeting(sessionId: string): Promise<void> {
    await this.client.multi().sadd(this.meetingsKey, sessionId).pexpire(this.meetingsKey, PROCESS_KEYS_TTL_MS).exec();
  }

  private field(role: Role, participantId: string | undefined): string | null {
    if (role === 'leader') return `${this.processId}|leader`;
    // The co-leader is counted like a member, under a key of their own (presence.ts).
    const key = presenceKey(role, participantId);
    return key ? `${this.processId}|m|${key}` : null;
  }

  private async count(sessionId: string, field: string, change: number, now: number): Promise<void> {
    let counts = this.local.get(sessionId);
    if (!counts) {
      this.local.set(sessionId, (counts = new Map()));
      await this.addMeeting(sessionId);
    }
    const count = Math.max(0, (counts.get(field) ?? 0) + change);
    if (count > 0) counts.set(field, count);
    else counts.delete(field);
    await this.scripts.setCount(keys.presence(sessionId), field, count, now);
    if (counts.size === 0 && this.local.get(sessionId) === counts) {
      this.local.delete(sessionId);
      await this.client.srem(this.meetingsKey, sessionId);
    }
  }

  async arrive(sessionId: string, role: Role, participantId?: string): Promise<void> {
    const field = this.field(role, participantId);
    if (field) await this.count(sessionId, field, +1, Date.now());
  }

  async leave(sessionId: string, role: Role, participantId: string | undefined, now: number): Promise<void> {
    const field = this.field(role, participantId);
    if (field) await this.count(sessionId, field, -1, now);
  }

  async forget(sessionId: string): Promise<void> {
    this.local.delete(sessionId);
    await this.client.srem(this.meetingsKey, sessionId);
    await this.client.del(keys.presence(sessionId));
  }

  async snapshot(sessionId: string): Promise<Presence> {
    const reply = (await this.scripts.snapshot(keys.presence(sessionId), Date.now())) as [number, string, ...string[]];
    const [leader, leftAt, ...members] = reply;
    const leaderConnected = leader === 1;
    return {
      ...withCoLeader(members),
      leaderConnected,
      takeoverAvailableAt: takeoverAvailableAt(leaderConnected, Number(leftAt), this.takeoverAfterMs),
    };
  }

  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    const now = Date.now();
    try {
      for (const [sessionId, counts] of this.local) {
        for (const field of counts.keys()) await this.scripts.setCount(keys.presence(sessionId), field, 0, now);
      }
      await this.client
        .multi()
        .del(`${KEY_PREFIX}process:${this.processId}`, this.meetingsKey)
        .zrem(`${KEY_PREFIX}processes`, this.processId)
        .exec();
    } catch (error) {
      // Redis is away: the other processes bury our entries once our heartbeat has expired.
      this.log.error({ err: error }, 'could not take presence out of Redis');
    }
    this.local.clear();
  }
}
