// Two frames in one meeting, over real sockets: a Balint round, then the leader crosses into
// professional development. Every audience sees the boundary; the pad's kinds follow the frame; the
// record (JSON and Markdown) shows which frame each part ran in and for how long.
import { describe, expect, it } from 'vitest';
import { minutesByFrame } from '../../shared/frames';
import type { Report } from '../../shared/report';
import type { LeadersView, View } from '../../shared/views';
import { type Client, createMeeting, joinMeeting, serverForFile } from './harness';

/** The server's clock, moved by the test: the parts run their minutes without waiting for them. */
let offsetMs = 0;
const now = () => Date.now() + offsetMs;
const MIN = 60_000;

const server = serverForFile({ joinRatePerMinute: 1000, now });
const client = server.client;

async function ok(who: Client, command: Record<string, unknown>): Promise<number> {
  const reply = await who.send(command);
  if (!reply.ok) throw new Error(`${String(command.type)} refused: ${reply.error.code} ${reply.error.message}`);
  return reply.version;
}

const atVersion = (who: Client, version: number) => who.waitForView((view) => view.version >= version);

async function report(sessionId: string, token: string, query = ''): Promise<Response> {
  return fetch(`${server.url}/api/sessions/${sessionId}/report${query}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('a Balint round, then a professional-development part', () => {
  it('crosses the boundary for every audience, and the record keeps the two frames apart', async () => {
    const meeting = await createMeeting(server.url, { title: 'Residents, Tuesday' });
    const anna = await joinMeeting(server.url, meeting.joinCode, 'Anna');
    await joinMeeting(server.url, meeting.joinCode, 'Ben');
    const leader = await client(meeting.leaderToken);
    const coLeader = await client(meeting.coLeaderToken);
    const display = await client(meeting.displayToken);
    const member = await client(anna.token);

    // The case round: the case presented and discussed, then the closing.
    await ok(leader, { type: 'timer.resume' });
    await ok(leader, { type: 'presenter.set', participantId: anna.participantId });
    await ok(leader, { type: 'phase.goto', phaseId: 'discussion' });
    offsetMs += 20 * MIN;
    await ok(coLeader, { type: 'flag.raise', kind: 'medical-drift' });
    await ok(leader, { type: 'phase.goto', phaseId: 'closing' });
    offsetMs += 2 * MIN;

    // A kind of the other frame is refused and changes nothing.
    const early = await coLeader.send({ type: 'flag.raise', kind: 'complaint-spiral' });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid' } });

    // The co-leader cannot cross the boundary; the leader can.
    const refused = await coLeader.send({ type: 'development.start' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const crossed = await ok(leader, { type: 'development.start' });

    const seen = await Promise.all([leader, coLeader, display, member].map((who) => atVersion(who, crossed)));
    for (const view of seen as View[]) {
      expect(view.phase.id).toBe('development-check-in');
      expect(view.phase.frame).toBe('development');
      expect(view.framingMoment).not.toBeNull();
      expect(view.presenter).toBeNull();
    }

    // In professional development, the case kinds give way to that frame's.
    const caseKind = await coLeader.send({ type: 'flag.raise', kind: 'step-back-breach' });
    expect(caseKind).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const raised = await ok(coLeader, { type: 'flag.raise', kind: 'complaint-spiral' });
    const leaders = (await atVersion(leader, raised)) as LeadersView;
    expect(leaders.flags.map(({ kind, frame }) => ({ kind, frame }))).toEqual([
      { kind: 'medical-drift', frame: undefined },
      { kind: 'complaint-spiral', frame: 'development' },
    ]);
    // The room never sees a flag, in either frame.
    expect(JSON.stringify(display.latest())).not.toContain('complaint-spiral');
    expect(JSON.stringify(member.latest())).not.toContain('complaint-spiral');

    // The moment clears at the next phase.
    offsetMs += 5 * MIN;
    const next = await ok(leader, { type: 'phase.next' });
    expect((await atVersion(display, next)).framingMoment).toBeNull();
    offsetMs += 30 * MIN;
    await ok(leader, { type: 'phase.goto', phaseId: 'development-closing' });
    offsetMs += 5 * MIN;

    // No new case follows the development part.
    const nextCase = await leader.send({ type: 'case.next' });
    expect(nextCase).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(leader, { type: 'session.end' });

    const json = await report(meeting.sessionId, meeting.leaderToken);
    expect(json.status).toBe(200);
    const record = (await json.json()) as Report;
    expect(record.rounds.map(({ kind, frame }) => ({ kind, frame }))).toEqual([
      { kind: 'case', frame: 'balint' },
      { kind: 'development', frame: 'development' },
    ]);
    const [balint, development] = record.rounds;
    expect(balint!.actualSec).toBeGreaterThanOrEqual(22 * 60);
    expect(development!.actualSec).toBeGreaterThanOrEqual(40 * 60);
    expect(development!.phases.map((phase) => phase.id)).toEqual([
      'development-check-in',
      'development-theme',
      'development-discussion',
      'development-closing',
    ]);
    const minutes = minutesByFrame(record);
    expect(minutes.balint).toBeGreaterThanOrEqual(22);
    expect(minutes.development).toBeGreaterThanOrEqual(40);
    expect(record.flags.map((flag) => flag.round)).toEqual([0, 1]);

    const markdown = await report(meeting.sessionId, meeting.coLeaderToken, '?format=md&lang=fr');
    expect(await markdown.text()).toContain('Développement professionnel');
  });

  it('a meeting of the professional-development format opens in its frame', async () => {
    const meeting = await createMeeting(server.url, { title: 'Residents, PD', template: 'development' });
    const display = await client(meeting.displayToken);
    expect(display.latest().phase).toMatchObject({ id: 'development-check-in', frame: 'development' });
    // Nothing was crossed: the room starts in this frame, with no framing moment.
    expect(display.latest().framingMoment).toBeNull();
    const leader = await client(meeting.leaderToken);
    const again = await leader.send({ type: 'development.start' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
