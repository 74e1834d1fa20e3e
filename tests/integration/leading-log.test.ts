// The leaders' records over HTTP, with the group's token: the leader list, the leading log (JSON and
// CSV), the supervision reports written by two leaders at once. Nothing of it opens with a member's,
// the display's or even the leader's meeting token; bad input changes nothing. (Its lifetime and
// erasure: leading-log-erasure.test.ts.)
import { describe, expect, it } from 'vitest';
import { joinMeeting, postJson, serverForFile } from './harness';
import { bearer, call, groupWithLeaders, runMeeting } from './leading-log-helpers';

/** The server's clock, moved by a test: a part runs its minutes without waiting for them. */
let offsetMs = 0;
const MIN = 60_000;
const served = serverForFile({ joinRatePerMinute: 1000, takeoverAfterSec: 0, now: () => Date.now() + offsetMs });

describe('the leading log', () => {
  it('keeps one row per meeting, oldest first, with who led and co-led and the takeovers', async () => {
    const setup = await groupWithLeaders(served.url);
    const first = await runMeeting(setup, { ledBy: setup.anna, coLedBy: setup.carl });
    const second = await runMeeting(setup, { ledBy: setup.carl, coLedBy: null }, { takeover: true });
    const log = await call('GET', `${served.url}/api/groups/${setup.groupId}/log`, setup.token);
    expect(log.status).toBe(200);
    expect(log.body.rows).toHaveLength(2);
    expect(log.body.rows[0]).toEqual({
      sessionId: first.meeting.sessionId,
      title: 'Thursday',
      date: expect.any(Number),
      plannedMin: 45,
      actualMin: expect.any(Number),
      minutesBalint: expect.any(Number),
      minutesDevelopment: 0,
      format: 'standard',
      cases: 1,
      members: 3,
      ledBy: { leaderId: setup.anna, name: 'Anna Berg' },
      coLedBy: { leaderId: setup.carl, name: 'C. D.' },
      takeovers: 0,
      supervised: false,
      supervisorInitials: null,
    });
    expect(log.body.rows[1]).toMatchObject({ sessionId: second.meeting.sessionId, ledBy: { name: 'C. D.' }, coLedBy: null, takeovers: 1 });
    expect(log.body.totals).toEqual({
      meetings: 2,
      minutesLed: expect.any(Number),
      minutesCoLed: expect.any(Number),
      minutesBalint: expect.any(Number),
      minutesDevelopment: 0,
    });
    const text = JSON.stringify(log.body);
    for (const secret of ['Zebediah', 'Ottoline', 'Perpetua', 'Kumquat']) expect(text).not.toContain(secret);

    const csv = await call('GET', `${served.url}/api/groups/${setup.groupId}/log?format=csv`, setup.token);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const lines = String(csv.body).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(',').slice(0, 11)).toEqual([
      'sessionId', 'date', 'plannedMin', 'actualMin', 'format', 'cases', 'members', 'ledBy', 'coLedBy', 'takeovers', 'supervised',
    ]);
    expect(lines[1]).toContain('Anna Berg,C. D.');

    const byCarl = await call('GET', `${served.url}/api/groups/${setup.groupId}/log?leader=${setup.carl}`, setup.token);
    expect(byCarl.body.totals.meetings).toBe(2);
    const byAnna = await call('GET', `${served.url}/api/groups/${setup.groupId}/log?leader=${setup.anna}`, setup.token);
    expect(byAnna.body.rows.map((row: { sessionId: string }) => row.sessionId)).toEqual([first.meeting.sessionId]);
  });

  it('counts a Balint round and the professional development after it apart', async () => {
    const setup = await groupWithLeaders(served.url);
    const created = await postJson(`${served.url}/api/sessions`, { title: 'Residents', ledBy: setup.anna, coLedBy: null }, bearer(setup.token));
    const meeting = created.body;
    const anna = await joinMeeting(served.url, meeting.joinCode, 'Zebediah-Quill');
    const leader = await served.client(meeting.leaderToken);
    const ok = async (command: Record<string, unknown>) => expect(await leader.send(command)).toMatchObject({ ok: true });
    await ok({ type: 'timer.resume' });
    await ok({ type: 'presenter.set', participantId: anna.participantId });
    await ok({ type: 'phase.goto', phaseId: 'discussion' });
    offsetMs += 25 * MIN;
    await ok({ type: 'phase.goto', phaseId: 'closing' });
    await ok({ type: 'development.start' });
    offsetMs += 15 * MIN;
    await ok({ type: 'session.end' });

    const log = await call('GET', `${served.url}/api/groups/${setup.groupId}/log`, setup.token);
    expect(log.body.rows[0]).toMatchObject({ sessionId: meeting.sessionId, cases: 1, minutesBalint: 25, minutesDevelopment: 15 });
    expect(log.body.totals).toMatchObject({ meetings: 1, minutesLed: 40, minutesBalint: 25, minutesDevelopment: 15 });
    const csv = await call('GET', `${served.url}/api/groups/${setup.groupId}/log?format=csv`, setup.token);
    const [header, line] = String(csv.body).trimEnd().split('\r\n');
    expect(header!.split(',').slice(-2)).toEqual(['minutesBalint', 'minutesDevelopment']);
    expect(line!.split(',').slice(-2)).toEqual(['25', '15']);
  });

  it('notes supervision with the supervisor’s initials on a row', async () => {
    const setup = await groupWithLeaders(served.url);
    const { meeting } = await runMeeting(setup, { ledBy: setup.anna, coLedBy: null });
    const url = `${served.url}/api/groups/${setup.groupId}/log/${meeting.sessionId}`;
    const saved = await call('PUT', url, setup.token, { supervised: true, supervisorInitials: 'MK', coLedBy: setup.carl });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ supervised: true, supervisorInitials: 'MK', coLedBy: { name: 'C. D.' } });
    const log = await call('GET', `${served.url}/api/groups/${setup.groupId}/log`, setup.token);
    expect(log.body.rows[0]).toMatchObject({ supervised: true, supervisorInitials: 'MK' });
  });
});

describe('the supervision report', () => {
  it('prefills the facts and takes two leaders’ parts written at once', async () => {
    const setup = await groupWithLeaders(served.url);
    const { meeting } = await runMeeting(setup, { ledBy: setup.anna, coLedBy: setup.carl });
    const reportUrl = `${served.url}/api/groups/${setup.groupId}/reports/${meeting.sessionId}`;
    const report = await call('GET', reportUrl, setup.token);
    expect(report.status).toBe(200);
    expect(report.body.prefill['avoiding-solutions']).toEqual([{ fact: 'flag', kind: 'advice-giving', handled: 'open', count: 1 }]);
    expect(report.body.parts).toEqual([]);

    const [anna, carl] = await Promise.all([
      call('PUT', `${reportUrl}/parts/${setup.anna}`, setup.token, { version: 0, answers: { 'balint-frame': 'Anna: we held the frame.' } }),
      call('PUT', `${reportUrl}/parts/${setup.carl}`, setup.token, {
        version: 0,
        answers: { 'co-leader-relationship': 'Carl: I came in early.' },
        presenterCheckIn: true,
      }),
    ]);
    expect([anna.status, carl.status]).toEqual([200, 200]);
    const both = await call('GET', reportUrl, setup.token);
    expect(both.body.parts).toHaveLength(2);
    expect(JSON.stringify(both.body.parts)).toContain('Anna: we held the frame.');
    expect(JSON.stringify(both.body.parts)).toContain('Carl: I came in early.');

    // Anna's other tab saves from the version it read: refused, and her words stay.
    const stale = await call('PUT', `${reportUrl}/parts/${setup.anna}`, setup.token, { version: 0, answers: { 'balint-frame': 'Overwritten' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    const after = await call('GET', reportUrl, setup.token);
    expect(JSON.stringify(after.body)).not.toContain('Overwritten');

    const list = await call('GET', `${served.url}/api/groups/${setup.groupId}/reports`, setup.token);
    expect(list.body.reports).toEqual([
      { sessionId: meeting.sessionId, title: 'Thursday', date: expect.any(Number), authors: expect.arrayContaining([setup.anna, setup.carl]), presenterCheckIn: true },
    ]);
  });
});

describe('only with the group’s token', () => {
  it('refuses a member’s, the display’s and the leader’s meeting token, and no token', async () => {
    const setup = await groupWithLeaders(served.url);
    const { meeting, joined } = await runMeeting(setup, { ledBy: setup.anna, coLedBy: null });
    const live = (await postJson(`${served.url}/api/sessions`, {}, bearer(setup.token))).body;
    const member = await joinMeeting(served.url, live.joinCode, 'Someone');
    const g = `${served.url}/api/groups/${setup.groupId}`;
    const requests: [string, string, unknown?][] = [
      ['GET', `${g}/leaders`],
      ['PUT', `${g}/leaders`, { version: 1, leaders: [] }],
      ['GET', `${g}/log`],
      ['GET', `${g}/log?format=csv`],
      ['PUT', `${g}/log/${meeting.sessionId}`, { supervised: true }],
      ['GET', `${g}/reports`],
      ['GET', `${g}/reports/${meeting.sessionId}`],
      ['PUT', `${g}/reports/${meeting.sessionId}/parts/${setup.anna}`, { version: 0, answers: {} }],
    ];
    const tokens = [null, member.token, joined[0]!.token, live.displayToken, live.leaderToken, live.coLeaderToken, meeting.leaderToken];
    for (const [method, url, body] of requests) {
      for (const token of tokens) {
        const answer = await call(method, url, token, body);
        expect(answer.status, `${method} ${url}`).toBe(401);
        expect(answer.body.error.code).toBe('unauthorized');
      }
    }
    // Another group's token opens nothing of this one.
    const other = await groupWithLeaders(served.url, ['Other']);
    expect((await call('GET', `${g}/log`, other.token)).status).toBe(401);
  });
});

describe('bad input changes nothing', () => {
  it('refuses over-long names and reports, and a leader id from another group', async () => {
    const setup = await groupWithLeaders(served.url);
    const other = await groupWithLeaders(served.url, ['Olga']);
    const g = `${served.url}/api/groups/${setup.groupId}`;
    const before = await call('GET', `${g}/leaders`, setup.token);

    const refusals: [string, string, unknown][] = [
      ['PUT', `${g}/leaders`, { version: 1, leaders: [{ name: 'x'.repeat(61) }] }],
      ['PUT', `${g}/leaders`, { version: 1, leaders: Array.from({ length: 21 }, (_, i) => ({ name: `L${i}` })) }],
      ['PUT', `${g}/leaders`, { version: 1, leaders: [{ leaderId: other.anna, name: 'Olga' }] }],
      ['PUT', `${g}/leaders`, { version: 1, leaders: [{ name: '   ' }] }],
      ['PUT', `${g}/leaders`, 'not json'],
    ];
    for (const [method, url, body] of refusals) {
      const answer = await call(method, url, setup.token, body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.error.code).toBe('invalid');
    }
    expect(await call('GET', `${g}/leaders`, setup.token)).toEqual(before);

    // A meeting led by another group's leader is never created.
    const created = await postJson(`${served.url}/api/sessions`, { ledBy: other.anna }, bearer(setup.token));
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe('invalid');
    const withoutGroup = await postJson(`${served.url}/api/sessions`, { ledBy: setup.anna });
    expect(withoutGroup.status).toBe(400);
    const page = await call('GET', g, setup.token);
    expect(page.body.meetings).toEqual([]);

    const { meeting } = await runMeeting(setup, { ledBy: setup.anna, coLedBy: null });
    const reportUrl = `${g}/reports/${meeting.sessionId}`;
    const longReport = await call('PUT', `${reportUrl}/parts/${setup.anna}`, setup.token, { version: 0, answers: { 'balint-frame': 'x'.repeat(2001) } });
    expect(longReport.status).toBe(400);
    const unknownHeading = await call('PUT', `${reportUrl}/parts/${setup.anna}`, setup.token, { version: 0, answers: { patient: 'x' } });
    expect(unknownHeading.status).toBe(400);
    const foreignAuthor = await call('PUT', `${reportUrl}/parts/${other.anna}`, setup.token, { version: 0, answers: {} });
    expect(foreignAuthor.status).toBe(400);
    const foreignRow = await call('PUT', `${g}/log/${meeting.sessionId}`, setup.token, { ledBy: other.anna });
    expect(foreignRow.status).toBe(400);
    const longInitials = await call('PUT', `${g}/log/${meeting.sessionId}`, setup.token, { supervised: true, supervisorInitials: 'x'.repeat(9) });
    expect(longInitials.status).toBe(400);
    const tooLarge = await call('PUT', `${reportUrl}/parts/${setup.anna}`, setup.token, {
      version: 0,
      answers: Object.fromEntries(['protecting-presenter', 'confidentiality-frame', 'co-leader-relationship', 'avoiding-solutions', 'balint-frame'].map((h) => [h, '€'.repeat(2000)])),
    });
    expect(tooLarge.status).toBe(413);
    const report = await call('GET', reportUrl, setup.token);
    expect(report.body.parts).toEqual([]);
    const log = await call('GET', `${g}/log`, setup.token);
    expect(log.body.rows[0]).toMatchObject({ ledBy: { leaderId: setup.anna }, supervised: false, supervisorInitials: null });
  });
});

