// The leading log: a meeting's frozen row (times, cases, a members count, who led, takeovers), the
// log oldest first with totals an accreditation form asks for, filters, and the CSV export.
import { describe, expect, test } from 'vitest';
import { initialsOf, leaderInitialsOf, withLeaders, type LeaderList } from '../../shared/leaders';
import { leadingLog, logCsv, logEntryOf, withRowChange, type LogEntry } from '../../shared/leading-log';
import { createMeeting } from '../../shared/meeting-start';
import { findFormat } from '../../shared/templates';
import { CO_LEADER, LEADER, LEADER_AWAY, MIN, T0, accepted, advanceTo, send, withMembers } from './meeting';
import { apply } from '../../shared/meeting';

const LIST: LeaderList = {
  version: 2,
  leaders: [
    { leaderId: 'l-anna', name: 'Anna Berg' },
    { leaderId: 'l-carl', name: 'C. D.' },
  ],
};

function groupMeeting(leaders = { ledBy: 'l-anna', coLedBy: 'l-carl' }) {
  const format = findFormat('standard')!;
  return createMeeting({ sessionId: 'm-1', joinCode: 'KQ7M2P', title: 'Thursday group', format, groupId: 'g-1', leaders, now: T0 });
}

/** Three members join, one is removed; a case runs, the co-leader takes over once, the meeting ends. */
function endedMeeting() {
  let s = withMembers(groupMeeting(), ['Annabel', 'Bertrand', 'Chloé']);
  s = send(s, { type: 'participant.remove', participantId: 'p3' }, T0 + MIN);
  s = send(s, { type: 'timer.resume' }, T0 + 2 * MIN);
  s = send(s, { type: 'phase.next' }, T0 + 12 * MIN);
  s = send(s, { type: 'phase.next' }, T0 + 14 * MIN);
  s = send(s, { type: 'leader.takeover' }, T0 + 20 * MIN, CO_LEADER, LEADER_AWAY);
  s = send(s, { type: 'leader.return' }, T0 + 25 * MIN, LEADER);
  s = send(s, { type: 'flag.raise', kind: 'advice-giving', note: 'Bertrand again' }, T0 + 30 * MIN, CO_LEADER);
  return send(s, { type: 'session.end' }, T0 + 62 * MIN);
}

describe('a meeting’s row in the log', () => {
  const entry = logEntryOf(endedMeeting());

  test('counts what an accreditation form asks for, and nothing of who was there', () => {
    expect(entry).toMatchObject({
      sessionId: 'm-1',
      date: T0 + 2 * MIN,
      plannedMin: 45,
      actualMin: 60,
      format: 'standard',
      cases: 1,
      members: 3,
      ledBy: 'l-anna',
      coLedBy: 'l-carl',
      takeovers: 1,
      supervised: false,
      supervisorInitials: null,
    });
    const json = JSON.stringify(entry);
    for (const secret of ['Annabel', 'Bertrand', 'Chloé', 'again']) expect(json).not.toContain(secret);
  });

  test('keeps the process facts the supervision report is prefilled with', () => {
    expect(entry.facts.takeovers).toBe(1);
    expect(entry.facts.handbacks).toBe(1);
    expect(entry.facts.flags).toEqual([{ kind: 'advice-giving', status: 'open' }]);
    expect(entry.facts.phases.length).toBeGreaterThan(0);
  });

  test('a meeting outside a group, or without picked leaders, is led by nobody on the list', () => {
    const s = accepted(apply(groupMeeting({ ledBy: null as never, coLedBy: null as never }), LEADER, { type: 'session.end' }, T0 + MIN));
    expect(logEntryOf(s)).toMatchObject({ ledBy: null, coLedBy: null, members: 0, cases: 0 });
  });
});

/** A row frozen before frames were counted: no minutes per frame. */
const row = (sessionId: string, date: number, actualMin: number, ledBy: string | null, coLedBy: string | null): LogEntry => {
  const { minutesBalint: _balint, minutesDevelopment: _development, ...entry } = logEntryOf(groupMeeting());
  return { ...entry, sessionId, date, actualMin, ledBy, coLedBy };
};

/** A Balint round of 30 minutes, then the leader crosses into professional development for 20. */
function meetingWithBothFrames() {
  let s = withMembers(groupMeeting(), ['Annabel', 'Bertrand']);
  s = send(s, { type: 'timer.resume' }, T0);
  s = advanceTo(s, 'closing', T0);
  s = send(s, { type: 'development.start' }, T0 + 30 * MIN);
  return send(s, { type: 'session.end' }, T0 + 50 * MIN);
}

describe('the two frames in the log', () => {
  const framed = logEntryOf(meetingWithBothFrames());

  test('a row keeps the minutes of Balint case work and of professional development apart', () => {
    expect(framed).toMatchObject({ actualMin: 50, minutesBalint: 30, minutesDevelopment: 20, cases: 1 });
  });

  test('a row frozen before frames were counted reads as all Balint case work', () => {
    const log = leadingLog([row('m-old', T0, 60, 'l-anna', null)], LIST);
    expect(log.rows[0]).toMatchObject({ actualMin: 60, minutesBalint: 60, minutesDevelopment: 0 });
  });

  test('the totals count the frames apart, and the CSV adds them after the contract’s columns', () => {
    const log = leadingLog([{ ...framed, sessionId: 'm-new', date: T0 + 86_400_000 }, row('m-old', T0, 60, 'l-anna', null)], LIST);
    expect(log.totals).toEqual({ meetings: 2, minutesLed: 110, minutesCoLed: 50, minutesBalint: 90, minutesDevelopment: 20 });
    expect(leadingLog([framed], LIST, { leaderId: 'l-carl' }).totals).toMatchObject({ minutesBalint: 30, minutesDevelopment: 20 });
    const lines = logCsv(log.rows).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(-2)).toEqual(['minutesBalint', 'minutesDevelopment']);
    expect(lines[1]!.split(',').slice(-2)).toEqual(['60', '0']);
    expect(lines[2]!.split(',').slice(-2)).toEqual(['30', '20']);
  });
});

describe('the log and its totals', () => {
  const entries = [
    row('m-3', T0 + 14 * 86_400_000, 90, 'l-carl', 'l-anna'),
    row('m-1', T0, 60, 'l-anna', 'l-carl'),
    row('m-2', T0 + 7 * 86_400_000, 75, 'l-anna', null),
  ];

  test('oldest first, leaders as entries of the list, totals of meetings and minutes', () => {
    const log = leadingLog(entries, LIST);
    expect(log.rows.map((r) => r.sessionId)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(log.rows[0]!.ledBy).toEqual({ leaderId: 'l-anna', name: 'Anna Berg' });
    expect(log.rows[1]!.coLedBy).toBeNull();
    expect(log.rows[0]).not.toHaveProperty('facts');
    expect(log.totals).toEqual({ meetings: 3, minutesLed: 225, minutesCoLed: 150, minutesBalint: 225, minutesDevelopment: 0 });
  });

  test('filtered by a leader, hours led and co-led are that leader’s own', () => {
    expect(leadingLog(entries, LIST, { leaderId: 'l-anna' }).totals).toMatchObject({ meetings: 3, minutesLed: 135, minutesCoLed: 90 });
    expect(leadingLog(entries, LIST, { leaderId: 'l-carl' }).totals).toMatchObject({ meetings: 2, minutesLed: 90, minutesCoLed: 60 });
  });

  test('filtered by dates, both ends included', () => {
    const log = leadingLog(entries, LIST, { from: T0 + 7 * 86_400_000, to: T0 + 14 * 86_400_000 });
    expect(log.rows.map((r) => r.sessionId)).toEqual(['m-2', 'm-3']);
  });

  test('a leader taken off the list is gone from every row that named them', () => {
    const erased = withLeaders(LIST, { version: 2, leaders: [{ leaderId: 'l-carl', name: 'C. D.' }] }, () => 'new');
    if (!erased.ok) throw new Error('refused');
    const log = leadingLog(entries, erased.list);
    expect(log.rows[0]!.ledBy).toBeNull();
    expect(JSON.stringify(log)).not.toContain('Anna');
  });

  test('CSV: one header line and one line per row; a name never runs as a formula', () => {
    const list: LeaderList = { version: 1, leaders: [{ leaderId: 'l-anna', name: '=HYPERLINK("x")' }, LIST.leaders[1]!] };
    const csv = logCsv(leadingLog(entries, list).rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'sessionId,date,plannedMin,actualMin,format,cases,members,ledBy,coLedBy,takeovers,supervised,supervisorInitials,minutesBalint,minutesDevelopment',
    );
    expect(lines[1]).toBe(`m-1,2026-01-15,45,60,standard,0,0,"'=HYPERLINK(""x"")",C. D.,0,no,,60,0`);
  });
});

describe('the leaders correct a row', () => {
  const entry = logEntryOf(endedMeeting());

  test('supervised with the supervisor’s initials; unticked drops the initials', () => {
    const supervised = withRowChange(entry, { supervised: true, supervisorInitials: 'MK' });
    expect(supervised).toMatchObject({ supervised: true, supervisorInitials: 'MK' });
    expect(withRowChange(supervised, { supervised: false })).toMatchObject({ supervised: false, supervisorInitials: null });
    expect(withRowChange(entry, { ledBy: 'l-carl', coLedBy: null })).toMatchObject({ ledBy: 'l-carl', coLedBy: null });
  });
});

describe('the leader list', () => {
  test('keeps ids, gives new entries one, refuses an id it does not hold or a stale version', () => {
    let n = 0;
    const next = () => `new-${++n}`;
    const changed = withLeaders(LIST, { version: 2, leaders: [{ leaderId: 'l-anna', name: 'AB' }, { name: 'Dora E.' }] }, next);
    expect(changed).toEqual({
      ok: true,
      list: { version: 3, leaders: [{ leaderId: 'l-anna', name: 'AB' }, { leaderId: 'new-1', name: 'Dora E.' }] },
    });
    expect(withLeaders(LIST, { version: 2, leaders: [{ leaderId: 'l-other-group', name: 'X' }] }, next)).toMatchObject({ ok: false, code: 'invalid' });
    expect(withLeaders(LIST, { version: 1, leaders: [] }, next)).toMatchObject({ ok: false, code: 'conflict' });
  });

  test('initials for a certificate', () => {
    expect(initialsOf('Anna Maria Berg')).toBe('AMB');
    expect(initialsOf('C. D.')).toBe('CD');
    expect(leaderInitialsOf({ ledBy: 'l-anna', coLedBy: 'l-carl' }, LIST)).toEqual(['AB', 'CD']);
    expect(leaderInitialsOf(undefined, LIST)).toEqual([]);
  });
});
