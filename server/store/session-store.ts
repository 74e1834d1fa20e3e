// Where meetings and their tokens live. One interface, so that one process can keep them in SQLite
// and several processes can share them in Redis.
import type { Group } from '../../shared/groups';
import type { Role } from '../../shared/roles';
import type { SessionState } from '../../shared/session';

/** What a token opens: one meeting, one role, and for a member which participant. */
export interface Grant {
  sessionId: string;
  role: Role;
  participantId?: string;
}

export interface TokenChanges {
  /** Tokens to add, by hash. */
  add?: { hash: string; grant: Grant }[];
  /** A participant whose tokens stop working. */
  revokeParticipant?: string;
}

export interface SaveOptions {
  tokens?: TokenChanges;
  /** The meeting just ended: names and notes must be gone from disk, not only from the state. */
  erasing?: boolean;
}

export interface SessionStore {
  create(state: SessionState, tokens: { hash: string; grant: Grant }[]): Promise<void>;
  load(sessionId: string): Promise<SessionState | null>;
  /**
   * Saves a change made from version `expectedVersion`; false when someone else saved first.
   * Resolves only once the change is durable.
   */
  save(state: SessionState, expectedVersion: number, options?: SaveOptions): Promise<boolean>;
  /** The meeting that holds this join code and has not ended. */
  findByJoinCode(joinCode: string): Promise<string | null>;
  joinCodeInUse(joinCode: string): Promise<boolean>;
  resolveToken(hash: string): Promise<Grant | null>;
  /** Erases a meeting and its tokens, for real. */
  erase(sessionId: string): Promise<void>;
  /** Erases meetings untouched since `before`; returns their ids. */
  sweep(before: number): Promise<string[]>;
  createGroup(group: Group, tokenHash: string): Promise<void>;
  /** The group a group token opens. */
  resolveGroupToken(hash: string): Promise<string | null>;
  loadGroup(groupId: string): Promise<Group | null>;
  saveGroup(group: Group): Promise<void>;
  /** The meetings started from the group's link, oldest first. */
  groupMeetings(groupId: string): Promise<SessionState[]>;
  /** Erases the group, its formats and its meetings; returns the meetings' ids. */
  eraseGroup(groupId: string): Promise<string[]>;
  close(): Promise<void>;
}
