// The multi-process store: the same MeetingStore in Redis, shared by every server process. A save
// is one Lua script that compares the stored version first, so two processes changing one meeting
// never overwrite each other (meetings.ts decides again on false). Redis answers only after the
// write reached its append-only file, so with `appendonly yes` an acknowledged save survives a
// Redis restart (docs/deploy.md). Nothing is cached here: every process must see every change.
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Group } from '../../../shared/groups';
import { restoreSaved, toSaved, type SavedMeeting } from '../../../shared/meeting-start';
import type { MeetingState } from '../../../shared/meeting-state';
import {
  ADOPT_GROUP,
  CREATE_GROUP,
  CREATE_SESSION,
  ERASE_GROUP,
  ERASE_SESSION,
  PUT_GROUP_RECORD,
  IDLE_SESSIONS,
  keys,
  REPLACE_ROLE_TOKEN,
  SAVE_GROUP,
  SAVE_SESSION,
  SWEEP_GROUPS,
  SWEEP_SESSIONS,
  TOUCH_GROUP,
  TOUCH_SESSION,
} from './store-scripts';
import type { Grant, SaveOptions, MeetingStore, StoreOptions } from '../meeting-store';
import { defineScript } from './define-script';

const tokenArgs = (tokens: { hash: string; grant: Grant }[]): string[] =>
  tokens.flatMap(({ hash, grant }) => [hash, JSON.stringify(grant), grant.participantId ?? '']);

const parseState = (json: string | null): MeetingState | null =>
  json === null ? null : restoreSaved(JSON.parse(json) as SavedMeeting);

export interface RedisStoreOptions extends Partial<StoreOptions> {
  /** Called after names or a whole meeting were erased, to clear Redis's history of them too. */
  afterErase?: () => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Groups saved by a version that did not sweep them have no last use and keys that never expire:
 * they count as used from now. Run once as a process starts; a SCAN, so Redis is never blocked.
 */
export async function adoptOlderGroups(
  client: Redis,
  { now = Date.now, groupRetentionMs = 365 * DAY_MS }: Partial<StoreOptions> = {},
): Promise<number> {
  const adopt = defineScript(client, 'balintAdoptGroup', ADOPT_GROUP);
  const prefix = keys.group('');
  let adopted = 0;
  let cursor = '0';
  do {
    const [next, found] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    for (const key of found) {
      const groupId = key.slice(prefix.length);
      if (groupId.includes(':')) continue; // a group's list of meetings, not the group
      adopted += Number(await adopt(groupId, now(), groupRetentionMs + DAY_MS));
    }
  } while (cursor !== '0');
  return adopted;
}

export function openRedisStore(
  client: Redis,
  { afterErase = () => {}, now = Date.now, retentionMs = 30 * DAY_MS, groupRetentionMs = 365 * DAY_MS }: RedisStoreOptions = {},
): MeetingStore {
  const scripts = {
    createMeeting: defineScript(client, 'balintCreateSession', CREATE_SESSION),
    saveSession: defineScript(client, 'balintSaveSession', SAVE_SESSION),
    touchSession: defineScript(client, 'balintTouchSession', TOUCH_SESSION),
    idleSessions: defineScript(client, 'balintIdleSessions', IDLE_SESSIONS),
    replaceRoleToken: defineScript(client, 'balintReplaceRoleToken', REPLACE_ROLE_TOKEN),
    eraseSession: defineScript(client, 'balintEraseSession', ERASE_SESSION),
    sweepSessions: defineScript(client, 'balintSweepSessions', SWEEP_SESSIONS),
    createGroup: defineScript(client, 'balintCreateGroup', CREATE_GROUP),
    saveGroup: defineScript(client, 'balintSaveGroup', SAVE_GROUP),
    touchGroup: defineScript(client, 'balintTouchGroup', TOUCH_GROUP),
    eraseGroup: defineScript(client, 'balintEraseGroup', ERASE_GROUP),
    sweepGroups: defineScript(client, 'balintSweepGroups', SWEEP_GROUPS),
    putGroupRecord: defineScript(client, 'balintPutGroupRecord', PUT_GROUP_RECORD),
  };
  // Every key expires a day after the sweep would have erased it: a backstop, never the rule.
  const meetingTtl = retentionMs + DAY_MS;
  const groupTtl = groupRetentionMs + DAY_MS;

  return {
    async create(state, tokens) {
      await scripts.createMeeting(
        state.sessionId,
        JSON.stringify(toSaved(state)),
        state.version,
        state.joinCode,
        state.endedAt === null ? 0 : 1,
        state.groupId ?? '',
        now(),
        meetingTtl,
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
        JSON.stringify(toSaved(state)),
        state.endedAt === null ? 0 : 1,
        now(),
        // Tells this save apart from any other that reached the same version.
        randomBytes(8).toString('hex'),
        options.tokens?.revokeParticipant ?? '',
        meetingTtl,
        ...tokenArgs(options.tokens?.add ?? []),
      );
      if (saved === 1 && options.erasing) {
        // The end took who was there into the meeting's state: the marks here go with the names.
        await client.del(keys.attended(state.sessionId));
        afterErase();
      }
      return saved === 1;
    },

    async findByJoinCode(joinCode, activeSince) {
      const sessionId = await client.get(keys.joinCode(joinCode));
      if (sessionId === null || activeSince === undefined) return sessionId;
      const lastUsed = await client.zscore(keys.updated, sessionId);
      return lastUsed !== null && Number(lastUsed) >= activeSince ? sessionId : null;
    },

    async joinCodeInUse(joinCode) {
      return (await client.exists(keys.joinCode(joinCode))) === 1;
    },

    async resolveToken(hash) {
      const grant = await client.get(keys.token(hash));
      return grant === null ? null : (JSON.parse(grant) as Grant);
    },

    async touch(sessionId) {
      await scripts.touchSession(sessionId, now(), meetingTtl);
    },

    async markAttended(sessionId, participantId) {
      await client.multi().sadd(keys.attended(sessionId), participantId).pexpire(keys.attended(sessionId), meetingTtl).exec();
    },

    async attendedMembers(sessionId) {
      return client.smembers(keys.attended(sessionId));
    },

    async endedWithCertificateMarks(since, before) {
      const ids = await client.zrangebyscore(keys.updated, since, `(${before}`);
      if (ids.length === 0) return [];
      const pipeline = client.pipeline();
      for (const id of ids) pipeline.hget(keys.session(id), 'state');
      const replies = (await pipeline.exec()) ?? [];
      return ids.filter((_id, index) => {
        const [error, json] = replies[index] ?? [null, null];
        const state = error ? null : parseState(json as string | null);
        return state !== null && state.endedAt !== null && (state.certificates?.attended.length ?? 0) > 0;
      });
    },

    async idleMeetings(before) {
      return (await scripts.idleSessions(before)) as string[];
    },

    async replaceRoleToken(sessionId, role, hash) {
      const grant: Grant = { sessionId, role };
      return (await scripts.replaceRoleToken(sessionId, role, hash, JSON.stringify(grant), meetingTtl)) === 1;
    },

    async erase(sessionId) {
      await scripts.eraseSession(sessionId);
      await client.del(keys.attended(sessionId));
      afterErase();
    },

    async sweep(before) {
      const erased = (await scripts.sweepSessions(before)) as string[];
      if (erased.length > 0) afterErase();
      return erased;
    },

    async createGroup(group, tokenHash) {
      await scripts.createGroup(group.groupId, JSON.stringify(group), tokenHash, now(), groupTtl);
    },

    async resolveGroupToken(hash) {
      return client.get(keys.groupToken(hash));
    },

    async loadGroup(groupId) {
      const json = await client.hget(keys.group(groupId), 'group');
      return json === null ? null : (JSON.parse(json) as Group);
    },

    async saveGroup(group) {
      await scripts.saveGroup(group.groupId, JSON.stringify(group), now(), groupTtl);
    },

    async groupMeetings(groupId) {
      const ids = await client.lrange(keys.groupMeetings(groupId), 0, -1);
      if (ids.length === 0) return [];
      const pipeline = client.pipeline();
      for (const id of ids) pipeline.hget(keys.session(id), 'state');
      const replies = (await pipeline.exec()) ?? [];
      return replies
        .map(([error, json]) => (error ? null : parseState(json as string | null)))
        .filter((state): state is MeetingState => state !== null);
    },

    async groupRecords(groupId, prefix) {
      const held = await client.hgetall(keys.groupRecords(groupId));
      return Object.entries(held)
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => {
          const bar = value.indexOf('|');
          return { key, version: Number(value.slice(0, bar)), json: value.slice(bar + 1) };
        });
    },

    async putGroupRecord(groupId, key, json, expectedVersion, { erasing = false } = {}) {
      const saved = (await scripts.putGroupRecord(groupId, key, json, expectedVersion, now(), groupTtl)) === 1;
      // The append-only file still holds the old text until it is rewritten.
      if (saved && erasing) afterErase();
      return saved;
    },

    async eraseGroup(groupId) {
      const erased = (await scripts.eraseGroup(groupId)) as string[];
      afterErase();
      return erased;
    },

    async touchGroup(groupId) {
      await scripts.touchGroup(groupId, now(), groupTtl);
    },

    async sweepGroups(before) {
      const [groups, ...erased] = (await scripts.sweepGroups(before)) as [number, ...string[]];
      if (groups > 0) afterErase();
      return erased;
    },

    async markCheckoutAnswered(sessionId, mark) {
      const replies = await client.multi().sadd(keys.checkoutMarks(sessionId), mark).pexpire(keys.checkoutMarks(sessionId), meetingTtl).exec();
      const [error, added] = replies?.[0] ?? [new Error('no reply'), 0];
      if (error) throw error;
      return added === 1;
    },

    async unmarkCheckoutAnswered(sessionId, mark) {
      await client.srem(keys.checkoutMarks(sessionId), mark);
    },

    async close() {
      // The connection belongs to whoever opened the Redis backend, which closes it last.
    },
  };
}
