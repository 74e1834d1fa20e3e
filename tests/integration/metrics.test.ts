// GET /metrics over the real server: off by default, behind its token, or on an address of its
// own; its figures move as a meeting runs; and nothing in it ever names whom or which meeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_OUTCOMES, JOIN_REFUSALS, JOIN_WAYS, UNKNOWN_COMMAND } from '../../server/metrics';
import { COMMAND_TYPES } from '../../shared/commands';
import { ROLES } from '../../shared/roles';
import {
  type Client,
  connect,
  createMeeting,
  joinMeeting,
  postJson,
  removeDir,
  serverForFile,
  startServer,
  type Running,
} from './harness';
import { startTwoOnRedis, type TwoOnRedis } from './two-on-redis';

const TOKEN = 'scrape-token-0123456789abcdef';

async function scrape(base: string, token: string | null = TOKEN): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${base}/metrics`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The sum of a metric's samples whose labels include `labels` (Prometheus text format). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const held = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => held[key] === value)) sum += Number(match[3]);
  }
  return sum;
}

/** A well-formed code that is not this one. */
const otherCode = (code: string) => [...code].map((char) => (char === 'A' ? 'B' : 'A')).join('');

describe('off by default', () => {
  const served = serverForFile();
  it('answers 404', async () => {
    const { status, text } = await scrape(served.url);
    expect(status).toBe(404);
    expect(JSON.parse(text).error.code).toBe('not_found');
  });
});

describe('behind METRICS_TOKEN', () => {
  const served = serverForFile({ metricsToken: TOKEN, joinRatePerMinute: 1000 });
  const clients: Client[] = [];
  afterAll(() => clients.forEach((client) => client.close()));
  const client = async (token: string) => {
    const connected = await connect(served.url, token);
    clients.push(connected);
    return connected;
  };

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await scrape(served.url, null)).status).toBe(401);
    expect((await scrape(served.url, 'scrape-token-0123456789abcdeX')).status).toBe(401);
    expect((await scrape(served.url, 'short')).status).toBe(401);
    const ok = await scrape(served.url);
    expect(ok.status).toBe(200);
    expect(ok.type).toContain('text/plain');
    // prom-client's default metrics: event-loop lag and memory.
    expect(ok.text).toContain('nodejs_eventloop_lag_seconds');
    expect(ok.text).toContain('process_resident_memory_bytes');
  });

  it('moves as a meeting runs, and never names a person, a code, a token or a meeting', async () => {
    const before = (await scrape(served.url)).text;
    const meeting = await createMeeting(served.url, { title: 'Thursday Zephyrine' });
    const names = ['Quentaria', 'Bo Xyloph'];
    const joined = [];
    for (const name of names) joined.push(await joinMeeting(served.url, meeting.joinCode, name));
    const leader = await client(meeting.leaderToken);
    await client(meeting.displayToken);
    const members = [];
    for (const { token } of joined) members.push(await client(token));

    expect((await leader.send({ type: 'phase.next' })).ok).toBe(true);
    expect((await leader.send({ type: 'notice.show', text: 'Zephyrine says hello' })).ok).toBe(true);
    const forbidden = await members[0]!.send({ type: 'phase.next' });
    expect(forbidden.ok).toBe(false);
    const junk = await members[0]!.send({ type: 'Quentaria.secret', name: 'Quentaria' });
    expect(junk.ok).toBe(false);

    expect((await postJson(`${served.url}/api/join`, { joinCode: otherCode(meeting.joinCode), name: 'Wrongcode Wilma' })).status).toBe(404);
    expect((await postJson(`${served.url}/api/join`, { joinCode: meeting.joinCode })).status).toBe(400);
    expect((await leader.send({ type: 'room.lock' })).ok).toBe(true);
    expect((await postJson(`${served.url}/api/join`, { joinCode: meeting.joinCode, name: 'Late Lorelei' })).status).toBe(423);
    const knocked = await postJson(`${served.url}/api/knock`, { joinCode: meeting.joinCode, name: 'Knocking Kasimir' });
    expect(knocked.status).toBe(201);

    const after = (await scrape(served.url)).text;
    const moved = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('balint_commands_total', { type: 'phase.next', outcome: 'ok' })).toBe(1);
    expect(moved('balint_commands_total', { type: 'phase.next', outcome: 'forbidden' })).toBe(1);
    expect(moved('balint_commands_total', { type: 'unknown', outcome: 'invalid' })).toBe(1);
    expect(moved('balint_command_duration_seconds_count')).toBe(5);
    expect(moved('balint_joins_total', { way: 'join' })).toBe(2);
    expect(moved('balint_joins_total', { way: 'knock' })).toBe(1);
    expect(moved('balint_join_refusals_total', { reason: 'unknown_code' })).toBe(1);
    expect(moved('balint_join_refusals_total', { reason: 'invalid' })).toBe(1);
    expect(moved('balint_join_refusals_total', { reason: 'locked' })).toBe(1);
    // Two joins, four commands that changed the meeting, one knock.
    expect(moved('balint_store_write_duration_seconds_count')).toBeGreaterThanOrEqual(6);
    expect(sample(after, 'balint_live_meetings')).toBe(1);
    expect(sample(after, 'balint_connected_sockets', { role: 'member' })).toBe(2);
    expect(sample(after, 'balint_connected_sockets', { role: 'leader' })).toBe(1);
    expect(sample(after, 'balint_connected_sockets', { role: 'display' })).toBe(1);

    const secrets = [
      ...names,
      'Wrongcode Wilma',
      'Late Lorelei',
      'Knocking Kasimir',
      'Quentaria',
      'Zephyrine',
      meeting.joinCode,
      meeting.joinCode.toLowerCase(),
      otherCode(meeting.joinCode),
      meeting.sessionId,
      meeting.leaderToken,
      meeting.coLeaderToken,
      meeting.displayToken,
      knocked.body.token,
      knocked.body.knockId,
      ...joined.flatMap((one) => [one.token, one.participantId]),
    ];
    for (const secret of secrets) expect(after.includes(secret), secret).toBe(false);
    // Every label value of ours comes from one of the fixed lists (or is a histogram's bucket bound).
    const words = new Set<string>([...COMMAND_TYPES, UNKNOWN_COMMAND, ...COMMAND_OUTCOMES, ...ROLES, ...JOIN_WAYS, ...JOIN_REFUSALS]);
    const ours = after.split('\n').filter((line) => line.startsWith('balint_'));
    expect(ours.length).toBeGreaterThan(100);
    for (const line of ours) {
      for (const [, key, value] of line.matchAll(/(\w+)="([^"]*)"/g)) {
        if (key === 'le') expect(value).toMatch(/^\d+(\.\d+)?$|^\+Inf$/);
        else expect(words.has(value!), value).toBe(true);
      }
    }
  });
});

describe('on METRICS_HOST', () => {
  let server: Running;
  let metricsUrl: string;
  beforeAll(async () => {
    server = await startServer({ metricsHost: '127.0.0.1', metricsPort: 0 });
    await server.app.metricsHttp!.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.metricsHttp!.server.address() as { port: number };
    metricsUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('serves on its own port and not on the main one', async () => {
    const own = await scrape(metricsUrl, null);
    expect(own.status).toBe(200);
    expect(own.text).toContain('balint_commands_total');
    expect((await scrape(server.url, null)).status).toBe(404);
    // The metrics address serves nothing else of the app.
    expect((await fetch(`${metricsUrl}/api/health`)).status).toBe(404);
  });
});

describe('in the Redis mode', () => {
  let two: TwoOnRedis;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    two = await startTwoOnRedis({ metricsToken: TOKEN });
    ({ a, b } = two);
  });
  afterAll(() => two.stop());

  it('each process reports the sockets and commands it served', async () => {
    const meeting = await createMeeting(a.url);
    const joined = await joinMeeting(b.url, meeting.joinCode, 'Ann');
    const leader = await two.client(a, meeting.leaderToken);
    await two.client(b, joined.token);
    expect((await leader.send({ type: 'phase.next' })).ok).toBe(true);

    const [onA, onB] = [(await scrape(a.url)).text, (await scrape(b.url)).text];
    expect(sample(onA, 'balint_connected_sockets', { role: 'leader' })).toBe(1);
    expect(sample(onA, 'balint_connected_sockets', { role: 'member' })).toBe(0);
    expect(sample(onB, 'balint_connected_sockets', { role: 'member' })).toBe(1);
    expect(sample(onA, 'balint_live_meetings')).toBe(1);
    expect(sample(onB, 'balint_live_meetings')).toBe(1);
    expect(sample(onA, 'balint_commands_total', { type: 'phase.next', outcome: 'ok' })).toBe(1);
    expect(sample(onB, 'balint_commands_total', { type: 'phase.next', outcome: 'ok' })).toBe(0);
    expect(sample(onB, 'balint_joins_total', { way: 'join' })).toBe(1);
    expect(sample(onA, 'balint_joins_total', { way: 'join' })).toBe(0);
  });
});
