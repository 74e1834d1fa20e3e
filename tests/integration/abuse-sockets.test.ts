// Hardening (issue 13), one person and their sockets: at most four sockets per token (a fifth
// closes the oldest), command limits per person across all their sockets, and a repeated
// command's memory kept per meeting, so one meeting's flood never makes another's retry run twice.
// Also the protocol version: an older page is told to reload and served on meanwhile.
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type CommandReply, type ReloadNotice } from '../../shared/protocol';
import { createMeeting, joinMeeting, refusal, serverForFile, type Client, type ClientSocket } from './harness';

const served = serverForFile({ joinRatePerMinute: 1000 });

describe('sockets per token', () => {
  it('a fifth connection closes the oldest socket of that token, as replaced', async () => {
    const meeting = await createMeeting(served.url);
    const first = await served.client(meeting.leaderToken);
    const closed = new Promise<string>((resolve) => first.socket.once('closed', resolve));
    const disconnected = new Promise<string>((resolve) => first.socket.once('disconnect', resolve));
    const others: Client[] = [];
    for (let i = 0; i < 3; i += 1) others.push(await served.client(meeting.leaderToken));
    const fifth = await served.client(meeting.leaderToken);
    expect(await closed).toBe('replaced');
    expect(await disconnected).toBe('io server disconnect');
    // The four newest stay, and the newest works.
    for (const socket of [...others, fifth]) expect(socket.socket.connected).toBe(true);
    expect(await fifth.send({ type: 'timer.resume' })).toMatchObject({ ok: true });
  });

  it('counts each member token on its own', async () => {
    const meeting = await createMeeting(served.url);
    const ann = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const ben = await joinMeeting(served.url, meeting.joinCode, 'Ben');
    const anns: Client[] = [];
    for (let i = 0; i < 4; i += 1) anns.push(await served.client(ann.token));
    const bens: Client[] = [];
    for (let i = 0; i < 4; i += 1) bens.push(await served.client(ben.token));
    const oldestAnn = new Promise<string>((resolve) => anns[0]!.socket.once('closed', resolve));
    await served.client(ann.token);
    expect(await oldestAnn).toBe('replaced');
    for (const socket of bens) expect(socket.socket.connected).toBe(true);
  });
});

describe('per-person command limits', () => {
  it('count a member across all their sockets, not each socket alone', async () => {
    const meeting = await createMeeting(served.url);
    const ann = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const sockets: Client[] = [];
    for (let i = 0; i < 4; i += 1) sockets.push(await served.client(ann.token));
    // 4 × 30 commands at once: each socket stays under its own 40 a second, the person does not.
    const replies = (
      await Promise.all(sockets.map((socket) => Promise.all(Array.from({ length: 30 }, () => socket.send({ type: 'timer.pause' })))))
    ).flat();
    const limited = replies.filter((reply) => !reply.ok && reply.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThanOrEqual(120 - 40);
    // What was let through was answered for what it is (a member may not pause the clock).
    expect(replies.filter((reply) => !reply.ok && reply.error.code === 'forbidden').length).toBeGreaterThan(0);
  });

  it('leave another person of the same meeting untouched', async () => {
    const meeting = await createMeeting(served.url);
    const ann = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const flooder = await served.client(ann.token);
    const leader = await served.client(meeting.leaderToken);
    await Promise.all(Array.from({ length: 60 }, () => flooder.send({ type: 'timer.pause' })));
    expect(await leader.send({ type: 'timer.resume' })).toMatchObject({ ok: true });
  });
});

describe('a repeated command in a busy server', () => {
  it("is still carried out once after another meeting's flood of commands", async () => {
    const quiet = await createMeeting(served.url);
    const leader = await served.client(quiet.leaderToken);
    const command = { type: 'timer.extend', seconds: 1, commandId: 'retry-me' };
    const first = await leader.send(command);
    expect(first.ok).toBe(true);

    // Another meeting sends more than ten thousand commands with ids, within every limit:
    // 260 members, 39 commands each.
    const busy = await createMeeting(served.url);
    const members = await Promise.all(
      Array.from({ length: 260 }, (_, i) => joinMeeting(served.url, busy.joinCode, `Member ${i}`)),
    );
    const phones = await Promise.all(members.map((member) => served.client(member.token)));
    let accepted = 0;
    await Promise.all(
      phones.map(async (phone, p) => {
        const replies = await Promise.all(
          Array.from({ length: 39 }, (_, c) => phone.send({ type: 'timer.pause', commandId: `flood-${p}-${c}` })),
        );
        accepted += replies.filter((reply: CommandReply) => reply.ok || reply.error.code !== 'rate_limited').length;
      }),
    );
    expect(accepted).toBeGreaterThan(10_000);
    for (const phone of phones) phone.close();

    // The quiet meeting's retry gets its first answer, and the clock was extended once.
    expect(await leader.send(command)).toEqual(first);
    const check = await leader.send({ type: 'timer.extend', seconds: 1 });
    expect(check).toEqual({ ok: true, version: (first as { version: number }).version + 1 });
  }, 120_000);
});

describe('the protocol version', () => {
  function open(token: string, auth: Record<string, unknown>) {
    const socket: ClientSocket = io(served.url, { auth: { token, ...auth }, transports: ['websocket'], reconnection: false, forceNew: true });
    const reloads: ReloadNotice[] = [];
    socket.on('reload', (notice) => reloads.push(notice));
    const ready = new Promise<void>((resolve, reject) => {
      socket.once('state', () => resolve());
      socket.once('connect_error', reject);
    });
    return { socket, reloads, ready };
  }
  /** A round trip after connecting: any `reload` for this connection has arrived by then. */
  const settle = (socket: ClientSocket) => socket.timeout(5000).emitWithAck('clock');

  it('tells a page from an older build to reload, and serves it on meanwhile', async () => {
    const meeting = await createMeeting(served.url);
    const old = open(meeting.leaderToken, { protocol: PROTOCOL_VERSION - 1 });
    await old.ready;
    await settle(old.socket);
    expect(old.reloads).toEqual([{ reason: 'protocol', protocol: PROTOCOL_VERSION }]);
    expect(old.socket.connected).toBe(true);
    expect(await old.socket.timeout(5000).emitWithAck('command', { type: 'timer.resume' })).toMatchObject({ ok: true });
    old.socket.close();
  });

  it('says nothing to a page of this build, nor to one that sends no version', async () => {
    const meeting = await createMeeting(served.url);
    for (const auth of [{ protocol: PROTOCOL_VERSION }, {}, { protocol: 'one' }]) {
      const page = open(meeting.displayToken, auth);
      await page.ready;
      await settle(page.socket);
      expect(page.reloads).toEqual([]);
      page.socket.close();
    }
    // The version never stands in for the token.
    expect(await refusal(served.url, 'not-a-token')).toBe('unauthorized');
  });
});
