// The check-out's "answered" marks in the multi-process mode: two servers share one real
// redis-server; a member answers through one process and is refused a second answer through the
// other; the marks' key is gone once the meeting ends, and the counts carry nobody's id.
import Redis from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkoutMark } from '../../server/checkout-marks';
import { keys } from '../../server/backends/redis/store-scripts';
import type { LeadersView } from '../../shared/views';
import { joinMeeting, postJson, type Running } from './harness';
import { redisFilesHolding, type RedisServer } from './redis';
import { startTwoOnRedis, type TwoOnRedis } from './two-on-redis';

let two: TwoOnRedis;
let redis: RedisServer;
let a: Running;
let b: Running;
let peek: Redis;
let client: TwoOnRedis['client'];

beforeAll(async () => {
  two = await startTwoOnRedis();
  ({ redis, a, b, client } = two);
  peek = new Redis(redis.url);
});

afterAll(async () => {
  peek.disconnect();
  await two.stop();
});

it('one answer per member across processes; the marks go when the meeting ends', async () => {
  const group = (await postJson(`${a.url}/api/groups`, { name: 'Scale-out group' })).body;
  const put = await fetch(`${b.url}/api/groups/${group.groupId}/checkout`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${group.groupToken}` },
    body: JSON.stringify({ enabled: true }),
  });
  expect(put.status).toBe(200);
  const meeting = (await postJson(`${a.url}/api/sessions`, {}, { authorization: `Bearer ${group.groupToken}` })).body;
  const joined = [];
  for (const name of ['Ann', 'Ben', 'Cleo']) joined.push(await joinMeeting(b.url, meeting.joinCode, name));
  const leader = await client(a, meeting.leaderToken);
  expect((await leader.send({ type: 'phase.goto', phaseId: 'closing' })).ok).toBe(true);

  const onA = await client(a, joined[0]!.token);
  const onB = await client(b, joined[0]!.token);
  expect((await onA.send({ type: 'checkout.answer', answers: { safety: 4, focus: 2 } })).ok).toBe(true);
  const again = await onB.send({ type: 'checkout.answer', answers: { safety: 1, focus: 1 } });
  expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  for (const member of joined.slice(1)) {
    const phone = await client(b, member.token);
    expect((await phone.send({ type: 'checkout.answer', answers: { safety: 3, focus: 3 } })).ok).toBe(true);
  }
  const seen = (await leader.waitForView((view) => (view as LeadersView).checkout?.answered === 3)) as LeadersView;
  expect(seen.checkout).toEqual({ answered: 3 });

  const marksKey = keys.checkoutMarks(meeting.sessionId);
  expect(await peek.smembers(marksKey)).toEqual(
    expect.arrayContaining(joined.map((member) => checkoutMark(meeting.sessionId, member.participantId))),
  );
  const state = await peek.hget(keys.session(meeting.sessionId), 'state');
  const counts = JSON.stringify(JSON.parse(state!).checkout);
  for (const member of joined) expect(counts).not.toContain(member.participantId);

  const marks = joined.map((member) => checkoutMark(meeting.sessionId, member.participantId));
  await expect.poll(() => redisFilesHolding(redis.dir, marks[0]!).length, { timeout: 5000 }).toBeGreaterThan(0);

  expect((await leader.send({ type: 'session.end' })).ok).toBe(true);
  expect(await peek.exists(marksKey)).toBe(0);
  // Redis's append-only file logged each mark: it is rewritten from memory, without them.
  for (const mark of marks) {
    await expect.poll(() => redisFilesHolding(redis.dir, mark), { timeout: 15_000, interval: 250 }).toEqual([]);
  }
  const report = await fetch(`${b.url}/api/sessions/${meeting.sessionId}/report`, { headers: { authorization: `Bearer ${meeting.leaderToken}` } });
  expect((await report.json()).checkout).toEqual({ answered: 3, counts: { safety: [0, 0, 2, 1, 0], focus: [0, 1, 2, 0, 0] } });
});
