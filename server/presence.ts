// Who has a socket open, per meeting. Presence is a fact of the connections, not of the meeting,
// so it lives here and never changes the state's version. One process keeps it in memory
// (PresenceBook); several processes share it through Redis (server/backends/redis/presence.ts).
import type { Role } from '../shared/roles';
import type { Presence } from '../shared/views';

export interface PresenceTracker {
  arrive(sessionId: string, role: Role, participantId?: string): Promise<void>;
  leave(sessionId: string, role: Role, participantId: string | undefined, now: number): Promise<void>;
  forget(sessionId: string): Promise<void>;
  snapshot(sessionId: string): Promise<Presence>;
  /** Takes this process's sockets out of every meeting; for shutting down. */
  close(): Promise<void>;
  /**
   * Who is connected changed without a socket event here (another process died): the listener
   * should tell the meeting's leaders.
   */
  onStale(listener: (sessionId: string) => void): void;
}

/**
 * The co-leader's sockets are counted beside the members', under a key no participant id can take
 * (ids are base64url): the leader's console shows whether the co-leader is with them.
 */
export const CO_LEADER_KEY = '~co-leader';

/** Whom a socket counts for in presence, besides the leader: a member, or the co-leader. */
export function presenceKey(role: Role, participantId: string | undefined): string | undefined {
  return role === 'co-leader' ? CO_LEADER_KEY : participantId;
}

/** Splits the co-leader's key off the connected members. */
export function withCoLeader(keys: Iterable<string>): Pick<Presence, 'connected' | 'coLeaderConnected'> {
  const connected = new Set(keys);
  const coLeaderConnected = connected.delete(CO_LEADER_KEY);
  return { connected, coLeaderConnected };
}

/** Takeover opens this long after the leader's last socket closed. */
export function takeoverAvailableAt(
  leaderConnected: boolean,
  leaderLeftAt: number,
  takeoverAfterMs: number,
): number | null {
  return leaderConnected ? null : leaderLeftAt + takeoverAfterMs;
}

/** The co-leader may take over once the leader has been gone for the configured time. */
export function leaderAway(presence: Presence, now: number): boolean {
  return presence.takeoverAvailableAt !== null && now >= presence.takeoverAvailableAt;
}

interface MeetingPresence {
  members: Map<string, number>;
  leaderSockets: number;
  /** When the last leader socket closed; the process start when the leader was never seen. */
  leaderLeftAt: number;
}

/** How often meetings nobody is connected to are forgotten. */
const FORGET_EMPTY_EVERY_MS = 60 * 1000;

export class PresenceBook implements PresenceTracker {
  private readonly meetings = new Map<string, MeetingPresence>();
  private readonly startedAt = Date.now();
  private readonly forgetter: NodeJS.Timeout;

  constructor(private readonly takeoverAfterMs: number) {
    // A meeting stays here only while someone is connected (and the takeover clock of a leader who
    // left still runs): a server that has seen thousands of meetings keeps the few in use.
    this.forgetter = setInterval(() => this.forgetEmpty(Date.now()), FORGET_EMPTY_EVERY_MS);
    this.forgetter.unref();
  }

  private forgetEmpty(now: number): void {
    for (const [sessionId, entry] of this.meetings) {
      const empty = entry.leaderSockets === 0 && entry.members.size === 0;
      // Forgotten, the leader counts as gone since the process started: no later than now.
      if (empty && entry.leaderLeftAt + this.takeoverAfterMs <= now) this.meetings.delete(sessionId);
    }
  }

  private meeting(sessionId: string): MeetingPresence {
    let entry = this.meetings.get(sessionId);
    if (!entry) {
      entry = { members: new Map(), leaderSockets: 0, leaderLeftAt: this.startedAt };
      this.meetings.set(sessionId, entry);
    }
    return entry;
  }

  async arrive(sessionId: string, role: Role, member?: string): Promise<void> {
    const entry = this.meeting(sessionId);
    if (role === 'leader') entry.leaderSockets += 1;
    const participantId = presenceKey(role, member);
    if (participantId) entry.members.set(participantId, (entry.members.get(participantId) ?? 0) + 1);
  }

  async leave(sessionId: string, role: Role, member: string | undefined, now: number): Promise<void> {
    const entry = this.meeting(sessionId);
    const participantId = presenceKey(role, member);
    if (role === 'leader') {
      entry.leaderSockets = Math.max(0, entry.leaderSockets - 1);
      if (entry.leaderSockets === 0) entry.leaderLeftAt = now;
    }
    if (participantId) {
      const sockets = (entry.members.get(participantId) ?? 1) - 1;
      if (sockets > 0) entry.members.set(participantId, sockets);
      else entry.members.delete(participantId);
    }
  }

  async forget(sessionId: string): Promise<void> {
    this.meetings.delete(sessionId);
  }

  async snapshot(sessionId: string): Promise<Presence> {
    // Looking does not make a meeting known: only a socket does.
    const entry = this.meetings.get(sessionId) ?? { members: new Map(), leaderSockets: 0, leaderLeftAt: this.startedAt };
    const leaderConnected = entry.leaderSockets > 0;
    return {
      ...withCoLeader(entry.members.keys()),
      leaderConnected,
      takeoverAvailableAt: takeoverAvailableAt(leaderConnected, entry.leaderLeftAt, this.takeoverAfterMs),
    };
  }

  async close(): Promise<void> {
    clearInterval(this.forgetter);
    this.meetings.clear();
  }

  onStale(): void {
    // One process sees every socket event itself.
  }
}
