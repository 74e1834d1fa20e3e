// Notice expiry in the multi-process mode: two servers share one real redis-server; the notice is
// shown through one, and its minute passing clears it for the clients of both. The clock is
// injected (the same moved clock for both servers), so nobody waits a minute.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NOTICE_LIFETIME_MS } from '../../shared/changes/signals';
import { createMeeting, joinMeeting, type Running } from './harness';
import { startTwoOnRedis, type TwoOnRedis } from './two-on-redis';

let offsetMs = 0;
const now = () => Date.now() + offsetMs;

let two: TwoOnRedis;
let a: Running;
let b: Running;
let client: TwoOnRedis['client'];

beforeAll(async () => {
  two = await startTwoOnRedis({ now });
  ({ a, b, client } = two);
});

afterAll(() => two.stop());

it('a notice shown through one process clears itself for the clients of both', async () => {
  const meeting = await createMeeting(a.url, { title: 'Two processes' });
  const joined = await joinMeeting(b.url, meeting.joinCode, 'Ann');
  const leader = await client(a, meeting.leaderToken);
  const display = await client(b, meeting.displayToken);
  const member = await client(b, joined.token);

  const shown = await leader.send({ type: 'notice.show', text: 'Back to the relationship.' });
  if (!shown.ok) throw new Error(shown.error.message);
  for (const who of [display, member]) {
    expect((await who.waitForView((view) => view.version >= shown.version)).notice?.text).toBe('Back to the relationship.');
  }
  offsetMs += NOTICE_LIFETIME_MS + 1000;
  for (const who of [leader, display, member]) {
    const cleared = await who.waitForView((view) => view.version === shown.version + 1, 10_000);
    expect(cleared.notice).toBeNull();
  }
});
