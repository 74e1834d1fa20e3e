// The single-process store: SQLite in WAL mode, every change committed with a full sync before
// it is acknowledged. Writes go to the writer thread (writer.ts), so a fsync never stalls
// the room; reads use a connection of this thread, and the meetings in use stay in memory (only
// those: a server that has seen 20,000 meetings keeps the few hundred that run).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Group } from '../../../shared/groups';
import { restoreSaved, toSaved, type SavedMeeting } from '../../../shared/meeting-start';
import type { MeetingState } from '../../../shared/meeting-state';
import type { SaveOptions, MeetingStore, StoreOptions } from '../meeting-store';
import { privateDataDir } from './data-dir';
import { CACHE_SWEEP_MS, MeetingCache } from './meeting-cache';
import { prepareReads } from './read-statements';
import { startWriterThread } from './writer-thread';
import { DATABASE_FILE, type SessionRow } from './writes';

function rowOf(state: MeetingState, updatedAt: number): SessionRow {
  return {
    sessionId: state.sessionId,
    joinCode: state.joinCode,
    ended: state.endedAt !== null,
    version: state.version,
    groupId: state.groupId,
    json: JSON.stringify(toSaved(state)),
    updatedAt,
  };
}

export async function openSqliteStore(
  dataDir: string,
  { now }: Pick<StoreOptions, 'now'> = { now: Date.now },
): Promise<MeetingStore> {
  privateDataDir(dataDir);
  // The writer creates the schema; this thread reads only once it is there.
  const writer = await startWriterThread(dataDir);
  const write = writer.write;
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  const statements = prepareReads(db);

  const cache = new MeetingCache();
  const cacheSweeper = setInterval(() => cache.dropIdle(), CACHE_SWEEP_MS);
  cacheSweeper.unref();
  let closing: Promise<void> | undefined;

  const store: MeetingStore = {
    async create(state, tokens) {
      await write({ op: 'create', row: rowOf(state, now()), tokens });
      cache.set(state.sessionId, state);
    },

    async load(sessionId) {
      const cached = cache.get(sessionId);
      if (cached) return cached;
      const row = statements.selectSession.get(sessionId);
      if (!row) return null;
      const state = restoreSaved(JSON.parse(row.state) as SavedMeeting);
      cache.set(sessionId, state);
      return state;
    },

    async save(state, expectedVersion, options: SaveOptions = {}) {
      const saved = await write<boolean>({
        op: 'save',
        row: rowOf(state, now()),
        expectedVersion,
        erasing: options.erasing ?? false,
        ...(options.tokens ? { tokens: options.tokens } : {}),
      });
      if (saved) cache.set(state.sessionId, state);
      return saved;
    },

    async findByJoinCode(joinCode, activeSince = Number.MIN_SAFE_INTEGER) {
      return statements.selectByJoinCode.get(joinCode, activeSince)?.id ?? null;
    },

    async joinCodeInUse(joinCode) {
      return statements.selectAnyByJoinCode.get(joinCode) !== undefined;
    },

    async resolveToken(hash) {
      const row = statements.selectToken.get(hash);
      if (!row) return null;
      return {
        sessionId: row.session_id,
        role: row.role,
        ...(row.participant_id ? { participantId: row.participant_id } : {}),
      };
    },

    async touch(sessionId) {
      await write({ op: 'touch', sessionId, at: now() });
    },

    async markAttended(sessionId, participantId) {
      // A phone reconnects many times in a meeting: only its first connection is a write.
      if (statements.isAttended.get(sessionId, participantId)) return;
      await write({ op: 'markAttended', sessionId, participantId });
    },

    async attendedMembers(sessionId) {
      return statements.selectAttended.all(sessionId).map((row) => row.participant_id);
    },

    async endedWithCertificateMarks(since, before) {
      return statements.selectEndedWithMarks.all(since, before).map((row) => row.id);
    },

    async idleMeetings(before) {
      return statements.selectIdle.all(before).map((row) => row.id);
    },

    async replaceRoleToken(sessionId, role, hash) {
      return write<boolean>({ op: 'replaceRoleToken', sessionId, role, hash });
    },

    async erase(sessionId) {
      await write({ op: 'erase', sessionId });
      cache.delete(sessionId);
    },

    async sweep(before) {
      const stale = await write<string[]>({ op: 'sweep', before });
      for (const sessionId of stale) cache.delete(sessionId);
      return stale;
    },

    async createGroup(group, tokenHash) {
      await write({ op: 'createGroup', groupId: group.groupId, tokenHash, json: JSON.stringify(group), at: now() });
    },

    async resolveGroupToken(hash) {
      return statements.selectGroupByToken.get(hash)?.id ?? null;
    },

    async loadGroup(groupId) {
      const row = statements.selectGroup.get(groupId);
      return row ? (JSON.parse(row.group_json) as Group) : null;
    },

    async saveGroup(group) {
      await write({ op: 'saveGroup', groupId: group.groupId, json: JSON.stringify(group), at: now() });
    },

    async groupMeetings(groupId) {
      const states: MeetingState[] = [];
      for (const { id } of statements.selectGroupSessions.all(groupId)) {
        const state = await store.load(id);
        if (state) states.push(state);
      }
      return states;
    },

    async groupRecords(groupId, prefix) {
      return statements.selectGroupRecords.all(groupId, prefix, prefix);
    },

    async putGroupRecord(groupId, key, json, expectedVersion, { erasing = false } = {}) {
      return write<boolean>({ op: 'putGroupRecord', groupId, key, json, expectedVersion, erasing });
    },

    async eraseGroup(groupId) {
      const sessions = await write<string[]>({ op: 'eraseGroup', groupId });
      for (const sessionId of sessions) cache.delete(sessionId);
      return sessions;
    },

    async touchGroup(groupId) {
      await write({ op: 'touchGroup', groupId, at: now() });
    },

    async sweepGroups(before) {
      const sessions = await write<string[]>({ op: 'sweepGroups', before });
      for (const sessionId of sessions) cache.delete(sessionId);
      return sessions;
    },

    // Each mark is a write of its own, awaited before the answer is counted: never in the same
    // transaction as the meeting's counts.
    async markCheckoutAnswered(sessionId, mark) {
      return write<boolean>({ op: 'markCheckout', sessionId, mark });
    },

    async unmarkCheckoutAnswered(sessionId, mark) {
      await write({ op: 'unmarkCheckout', sessionId, mark });
    },

    close() {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(cacheSweeper);
        cache.clear();
        db.close();
        resolve(writer.close());
      });
      return closing;
    },
  };
  return store;
}
