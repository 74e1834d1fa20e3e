// The SQLite MeetingStore on its own, on a real file: writes go through the writer thread, and
// writes sent together are committed together, each standing or falling on its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { admitMember } from '../../shared/changes/people';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import type { MeetingState } from '../../shared/meeting-state';
import { findFormat } from '../../shared/templates';
import type { MeetingStore } from '../../server/backends/meeting-store';
import { openSqliteStore } from '../../server/backends/sqlite/store';

const dirs: string[] = [];
const stores: MeetingStore[] = [];

async function open(dataDir = mkdtempSync(join(tmpdir(), 'balint-sqlite-'))) {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const store = await openSqliteStore(dataDir);
  stores.push(store);
  return { store, dataDir };
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function newMeeting(): MeetingState {
  counter += 1;
  return createMeeting({
    sessionId: `session-${counter}`,
    joinCode: `Q${String(counter).padStart(5, '0')}`,
    title: 'Store test',
    format: findFormat('standard')!,
    groupId: null,
    now: Date.now(),
  });
}

const leaderToken = (state: MeetingState) => [
  { hash: `leader-hash-${state.sessionId}`, grant: { sessionId: state.sessionId, role: 'leader' as const } },
];

function joined(state: MeetingState, name: string): MeetingState {
  const outcome = admitMember(state, { participantId: `p-${name}`, name }, Date.now());
  if (!outcome.ok) throw new Error('the reducer refused');
  return outcome.state;
}

describe('the SQLite store', () => {
  it('saves only over the version it was read at', async () => {
    const { store } = await open();
    const state = newMeeting();
    await store.create(state, leaderToken(state));
    const withAnn = joined(state, 'Ann');
    const resumed = apply(state, { role: 'leader' }, { type: 'timer.resume' }, Date.now());
    if (!resumed.ok) throw new Error('the reducer refused');
    expect(await store.save(withAnn, state.version)).toBe(true);
    expect(await store.save(resumed.state, state.version)).toBe(false);
    expect(await store.load(state.sessionId)).toEqual(withAnn);
  });

  it('commits writes sent together, each on its own, and keeps them on disk', async () => {
    const { store, dataDir } = await open();
    const meetings = Array.from({ length: 40 }, newMeeting);
    await Promise.all(meetings.map((state) => store.create(state, leaderToken(state))));

    // Sent in one go, so the writer commits them as one batch: a stale save and a duplicate
    // meeting among them are refused, and everything else lands.
    const changed = meetings.map((state) => joined(state, 'Bo'));
    const stale = joined(meetings[0]!, 'Cy');
    const [saves, staleSave, duplicate] = await Promise.all([
      Promise.all(changed.map((state, i) => store.save(state, meetings[i]!.version))),
      store.save(stale, meetings[0]!.version),
      store.create(meetings[1]!, []).then(
        () => 'created',
        (error: Error) => error.message,
      ),
    ]);
    expect(saves.every(Boolean)).toBe(true);
    expect(staleSave).toBe(false);
    expect(duplicate).toMatch(/could not save/);

    // A fresh store on the same file (no cache) reads back exactly what was acknowledged.
    await store.close();
    const reopened = (await open(dataDir)).store;
    for (const state of changed) expect(await reopened.load(state.sessionId)).toEqual(state);
    expect(await reopened.resolveToken(`leader-hash-${meetings[5]!.sessionId}`)).toEqual({
      sessionId: meetings[5]!.sessionId,
      role: 'leader',
    });
  });

  it('erases a meeting and sweeps old ones through the writer', async () => {
    const { store } = await open();
    const old = newMeeting();
    const fresh = newMeeting();
    await store.create(old, leaderToken(old));
    await store.erase(old.sessionId);
    expect(await store.load(old.sessionId)).toBeNull();
    expect(await store.resolveToken(`leader-hash-${old.sessionId}`)).toBeNull();

    await store.create(fresh, leaderToken(fresh));
    expect(await store.sweep(Date.now() - 60_000)).toEqual([]);
    expect(await store.sweep(Date.now() + 60_000)).toEqual([fresh.sessionId]);
    expect(await store.load(fresh.sessionId)).toBeNull();
  });
});
