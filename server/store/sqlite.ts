// The single-process store: SQLite in WAL mode, every change committed with a full sync before
// it is acknowledged. Writes go to the writer thread (sqlite-writer.ts), so a fsync never stalls
// the room; reads use a connection of this thread, and the meetings in use stay in memory (only
// those: a server that has seen 20,000 meetings keeps the few hundred that run).
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Group } from '../../shared/groups';
import type { Role } from '../../shared/roles';
import { restoreSaved } from '../../shared/session-start';
import type { SessionState } from '../../shared/session-state';
import type { SaveOptions, SessionStore, StoreOptions } from './session-store';
import { DATABASE_FILE, type SessionRow, type Write, type WriteReply } from './sqlite-writes';

interface TokenRow {
  session_id: string;
  role: Role;
  participant_id: string | null;
}

/**
 * The writer runs as its own file: the bundle's sqlite-writer.js beside main.js, or, when the
 * server runs from its TypeScript sources (tests, `npm run dev`), through tsx.
 */
function startWriter(dataDir: string): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = fromSources
    ? new URL('./sqlite-writer-from-sources.mjs', import.meta.url)
    : new URL('./sqlite-writer.js', import.meta.url);
  // The writer keeps nothing between batches: a small young generation lets what each batch
  // leaves behind be collected soon, instead of growing the process by tens of megabytes.
  return new Worker(entry, { workerData: { dataDir }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
}

function rowOf(state: SessionState, updatedAt: number): SessionRow {
  return {
    sessionId: state.sessionId,
    joinCode: state.joinCode,
    ended: state.endedAt !== null,
    version: state.version,
    groupId: state.groupId,
    json: JSON.stringify(state),
    updatedAt,
  };
}

/**
 * The data folder is the server's alone (0700) and so are its files (0600): names and notes live
 * there while a meeting runs. SQLite gives the log and shared-memory files the database's mode, so
 * the database is created here first with the right one; files from an older start are put right.
 */
function privateDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const database = join(dataDir, DATABASE_FILE);
  if (!existsSync(database)) closeSync(openSync(database, 'a', 0o600));
  for (const file of [database, `${database}-wal`, `${database}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/** Meetings kept in memory at most, and for how long one nobody uses stays there. */
export const CACHED_MEETINGS_MAX = 500;
const CACHE_IDLE_MS = 10 * 60 * 1000;
const CACHE_SWEEP_MS = 60 * 1000;

/**
 * The meetings in use, least recently used first. Anything else is read from the database when
 * needed (one indexed row), so memory follows the meetings that run, not all that ever ran.
 */
class MeetingCache {
  private readonly entries = new Map<string, { state: SessionState; usedAt: number }>();

  get(sessionId: string): SessionState | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    this.set(sessionId, entry.state);
    return entry.state;
  }

  set(sessionId: string, state: SessionState): void {
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

export async function openSqliteStore(
  dataDir: string,
  { now }: Pick<StoreOptions, 'now'> = { now: Date.now },
): Promise<SessionStore> {
  privateDataDir(dataDir);
  const worker = startWriter(dataDir);
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;

  // The writer creates the schema; this thread reads only once it is there.
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.on('message', (reply: WriteReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(`could not save: ${reply.message}`));
  });
  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('the SQLite writer has stopped')));

  function write<T>(request: Write): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      worker.postMessage({ id, ...request });
    });
  }

  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  const statements = {
    selectSession: db.prepare<[string], { state: string }>('SELECT state FROM sessions WHERE id = ?'),
    selectByJoinCode: db.prepare<[string, number], { id: string }>(
      'SELECT id FROM sessions WHERE join_code = ? AND ended = 0 AND updated_at >= ? ORDER BY updated_at DESC LIMIT 1',
    ),
    selectIdle: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE ended = 0 AND updated_at < ?'),
    selectAnyByJoinCode: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE join_code = ? AND ended = 0 LIMIT 1',
    ),
    selectToken: db.prepare<[string], TokenRow>('SELECT session_id, role, participant_id FROM tokens WHERE hash = ?'),
    selectAttended: db.prepare<[string], { participant_id: string }>(
      'SELECT participant_id FROM attendance WHERE session_id = ?',
    ),
    selectEndedWithMarks: db.prepare<[number, number], { id: string }>(
      `SELECT id FROM sessions WHERE ended = 1 AND updated_at >= ? AND updated_at < ?
         AND json_array_length(state, '$.certificates.attended') > 0`,
    ),
    isAttended: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM attendance WHERE session_id = ? AND participant_id = ?',
    ),
    selectGroup: db.prepare<[string], { group_json: string }>('SELECT group_json FROM groups WHERE id = ?'),
    selectGroupByToken: db.prepare<[string], { id: string }>('SELECT id FROM groups WHERE token_hash = ?'),
    selectGroupSessions: db.prepare<[string], { id: string }>(
      'SELECT id FROM sessions WHERE group_id = ? ORDER BY rowid',
    ),
    selectGroupRecords: db.prepare<[string, string, string], { key: string; version: number; json: string }>(
      'SELECT key, version, json FROM group_records WHERE group_id = ? AND substr(key, 1, length(?)) = ? ORDER BY key',
    ),
  };

  const cache = new MeetingCache();
  const cacheSweeper = setInterval(() => cache.dropIdle(), CACHE_SWEEP_MS);
  cacheSweeper.unref();
  let closing: Promise<void> | undefined;

  const store: SessionStore = {
    async create(state, tokens) {
      await write({ op: 'create', row: rowOf(state, now()), tokens });
      cache.set(state.sessionId, state);
    },

    async load(sessionId) {
      const cached = cache.get(sessionId);
      if (cached) return cached;
      const row = statements.selectSession.get(sessionId);
      if (!row) return null;
      const state = restoreSaved(JSON.parse(row.state) as SessionState);
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
      const states: SessionState[] = [];
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
        worker.once('exit', () => resolve());
        worker.postMessage({ op: 'close' });
      });
      return closing;
    },
  };
  return store;
}
