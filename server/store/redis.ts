// The multi-process store: the same SessionStore in Redis, shared by every server process. A save
// is one Lua script that compares the stored version first, so two processes changing one meeting
// never overwrite each other (meetings.ts decides again on false). Redis answers only after the
// write reached its append-only file, so with `appendonly yes` an acknowledged save survives a
// Redis restart (docs/deploy.md). Nothing is cached here: every process must see every change.
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Group } from '../../shared/groups';
import { restoreSaved, type SessionState } from '../../shared/session';
import {
  CREATE_SESSION,
  ERASE_GROUP,
  ERASE_SESSION,
  keys,
  SAVE_GROUP,
  SAVE_SESSION,
  SWEEP_SESSIONS,
} from './redis-scripts';
import type { Grant, SaveOptions, SessionStore } from './session-store';

type Script = (...args: (string | number)[]) => Promise<unknown>;

/** A script loaded once and called by its SHA; ioredis sends it again if Redis forgot it. */
function defineScript(client: Redis, name: string, lua: string): Script {
  client.defineCommand(name, { numberOfKeys: 0, lua });
  const commands = client as unknown as Record<string, Script>;
  return (...args) => commands[name]!(...args);
}

const tokenArgs = (tokens: { hash: string; grant: Grant }[]): string[] =>
  tokens.flatMap(({ hash, grant }) => [hash, JSON.stringify(grant), grant.participantId ?? '']);

const parseState = (json: string | null): SessionState | null =>
  json === null ? null : restoreSaved(JSON.parse(json) as SessionState);

export interface RedisStoreOptions {
  /** Called after names or a whole meeting were erased, to clear Redis's history of them too. */
  afterErase?: () => void;
}

export function openRedisStore(client: Redis, { afterErase = () => {} }: RedisStoreOptions = {}): SessionStore {
  const scripts = {
    createSession: defineScript(client, 'balintCreateSession', CREATE_SESSION),
    saveSession: defineScript(client, 'balintSaveSession', SAVE_SESSION),
    eraseSession: defineScript(client, 'balintEraseSession', ERASE_SESSION),
    sweepSessions: defineScript(client, 'balintSweepSessions', SWEEP_SESSIONS),
    saveGroup: defineScript(client, 'balintSaveGroup', SAVE_GROUP),
    eraseGroup: defineScript(client, 'balintEraseGroup', ERASE_GROUP),
  };

  return {
    async create(state, tokens) {
      await scripts.createSession(
        state.sessionId,
        JSON.stringify(state),
        state.version,
        state.joinCode,
        state.endedAt === null ? 0 : 1,
        state.groupId ?? '',
        Date.now(),
        ...tokenArgs(tokens),
      );
    },

    async load(sessionId) {
      return parseState(await client.hget(keys.session(sessionId), 'state'));
    },

    async save(state, expectedVersion, options: SaveOptions = {}) {
      const saved = await scripts.saveSession(
        state.sessionId,
        expectedVersion,
        state.version,
        JSON.stringify(state),
        state.endedAt === null ? 0 : 1,
        Date.now(),
        // Tells this save apart from any other that reached the same version.
        randomBytes(8).toString('hex'),
        options.tokens?.revokeParticipant ?? '',
        ...tokenArgs(options.tokens?.add ?? []),
      );
      if (saved === 1 && options.erasing) afterErase();
      return saved === 1;
    },

    async findByJoinCode(joinCode) {
      return client.get(keys.joinCode(joinCode));
    },

    async joinCodeInUse(joinCode) {
      return (await client.exists(keys.joinCode(joinCode))) === 1;
    },

    async resolveToken(hash) {
      const grant = await client.get(keys.token(hash));
      return grant === null ? null : (JSON.parse(grant) as Grant);
    },

    async erase(sessionId) {
      await scripts.eraseSession(sessionId);
      afterErase();
    },

    async sweep(before) {
      const erased = (await scripts.sweepSessions(before)) as string[];
      if (erased.length > 0) afterErase();
      return erased;
    },

    async createGroup(group, tokenHash) {
      await client
        .multi()
        .hset(keys.group(group.groupId), 'group', JSON.stringify(group), 'tokenHash', tokenHash)
        .set(keys.groupToken(tokenHash), group.groupId)
        .exec();
    },

    async resolveGroupToken(hash) {
      return client.get(keys.groupToken(hash));
    },

    async loadGroup(groupId) {
      const json = await client.hget(keys.group(groupId), 'group');
      return json === null ? null : (JSON.parse(json) as Group);
    },

    async saveGroup(group) {
      await scripts.saveGroup(group.groupId, JSON.stringify(group));
    },

    async groupMeetings(groupId) {
      const ids = await client.lrange(keys.groupMeetings(groupId), 0, -1);
      if (ids.length === 0) return [];
      const pipeline = client.pipeline();
      for (const id of ids) pipeline.hget(keys.session(id), 'state');
      const replies = (await pipeline.exec()) ?? [];
      return replies
        .map(([error, json]) => (error ? null : parseState(json as string | null)))
        .filter((state): state is SessionState => state !== null);
    },

    async eraseGroup(groupId) {
      const erased = (await scripts.eraseGroup(groupId)) as string[];
      afterErase();
      return erased;
    },

    async close() {
      // The connection belongs to the caller (server/scale-out.ts), which closes it last.
    },
  };
}
