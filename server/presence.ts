// Who has a socket open, per meeting. Presence is a fact of the connections, not of the meeting,
// so it lives here and never changes the state's version.
import type { Role } from '../shared/roles';
import type { Presence } from '../shared/views';

interface MeetingPresence {
  members: Map<string, number>;
  leaderSockets: number;
  /** When the last leader socket closed; the process start when the leader was never seen. */
  leaderLeftAt: number;
}

export class PresenceBook {
  private readonly meetings = new Map<string, MeetingPresence>();
  private readonly startedAt = Date.now();

  constructor(private readonly takeoverAfterMs: number) {}

  private meeting(sessionId: string): MeetingPresence {
    let entry = this.meetings.get(sessionId);
    if (!entry) {
      entry = { members: new Map(), leaderSockets: 0, leaderLeftAt: this.startedAt };
      this.meetings.set(sessionId, entry);
    }
    return entry;
  }

  arrive(sessionId: string, role: Role, participantId?: string): void {
    const entry = this.meeting(sessionId);
    if (role === 'leader') entry.leaderSockets += 1;
    if (participantId) entry.members.set(participantId, (entry.members.get(participantId) ?? 0) + 1);
  }

  leave(sessionId: string, role: Role, participantId: string | undefined, now: number): void {
    const entry = this.meeting(sessionId);
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

  forget(sessionId: string): void {
    this.meetings.delete(sessionId);
  }

  /** The co-leader may take over once the leader has been gone for the configured time. */
  leaderAway(sessionId: string, now: number): boolean {
    const takeoverAt = this.snapshot(sessionId).takeoverAvailableAt;
    return takeoverAt !== null && now >= takeoverAt;
  }

  snapshot(sessionId: string): Presence {
    const entry = this.meeting(sessionId);
    const leaderConnected = entry.leaderSockets > 0;
    return {
      connected: new Set(entry.members.keys()),
      leaderConnected,
      takeoverAvailableAt: leaderConnected ? null : entry.leaderLeftAt + this.takeoverAfterMs,
    };
  }
}
