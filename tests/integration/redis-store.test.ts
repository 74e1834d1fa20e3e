// The Redis MeetingStore on its own, against a real redis-server: the version check, tokens as
// hashes, join codes of running meetings, erasure that leaves no key behind, the retention sweep
// and groups. (The running servers are tested in scaleout.test.ts.)
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group } from '../../shared/groups';
import { admitMember } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import type { MeetingState } from '../../shared/meeting-state';
import { findFormat } from '../../shared/templates';
import { openRedisStore } from '../../server/backends/redis/store';
import type { MeetingStore } from '../../server/backends/meeting-store';
import { startRedis, type RedisServer } from './redis';

let redis: RedisServer;
let client: Redis;
let store: MeetingStore;
let erasures = 0;

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
  store = openRedisStore(client, { afterErase: () => (erasures += 1) });
});

afterAll(async () => {
  await client.quit();
  await redis.remove();
});

let counter = 0;
function newMeeting(groupId: string | null = null): MeetingState {
  counter += 1;
  return createMeeting({
    sessionId: `session-${counter}`,
    joinCode: `CODE${counter}`.slice(0, 6),
    title: 'Store test',
    format: findFormat('standard')!,
    groupId,
    now: Date.now(),
  });
}

const tokens = (state: MeetingState) => [
  { hash: `leader-hash-${state.sessionId}`, grant: { sessionId: state.sessionId, role: 'leader' as const } },
];

/** Every key in Redis that mentions the meeting (its id or its join code). */
async function keysOf(state: MeetingState): Promise<string[]> {
  const all = await client.keys('balint:*');
  const found: string[] = [];
  for (const key of all) {
    if (key.includes(state.sessionId) || key.includes(state.joinCode)) found.push(key);
    else if ((await client.type(key)) === 'string' && (await client.get(key))?.includes(state.sessionId)) {
      found.push(key);
    }
  }
  return found;
}

describe('the Redis store', () => {
  it('saves only over the version it was read at', async () => {
    const state = newMeeting();
    await store.create(state, tokens(state));
    expect(await store.load(state.sessionId)).toEqual(state);

    const joined = admitMember(state, { participantId: 'p1', name: 'Ann' }, Date.now());
    const paused = apply(state, { role: 'leader' }, { type: 'timer.resume' }, Date.now());
    if (!joined.ok || !paused.ok) throw new Error('the reducer refused');
    expect(await store.save(joined.state, state.version)).toBe(true);
    // A second process decided from the same version: refused, and the first change stands.
    expect(await store.save(paused.state, state.version)).toBe(false);
    expect(await store.load(state.sessionId)).toEqual(joined.state);
    expect(await store.save(paused.state, 99)).toBe(false);
    expect(await store.save({ ...newMeeting(), version: 2 }, 1)).toBe(false);
  });

  it('keeps tokens as hashes, adds and revokes them with the change', async () => {
    const state = newMeeting();
    await store.create(state, tokens(state));
    expect(await store.resolveToken(`leader-hash-${state.sessionId}`)).toEqual({
      sessionId: state.sessionId,
      role: 'leader',
    });
    expect(await store.resolveToken('nope')).toBeNull();
    const grant = { sessionId: state.sessionId, role: 'member' as const, participantId: 'p1' };
    const joined = admitMember(state, { participantId: 'p1', name: 'Ann' }, Date.now());
    if (!joined.ok) throw new Error('refused');
    await store.save(joined.state, state.version, { tokens: { add: [{ hash: 'ann-hash', grant }] } });
    expect(await store.resolveToken('ann-hash')).toEqual(grant);

    const remove = { type: 'participant.remove', participantId: 'p1' } as const;
    const removed = apply(joined.state, { role: 'leader' }, remove, Date.now());
    if (!removed.ok) throw new Error('refused');
    await store.save(removed.state, joined.state.version, { tokens: { revokeParticipant: 'p1' } });
    expect(await store.resolveToken('ann-hash')).toBeNull();
    expect(await store.resolveToken(`leader-hash-${state.sessionId}`)).not.toBeNull();
  });

  it('finds a running meeting by its join code, and no longer once it ended', async () => {
    const state = newMeeting();
    await store.create(state, tokens(state));
    expect(await store.findByJoinCode(state.joinCode)).toBe(state.sessionId);
    expect(await store.joinCodeInUse(state.joinCode)).toBe(true);
    const ended = apply(state, { role: 'leader' }, { type: 'session.end' }, Date.now());
    if (!ended.ok) throw new Error('refused');
    const before = erasures;
    await store.save(ended.state, state.version, { erasing: true });
    expect(erasures).toBe(before + 1);
    expect(await store.findByJoinCode(state.joinCode)).toBeNull();
    expect(await store.joinCodeInUse(state.joinCode)).toBe(false);
    expect((await store.load(state.sessionId))?.endedAt).toEqual(expect.any(Number));
  });

  it('erases a meeting without leaving a key behind', async () => {
    const state = newMeeting();
    await store.create(state, tokens(state));
    await client.hset(`balint:presence:${state.sessionId}`, 'someone|leader', 1);
    expect((await keysOf(state)).length).toBeGreaterThan(2);
    await store.erase(state.sessionId);
    expect(await keysOf(state)).toEqual([]);
    expect(await client.zscore('balint:sessions:updated', state.sessionId)).toBeNull();
    expect(await store.load(state.sessionId)).toBeNull();
  });

  it('sweeps the meetings untouched since the cut-off, and only those', async () => {
    const old = newMeeting();
    const fresh = newMeeting();
    await store.create(old, tokens(old));
    await store.create(fresh, tokens(fresh));
    await client.zadd('balint:sessions:updated', Date.now() - 31 * 86_400_000, old.sessionId);
    const erased = await store.sweep(Date.now() - 30 * 86_400_000);
    expect(erased).toEqual([old.sessionId]);
    expect(await keysOf(old)).toEqual([]);
    expect(await store.load(fresh.sessionId)).toEqual(fresh);
  });

  it('keeps groups, their formats and their meetings, and erases them together', async () => {
    const group: Group = { groupId: 'group-1', name: 'Thursday group', formats: [], createdAt: Date.now() };
    await store.createGroup(group, 'group-hash');
    expect(await store.resolveGroupToken('group-hash')).toBe('group-1');
    expect(await store.loadGroup('group-1')).toEqual(group);
    const withFormat = { ...group, formats: [findFormat('uk-classic')!] };
    await store.saveGroup(withFormat);
    expect(await store.loadGroup('group-1')).toEqual(withFormat);

    const first = newMeeting('group-1');
    const second = newMeeting('group-1');
    await store.create(first, tokens(first));
    await store.create(second, tokens(second));
    const meetingIds = async () => (await store.groupMeetings('group-1')).map((s) => s.sessionId);
    expect(await meetingIds()).toEqual([first.sessionId, second.sessionId]);
    await store.erase(first.sessionId);
    expect(await meetingIds()).toEqual([second.sessionId]);

    expect(await store.eraseGroup('group-1')).toEqual([second.sessionId]);
    expect(await store.loadGroup('group-1')).toBeNull();
    expect(await store.resolveGroupToken('group-hash')).toBeNull();
    expect(await keysOf(second)).toEqual([]);
    expect(await client.keys('balint:group*')).toEqual([]);
    // Saving a group erased meanwhile does not bring it back.
    await store.saveGroup(withFormat);
    expect(await store.loadGroup('group-1')).toBeNull();
  });
});
