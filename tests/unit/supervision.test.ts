// The supervision report: the meeting's process facts under the five headings, and each leader's
// own part saved only over the version that leader read, so two leaders writing at once never
// overwrite each other.
import { describe, expect, test } from 'vitest';
import { FLAG_KINDS } from '../../shared/flags';
import { buildReport } from '../../shared/report';
import { SUPERVISION_HEADINGS, prefillOf, savePart, type PartBody, type ReportPart } from '../../shared/supervision';
import { factsOf } from '../../shared/supervision-facts';
import { CO_LEADER, LEADER, LEADER_AWAY, MIN, T0, newMeeting, send, withMembers } from './meeting';

function meetingFacts() {
  let s = withMembers(newMeeting(), ['Annabel', 'Bertrand']);
  s = send(s, { type: 'timer.resume' }, T0 + MIN);
  s = send(s, { type: 'phase.next' }, T0 + 6 * MIN);
  s = send(s, { type: 'flag.raise', kind: 'advice-giving', note: 'Annabel said refer' }, T0 + 7 * MIN, CO_LEADER);
  s = send(s, { type: 'flag.update', flagId: 'flag-1', status: 'resolved', handled: 'said' }, T0 + 8 * MIN);
  s = send(s, { type: 'flag.raise', kind: 'advice-giving' }, T0 + 9 * MIN, CO_LEADER);
  s = send(s, { type: 'flag.raise', kind: 'identifier' }, T0 + 10 * MIN, CO_LEADER);
  s = send(s, { type: 'cue.send', cue: 'presenter-shaken' }, T0 + 11 * MIN, CO_LEADER);
  s = send(s, { type: 'cue.send', cue: 'you-take-this' }, T0 + 12 * MIN, LEADER);
  s = send(s, { type: 'pause.signal' }, T0 + 13 * MIN, { role: 'member', participantId: 'p1' });
  s = send(s, { type: 'leader.takeover' }, T0 + 14 * MIN, CO_LEADER, LEADER_AWAY);
  s = send(s, { type: 'session.end' }, T0 + 20 * MIN);
  return factsOf(buildReport(s, T0 + 20 * MIN));
}

describe('the prefill', () => {
  const prefill = prefillOf(meetingFacts());

  test('puts each fact under the heading it speaks to', () => {
    expect(Object.keys(prefill)).toEqual([...SUPERVISION_HEADINGS]);
    expect(prefill['avoiding-solutions']).toEqual([
      { fact: 'flag', kind: 'advice-giving', handled: 'said', count: 1 },
      { fact: 'flag', kind: 'advice-giving', handled: 'open', count: 1 },
    ]);
    expect(prefill['confidentiality-frame']).toEqual([{ fact: 'flag', kind: 'identifier', handled: 'open', count: 1 }]);
    expect(prefill['protecting-presenter']).toEqual([
      { fact: 'pause-signals', count: 1 },
      { fact: 'cue', cue: 'presenter-shaken', count: 1 },
    ]);
    expect(prefill['co-leader-relationship']).toEqual([
      { fact: 'cue', cue: 'you-take-this', count: 1 },
      { fact: 'takeovers', takeovers: 1, handbacks: 0 },
    ]);
    const timings = prefill['balint-frame'].filter((fact) => fact.fact === 'timing');
    expect(timings[0]).toMatchObject({ fact: 'timing', round: 0, plannedSec: 180, actualSec: 300 });
  });

  test('holds no name and no note', () => {
    const json = JSON.stringify(prefill);
    for (const secret of ['Annabel', 'Bertrand', 'refer']) expect(json).not.toContain(secret);
  });

  test('every flag kind has its heading', () => {
    for (const kind of FLAG_KINDS) {
      const facts = { phases: [], flags: [{ kind, status: 'open' as const }], pauseSignals: 0, cues: {}, takeovers: 0, handbacks: 0 };
      const found = SUPERVISION_HEADINGS.filter((heading) => prefillOf(facts)[heading].some((fact) => fact.fact === 'flag'));
      expect(found).toHaveLength(1);
    }
  });
});

describe('two leaders writing at once', () => {
  const body = (version: number, text: string): PartBody => ({ version, answers: { 'balint-frame': text } });

  test('each saves their own part: neither overwrites the other', () => {
    const anna = savePart(null, 'l-anna', body(0, 'We held the frame.'), T0);
    const carl = savePart(null, 'l-carl', body(0, 'I came in too early.'), T0);
    expect(anna).toMatchObject({ ok: true, part: { authorId: 'l-anna', version: 1, answers: { 'balint-frame': 'We held the frame.' } } });
    expect(carl).toMatchObject({ ok: true, part: { authorId: 'l-carl', version: 1 } });
  });

  test('one leader in two tabs: the stale save is refused and changes nothing', () => {
    const first = savePart(null, 'l-anna', body(0, 'first'), T0);
    if (!first.ok) throw new Error('refused');
    const current: ReportPart = first.part;
    const second = savePart(current, 'l-anna', body(1, 'second'), T0 + MIN);
    expect(second).toMatchObject({ ok: true, part: { version: 2, answers: { 'balint-frame': 'second' } } });
    const stale = savePart(current, 'l-anna', body(0, 'from the other tab'), T0 + MIN);
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current });
    expect(current.answers['balint-frame']).toBe('first');
  });

  test('the presenter check-in stays ticked unless the leader unticks it', () => {
    const ticked = savePart(null, 'l-anna', { version: 0, answers: {}, presenterCheckIn: true }, T0);
    if (!ticked.ok) throw new Error('refused');
    const next = savePart(ticked.part, 'l-anna', body(1, 'more'), T0);
    expect(next).toMatchObject({ ok: true, part: { presenterCheckIn: true } });
  });
});
