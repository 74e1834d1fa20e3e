// Hardening (issue 13), the ways in: who the server believes a client is (TRUST_PROXY), guessing
// join codes from one address or many, a hall behind one NAT, the participant cap, and how many
// meetings and groups one address may start. Against the real server, one per test where the
// limits differ.
import { describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../server/config';
import { createMeeting, joinMeeting, postJson } from './harness';
import { serversPerTest } from './servers-per-test';

const perTest = serversPerTest();
async function server(overrides: Partial<Config>): Promise<string> {
  return (await perTest.server(overrides)).url;
}

const from = (address: string) => ({ 'x-forwarded-for': address });
const join = (url: string, joinCode: string, name: string, headers: Record<string, string> = {}) =>
  postJson(`${url}/api/join`, { joinCode, name }, headers);
const knock = (url: string, joinCode: string, name: string, headers: Record<string, string> = {}) =>
  postJson(`${url}/api/knock`, { joinCode, name }, headers);
const statuses = (replies: { status: number }[]) => replies.map((reply) => reply.status);

/** Codes no meeting holds: well formed, from the join-code alphabet. */
const unknownCodes = (count: number) => Array.from({ length: count }, (_, i) => `ZZZ${String(i).padStart(3, '2').replace(/[01]/g, '2')}`);

describe('TRUST_PROXY', () => {
  it('by default believes no X-Forwarded-For: a spoofed address does not escape the join limit', async () => {
    const url = await server({ joinRatePerMinute: 3 });
    const guesses = [];
    for (let i = 0; i < 6; i += 1) guesses.push(await join(url, `ZZZZZ${'ABCDEF'[i]}`, 'Guess', from(`203.0.113.${i + 1}`)));
    expect(statuses(guesses)).toEqual([404, 404, 404, 429, 429, 429]);
    expect(guesses[3]!.body).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
  });

  it('with TRUST_PROXY set to the proxy, counts the forwarded address', async () => {
    const url = await server({ joinRatePerMinute: 3, trustProxy: ['127.0.0.1'] });
    for (let i = 0; i < 3; i += 1) expect((await join(url, `ZZZZZ${'ABC'[i]}`, 'Guess', from('203.0.113.7'))).status).toBe(404);
    expect((await join(url, 'ZZZZZD', 'Guess', from('203.0.113.7'))).status).toBe(429);
    // Another client behind the same proxy has its own count.
    expect((await join(url, 'ZZZZZD', 'Guess', from('203.0.113.8'))).status).toBe(404);
  });

  it('is read from the environment as a comma list, and a bad entry stops the start', () => {
    expect(readConfig({}).trustProxy).toBeNull();
    expect(readConfig({ TRUST_PROXY: '' }).trustProxy).toBeNull();
    expect(readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });
});

describe('guessing join codes', () => {
  it('lets a hall of 100 behind one address join within two minutes with the default limits', async () => {
    const url = await server({});
    const meeting = await createMeeting(url);
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => join(url, meeting.joinCode, `Member ${i}`)));
    expect(statuses(replies).filter((status) => status !== 201)).toEqual([]);
  });

  it('counts failed attempts per address: unknown codes, a locked room, a bad body; knocks too', async () => {
    const url = await server({ joinRatePerMinute: 4 });
    const meeting = await createMeeting(url);
    const leader = { authorization: `Bearer ${meeting.leaderToken}` };
    expect((await join(url, 'ZZZZZZ', 'Guess')).status).toBe(404);
    expect((await knock(url, 'ZZZZZY', 'Guess')).status).toBe(404);
    expect((await postJson(`${url}/api/join`, { joinCode: meeting.joinCode }, leader)).status).toBe(400);
    const { status: lockedWith } = await lockRoom(url, meeting.sessionId, meeting.leaderToken);
    expect(lockedWith).toBe(200);
    expect((await join(url, meeting.joinCode, 'Late')).status).toBe(423);
    // Four failures: the address waits now, even with the right code.
    expect((await knock(url, meeting.joinCode, 'Late')).status).toBe(429);
  });

  it('limits failed attempts at one code, from however many addresses', async () => {
    const url = await server({ joinRatePerMinute: 1000, joinFailuresPerCode: 5, trustProxy: ['127.0.0.1'] });
    const meeting = await createMeeting(url);
    await lockRoom(url, meeting.sessionId, meeting.leaderToken);
    const tries = [];
    for (let i = 0; i < 8; i += 1) tries.push(await join(url, meeting.joinCode, 'Late', from(`198.51.100.${i + 1}`)));
    expect(statuses(tries)).toEqual([423, 423, 423, 423, 423, 429, 429, 429]);
    // Another code is not held back by it.
    const other = await createMeeting(url);
    expect((await join(url, other.joinCode, 'Ann', from('198.51.100.99'))).status).toBe(201);
  });

  it('caps the misses of the whole server, so that many addresses guess no faster than one budget', async () => {
    const url = await server({ joinRatePerMinute: 1000, joinMissesPerMinute: 10, trustProxy: ['127.0.0.1'] });
    const meeting = await createMeeting(url);
    // Joins with the right code spend none of the budget.
    for (let i = 0; i < 20; i += 1) expect((await join(url, meeting.joinCode, `Member ${i}`, from(`192.0.2.${i + 1}`))).status).toBe(201);
    // Sixty guesses from sixty addresses: ten are looked up, the rest are turned away unlooked.
    const guesses = await Promise.all(
      unknownCodes(60).map((code, i) => join(url, code, 'Guess', from(`10.1.${i}.1`))),
    );
    expect(statuses(guesses).filter((status) => status === 404)).toHaveLength(10);
    expect(statuses(guesses).filter((status) => status === 429)).toHaveLength(50);
    // Codes that cannot exist are answered without a look-up and spend nothing either.
    expect((await join(url, 'I0O1L!', 'Guess', from('10.2.0.1'))).status).toBe(404);
  });

  it('spends none of the server budget on a malformed code', async () => {
    const url = await server({ joinRatePerMinute: 1000, joinMissesPerMinute: 1, trustProxy: ['127.0.0.1'] });
    for (let i = 0; i < 5; i += 1) expect((await join(url, 'O0I1', 'Guess', from(`10.3.${i}.1`))).status).toBe(404);
    expect((await join(url, 'ZZZZZZ', 'Guess', from('10.3.9.1'))).status).toBe(404);
    expect((await join(url, 'ZZZZZY', 'Guess', from('10.3.9.2'))).status).toBe(429);
  });

  it('bounds successful joins from one address by a looser ceiling', async () => {
    const url = await server({ joinsPerAddressPerHour: 5 });
    const meeting = await createMeeting(url);
    const replies = [];
    for (let i = 0; i < 7; i += 1) replies.push(await join(url, meeting.joinCode, `Member ${i}`));
    expect(statuses(replies)).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });
});

async function lockRoom(url: string, _sessionId: string, leaderToken: string): Promise<{ status: number }> {
  const { connect } = await import('./harness');
  const leader = await connect(url, leaderToken);
  const reply = await leader.send({ type: 'room.lock' });
  leader.close();
  return { status: reply.ok ? 200 : 409 };
}

describe('the participant cap', () => {
  it('answers a join or a knock at a full meeting with 403 forbidden', async () => {
    const url = await server({ maxParticipants: 3 });
    const meeting = await createMeeting(url);
    for (let i = 0; i < 3; i += 1) await joinMeeting(url, meeting.joinCode, `Member ${i}`);
    const full = await join(url, meeting.joinCode, 'One too many');
    expect(full).toEqual({ status: 403, body: { error: { code: 'forbidden', message: expect.any(String) } } });
    await lockRoom(url, meeting.sessionId, meeting.leaderToken);
    expect((await knock(url, meeting.joinCode, 'Latecomer')).status).toBe(403);
  });

  it('is MAX_PARTICIPANTS, 1000 unless set', () => {
    expect(readConfig({}).maxParticipants).toBe(1000);
    expect(readConfig({ MAX_PARTICIPANTS: '500' }).maxParticipants).toBe(500);
  });
});

describe('starting meetings and groups', () => {
  it('limits meetings started per address', async () => {
    const url = await server({ createRatePerHour: 3 });
    const replies = [];
    for (let i = 0; i < 4; i += 1) replies.push(await postJson(`${url}/api/sessions`, { title: `Meeting ${i}` }));
    expect(statuses(replies)).toEqual([201, 201, 201, 429]);
    expect(replies[3]!.body).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
  });

  it('limits groups started per address', async () => {
    const url = await server({ createRatePerHour: 2 });
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(await postJson(`${url}/api/groups`, { name: `Group ${i}` }));
    expect(statuses(replies)).toEqual([201, 201, 429]);
  });

  it('keeps at most 50 formats per group, and lets one be saved over', async () => {
    const url = await server({});
    const group = (await postJson(`${url}/api/groups`, { name: 'Many formats' })).body;
    const put = (id: string) =>
      fetch(`${url}/api/groups/${group.groupId}/formats/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${group.groupToken}` },
        body: JSON.stringify({ title: id, phases: [{ title: 'One', durationSec: 60, prompt: '' }] }),
      });
    for (let i = 0; i < 50; i += 1) expect((await put(`format-${i}`)).status).toBe(200);
    const tooMany = await put('format-50');
    expect(tooMany.status).toBe(409);
    expect(await tooMany.json()).toEqual({ error: { code: 'conflict', message: expect.any(String) } });
    expect((await put('format-7')).status).toBe(200);
  });
});
