// The Socket.IO half of the contract over real sockets: views per role on connecting, junk
// payloads, rate limits and repeated commands. The commands themselves are in
// realtime-commands.test.ts.
import { describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { createMeeting, refusal, serverForFile, sleep } from './harness';
import { PRIVATE_KEYS, roomsOn } from './realtime-room';

const served = serverForFile({ joinRatePerMinute: 1000, takeoverAfterSec: 0 });
const client = served.client;
const room = roomsOn(served);

describe('connecting', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['unknown', 'nope'],
    ['a number', 42],
    ['an object', { token: 'x' }],
    ['huge', 'x'.repeat(5000)],
  ])('refuses a %s token with unauthorized', async (_label, token) => {
    expect(await refusal(served.url, token)).toBe('unauthorized');
  });

  it('sends each role its view right after connecting', async () => {
    const { meeting, leader, coLeader, display, ann } = await room();
    for (const [c, role] of [
      [leader, 'leader'],
      [coLeader, 'co-leader'],
      [display, 'display'],
      [ann, 'member'],
    ] as const) {
      const view = c.latest();
      expect(view).toMatchObject({
        version: expect.any(Number),
        sessionId: meeting.sessionId,
        joinCode: meeting.joinCode,
        title: 'Thursday',
        role,
        ended: false,
        locked: false,
        phase: {
          id: 'opening',
          index: 0,
          title: expect.any(String),
          prompt: expect.any(String),
          timer: { durationSec: 180, elapsedMs: 0, runningSince: null },
        },
        presenter: null,
        notice: null,
      });
      expect(view.phases).toHaveLength(7);
    }
    expect(leader.latest()).toMatchObject({ flags: [], pauseSignals: 0 });
    const participants = await leader.waitForView(
      (view) => (view as LeadersView).participants.every((p) => p.connected),
    );
    expect((participants as LeadersView).participants.map((p) => p.name).sort()).toEqual(['Ann', 'Bo']);
    for (const c of [display, ann]) {
      for (const key of PRIVATE_KEYS) expect(c.latest()).not.toHaveProperty(key);
    }
  });

  it('tells a member who they are, on their socket only', async () => {
    const { ann, annId, leader } = await room();
    await sleep(50);
    expect(ann.selves.at(-1)).toMatchObject({ participantId: annId, name: 'Ann', volunteer: false, presenter: false });
    expect(leader.selves).toHaveLength(0);
  });

  it('answers clock with the server time', async () => {
    const { ann } = await room();
    const before = Date.now();
    const serverNow = await ann.socket.timeout(2000).emitWithAck('clock');
    expect(typeof serverNow).toBe('number');
    expect(serverNow).toBeGreaterThanOrEqual(before - 1000);
    expect(serverNow).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe('junk', () => {
  it('answers junk payloads with invalid and keeps serving everyone', async () => {
    const { leader, ann, display } = await room();
    const version = leader.latest().version;
    const junk: unknown[] = [
      null,
      42,
      'phase.next',
      [],
      [{ type: 'phase.next' }],
      {},
      { type: 'no.such.command' },
      { type: 42 },
      { type: 'timer.extend', seconds: '60' },
      { type: 'timer.extend', seconds: 1.5 },
      { type: 'timer.extend', seconds: 0 },
      { type: 'timer.extend', seconds: 3601 },
      { type: 'notice.show', text: 'x'.repeat(201) },
      { type: 'notice.show', text: '' },
      { type: 'flag.raise', kind: 'not-a-kind' },
      { type: 'flag.raise', kind: 'airtime', note: 'x'.repeat(141) },
      { type: 'phase.goto', phaseId: 'x'.repeat(1000) },
      JSON.parse('{"type":"phase.next","__proto__":{"polluted":true}}'),
      JSON.parse('{"__proto__":{"type":"phase.next"}}'),
      { type: 'phase.next', constructor: { prototype: { polluted: true } } },
      { type: 'constructor' },
      { type: '__proto__' },
    ];
    for (const payload of junk) {
      const reply = await leader.socket.timeout(2000).emitWithAck('command', payload as never);
      if (reply.ok) {
        // A poisoned key is dropped and the rest is a valid command: that is fine, if it changed one thing.
        expect((payload as { type?: string }).type).toBe('phase.next');
        continue;
      }
      expect(reply.error.code).toBe('invalid');
      expect(reply.error.message).toEqual(expect.any(String));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A command without an acknowledgement, and other events nobody listens to.
    leader.socket.emit('command', { type: 'notice.show', text: 'no ack' } as never, undefined as never);
    (leader.socket as any).emit('command');
    (leader.socket as any).emit('nonsense', { a: 1 });
    (ann.socket as any).emit('clock');
    (ann.socket as any).emit('clock', 'not a function');
    // Everyone is still served.
    const reply = await leader.send({ type: 'notice.show', text: 'still here' });
    expect(reply.ok).toBe(true);
    const seen = await display.waitForView((v) => v.notice?.text === 'still here');
    expect(seen.version).toBeGreaterThan(version);
  });

  it('refuses a payload over the buffer limit without disturbing others', async () => {
    const { leader, display } = await room();
    const big = await client((await createMeeting(served.url)).leaderToken);
    const dropped = new Promise((resolve) => big.socket.once('disconnect', resolve));
    big.socket.emit('command', { type: 'notice.show', text: 'x'.repeat(20 * 1024) } as never, () => {});
    expect(await dropped).toBeTruthy();
    expect(await leader.send({ type: 'notice.show', text: 'after the flood' })).toMatchObject({ ok: true });
    await display.waitForView((v) => v.notice?.text === 'after the flood');
  });

  it('lets a socket send 20 commands a second, then rate-limits a flood', async () => {
    const { leader } = await room();
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => leader.send({ type: 'timer.extend', seconds: i + 1 })),
    );
    expect(burst.every((reply) => reply.ok)).toBe(true);
    await sleep(1100);
    const flood = await Promise.all(
      Array.from({ length: 100 }, () => leader.send({ type: 'timer.extend', seconds: 1 })),
    );
    const limited = flood.filter((reply) => !reply.ok && reply.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(flood.filter((reply) => reply.ok).length).toBeGreaterThanOrEqual(20);
  });
});

describe('a repeated command', () => {
  it('is carried out once when it carries a commandId, and the repeat gets the first answer', async () => {
    const { leader, coLeader, meeting } = await room();
    const command = { type: 'flag.raise', kind: 'airtime', commandId: 'tap-42' };
    const first = await coLeader.send(command);
    expect(first.ok).toBe(true);
    expect(await coLeader.send(command)).toEqual(first);
    // A new socket of the same person (a reconnect) is recognised too.
    const again = await client(meeting.coLeaderToken);
    expect(await again.send(command)).toEqual(first);
    const other = await coLeader.send({ ...command, commandId: 'tap-43' });
    expect(other.ok).toBe(true);
    const view = (await leader.waitForView((v) => v.version === (other as { version: number }).version)) as LeadersView;
    expect(view.flags).toHaveLength(2);
    expect(await coLeader.send({ type: 'flag.raise', kind: 'airtime', commandId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
