// Where meetings and their tokens live. One interface, so that one process can keep them in SQLite
// and several processes can share them in Redis.
import type { Group } from '../../shared/groups';
import type { Role } from '../../shared/roles';
import type { MeetingState } from '../../shared/meeting-state';

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

/** One of a group's own small records (its leader list, a log row, a report's part), with its version. */
export interface GroupRecord {
  key: string;
  version: number;
  json: string;
}

export interface SaveOptions {
  tokens?: TokenChanges;
  /** The meeting just ended: names and notes must be gone from disk, not only from the state. */
  erasing?: boolean;
}

/** How a store tells time and how long what it holds may live. */
export interface StoreOptions {
  /** The server's clock (config.now): last activity is measured with it. */
  now: () => number;
  /** RETENTION_DAYS, in ms: Redis keys expire a day after the sweep would have erased them. */
  retentionMs: number;
  /** GROUP_RETENTION_DAYS, in ms. */
  groupRetentionMs: number;
}

export interface MeetingStore {
  create(state: MeetingState, tokens: { hash: string; grant: Grant }[]): Promise<void>;
  load(sessionId: string): Promise<MeetingState | null>;
  /**
   * Saves a change made from version `expectedVersion`; false when someone else saved first.
   * Resolves only once the change is durable.
   */
  save(state: MeetingState, expectedVersion: number, options?: SaveOptions): Promise<boolean>;
  /** The meeting that holds this join code, has not ended, and was used (changed or touched) since `activeSince`. */
  findByJoinCode(joinCode: string, activeSince?: number): Promise<string | null>;
  joinCodeInUse(joinCode: string): Promise<boolean>;
  resolveToken(hash: string): Promise<Grant | null>;
  /** A connection came, stayed or went: the meeting is in use, though nothing in it changed. */
  touch(sessionId: string): Promise<void>;
  /** Running meetings with no change and no touch since `before`. */
  idleMeetings(before: number): Promise<string[]>;
  /**
   * Puts a new token in place of a role's own (co-leader, display): the old one stops opening
   * anything at once. False when the meeting is gone.
   */
  replaceRoleToken(sessionId: string, role: 'co-leader' | 'display', hash: string): Promise<boolean>;
  /**
   * A member had the meeting open: a bare mark (no name, no time), so that at the end they may take
   * an attendance certificate. The marks go into the ended meeting's state and are erased here then.
   */
  markAttended(sessionId: string, participantId: string): Promise<void>;
  /** The members marked as having had the meeting open. */
  attendedMembers(sessionId: string): Promise<string[]>;
  /**
   * Ended meetings last changed in [since, before) that still hold certificate marks: those whose
   * certificate day may be over, for the sweep that drops the marks.
   */
  endedWithCertificateMarks(since: number, before: number): Promise<string[]>;
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
  groupMeetings(groupId: string): Promise<MeetingState[]>;
  /** The group's own records whose key starts with `prefix`, by key. They live and go with the group. */
  groupRecords(groupId: string, prefix: string): Promise<GroupRecord[]>;
  /**
   * Saves a group's record over `expectedVersion` (0: a record not there yet) as version
   * expectedVersion + 1; false when someone saved it first, or the group is gone. `erasing`: the
   * change takes a name out (a leader off the list), so the old text must be gone from disk too.
   */
  putGroupRecord(groupId: string, key: string, json: string, expectedVersion: number, options?: { erasing?: boolean }): Promise<boolean>;
  /** Erases the group, its formats, its records and its meetings; returns the meetings' ids. */
  eraseGroup(groupId: string): Promise<string[]>;
  /** The group's link was used: it is not abandoned. */
  touchGroup(groupId: string): Promise<void>;
  /** Erases groups untouched since `before`, with their meetings; returns the meetings' ids. */
  sweepGroups(before: number): Promise<string[]>;
  /**
   * The anonymous check-out: marks that a member has answered (`mark`: server/checkout-marks.ts), kept apart from the meeting's state
   * (its counts) and written in a change of its own. False when the mark was there already.
   * Every mark of a meeting goes when it ends (an erasing save) or is erased.
   */
  markCheckoutAnswered(sessionId: string, mark: string): Promise<boolean>;
  /** Takes a mark back: the answer it stood for was refused, so nothing was counted. */
  unmarkCheckoutAnswered(sessionId: string, mark: string): Promise<void>;
  close(): Promise<void>;
}
