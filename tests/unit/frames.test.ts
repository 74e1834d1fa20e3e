// Two frames kept apart: Balint case work and professional development. The phases, the prompts, the
// flags each frame offers, and the boundary as the record keeps it.
import { describe, expect, test } from 'vitest';
import { FLAG_CATALOG, FLAG_KINDS } from '../../shared/flags';
import { CUE_KINDS } from '../../shared/cues';
import {
  cueKindsFor,
  flagFitsFrame,
  flagKindsFor,
  frameOf,
  framingMoment,
  minutesByFrame,
} from '../../shared/frames';
import { FRAMES } from '../../shared/phase-plan';
import { kindOfLine, LANGUAGES, localizeFlag, localizeFormat, localizePhaseWords, REGISTERS } from '../../shared/localize';
import { buildReport } from '../../shared/report';
import { reportMarkdown } from '../../shared/report-markdown';
import { apply } from '../../shared/meeting';
import type { MeetingState } from '../../shared/meeting-state';
import { DEVELOPMENT_PHASES, findFormat } from '../../shared/templates';
import { planFromEdits } from '../../shared/plan-edits';
import { viewFor } from '../../shared/audience-views';
import type { LeadersView } from '../../shared/views';
import { advanceTo, CO_LEADER, MIN, newMeeting, refused, send, T0, withMembers } from './meeting';

/** A standard meeting whose case round has run to its closing. */
function caseRoundDone(): MeetingState {
  const started = send(withMembers(newMeeting(), ['Anna', 'Ben']), { type: 'timer.resume' }, T0);
  return advanceTo(started, 'closing', T0);
}

/** The closing reached at T0 + 6 min; the boundary at T0 + 8 min. */
function afterBoundary(): MeetingState {
  return send(caseRoundDone(), { type: 'development.start' }, T0 + 8 * MIN);
}

describe('the professional-development format', () => {
  const format = findFormat('development')!;

  test('runs check-in, theme, open discussion and closing, every phase in the development frame', () => {
    expect(format.phases.map((phase) => phase.id)).toEqual([
      'development-check-in',
      'development-theme',
      'development-discussion',
      'development-closing',
    ]);
    expect(format.phases.every((phase) => frameOf(phase) === 'development')).toBe(true);
  });

  test('asks about us as doctors, never for a case or a presenter', () => {
    expect(format.phases.some((phase) => phase.callsForCase || phase.presenterRole || phase.presenterTells)).toBe(false);
    expect(format.phases.every((phase) => phase.phonesDown)).toBe(true);
  });

  test('opens a meeting whose first round is a development part', () => {
    const state = newMeeting('development');
    expect(state.rounds[0]!.kind).toBe('development');
    expect(viewFor(state, 'member').phase.frame).toBe('development');
  });

  test.each(LANGUAGES.filter((lang) => lang !== 'en'))('says its phases and prompts in %s, in both registers', (lang) => {
    for (const register of REGISTERS) {
      const localized = localizeFormat(format, lang, register);
      expect(localized.title).not.toBe(format.title);
      localized.phases.forEach((phase, index) => {
        expect(phase.title).not.toBe(format.phases[index]!.title);
        expect(phase.prompt).not.toBe(format.phases[index]!.prompt);
      });
    }
  });

  test('the segment after a Balint round says the same words as the format, in a standard meeting too', () => {
    const discussion = DEVELOPMENT_PHASES[2]!;
    expect(localizePhaseWords('standard', discussion, 'de').prompt).toBe(localizePhaseWords('development', discussion, 'de').prompt);
  });

  test('an edited phase keeps its frame; a group format saved with it says it', () => {
    const before = DEVELOPMENT_PHASES.map((phase) => ({ ...phase }));
    const kept = planFromEdits([{ id: 'development-theme', title: 'Our theme', durationSec: 300, prompt: '' }], before)!;
    expect(frameOf(kept[0]!)).toBe('development');
    const saved = planFromEdits([{ title: 'Wellbeing', durationSec: 600, prompt: '', frame: 'development' }])!;
    expect(saved[0]!.frame).toBe('development');
  });
});

describe('flags per frame', () => {
  test('every kind fits at least one frame', () => {
    for (const kind of FLAG_KINDS) expect(FRAMES.some((frame) => flagFitsFrame(kind, frame))).toBe(true);
  });

  test('in Balint case work the pad offers the 17 kinds of the design', () => {
    expect(flagKindsFor('balint')).toHaveLength(17);
    expect(flagKindsFor('balint')).not.toContain('complaint-spiral');
  });

  test('in professional development the kinds about a case and its presenter are not offered', () => {
    const offered = flagKindsFor('development');
    for (const kind of ['cross-examination', 'step-back-breach', 'presenter-breaks-in', 'medical-drift', 'self-disclosure'] as const) {
      expect(offered).not.toContain(kind);
    }
  });

  test('probing one member stays wrong in professional development; a complaint spiral is its own kind', () => {
    const offered = flagKindsFor('development');
    expect(offered).toContain('personal-exploration');
    expect(offered).toContain('identifier');
    expect(offered).toContain('safety-concern');
    expect(offered).toContain('complaint-spiral');
  });

  test('a line that would point at a patient has a development line of its own, in every language and register', () => {
    for (const kind of flagKindsFor('development')) {
      for (const lang of LANGUAGES) {
        for (const register of REGISTERS) {
          const line = localizeFlag(kind, lang, register, 'development').redirect;
          if (kind === 'safety-concern') expect(line).toBeNull();
          else {
            expect(line, `${kind} ${lang}`).toBeTruthy();
            if (lang === 'en') expect(line).not.toMatch(/patient/i);
            // "Project it" recognises the line as the kind's own, in whichever frame it was offered.
            expect(kindOfLine(line!)).toBe(kind);
          }
        }
      }
    }
  });

  test('the Balint line stays the Balint line', () => {
    expect(localizeFlag('personal-exploration', 'en').redirect).toBe(FLAG_CATALOG['personal-exploration'].redirect);
  });

  test('the server takes only the kinds that fit the frame running now', () => {
    const state = afterBoundary();
    expect(refused(apply(state, CO_LEADER, { type: 'flag.raise', kind: 'step-back-breach' }, T0 + 9 * MIN)).code).toBe('invalid');
    const raised = send(state, { type: 'flag.raise', kind: 'personal-exploration' }, T0 + 9 * MIN, CO_LEADER);
    const leaders = viewFor(raised, 'leader') as LeadersView;
    expect(leaders.flags.at(-1)).toMatchObject({ kind: 'personal-exploration', frame: 'development' });
    expect(refused(apply(caseRoundDone(), CO_LEADER, { type: 'flag.raise', kind: 'complaint-spiral' }, T0 + 7 * MIN)).code).toBe(
      'invalid',
    );
  });
});

describe('cues and flag words per frame', () => {
  test('in professional development the cues about a patient or a presenter are not offered', () => {
    expect(cueKindsFor('balint')).toEqual([...CUE_KINDS]);
    expect(cueKindsFor('development')).toEqual(['i-take-this', 'you-take-this', 'let-silence-run', 'intervening-a-lot']);
  });

  test('the server takes only the cues that fit the frame running now', () => {
    const state = afterBoundary();
    for (const cue of ['presenter-shaken', 'invite-patient-view'] as const) {
      expect(refused(apply(state, CO_LEADER, { type: 'cue.send', cue }, T0 + 9 * MIN)).code).toBe('invalid');
    }
    expect(send(state, { type: 'cue.send', cue: 'let-silence-run' }, T0 + 9 * MIN, CO_LEADER).cueCounts).toEqual({ 'let-silence-run': 1 });
    expect(send(caseRoundDone(), { type: 'cue.send', cue: 'presenter-shaken' }, T0 + 7 * MIN).cueCounts).toEqual({ 'presenter-shaken': 1 });
  });

  test('no kind offered in professional development describes a presenter, in any language', () => {
    const presenter = { en: /presenter/i, de: /Referent/, fr: /expose le cas/, es: /quien presenta/ } as const;
    for (const kind of flagKindsFor('development')) {
      for (const lang of LANGUAGES) {
        for (const register of REGISTERS) {
          expect(localizeFlag(kind, lang, register, 'development').soundsLike, `${kind} ${lang}`).not.toMatch(presenter[lang]);
        }
      }
    }
  });
});

describe('the boundary', () => {
  test('closes the Balint round where it stood and begins a development part at its check-in', () => {
    const state = afterBoundary();
    expect(state.rounds.map((round) => round.kind)).toEqual(['case', 'development']);
    expect(state.phases.map((phase) => phase.id)).toEqual(DEVELOPMENT_PHASES.map((phase) => phase.id));
    expect(state.phaseIndex).toBe(0);
    expect(state.presenterId).toBeNull();
    const closing = state.rounds[0]!.phases.find((phase) => phase.id === 'closing')!;
    expect(closing.actualMs).toBe(2 * MIN);
  });

  test('shows the framing moment to the wall and the phones until the next phase', () => {
    const state = afterBoundary();
    for (const role of ['member', 'display', 'leader'] as const) {
      expect(viewFor(state, role).framingMoment).toEqual({ at: T0 + 8 * MIN });
    }
    const next = send(state, { type: 'phase.next' }, T0 + 9 * MIN);
    expect(viewFor(next, 'display').framingMoment).toBeNull();
    expect(framingMoment(newMeeting('development').rounds, 0)).toBeNull();
    expect(viewFor(caseRoundDone(), 'member').framingMoment).toBeNull();
  });

  test('from the case call, the record keeps that no case was taken', () => {
    const atCaseCall = advanceTo(send(newMeeting(), { type: 'timer.resume' }, T0), 'case-call', T0);
    const state = send(atCaseCall, { type: 'development.start' }, T0 + 4 * MIN);
    expect(state.rounds.map((round) => round.kind)).toEqual(['no-case', 'development']);
    expect(viewFor(state, 'display').framingMoment).toEqual({ at: T0 + 4 * MIN });
  });

  test('happens once: a second start, or a new case after it, changes nothing', () => {
    const state = afterBoundary();
    expect(refused(apply(state, { role: 'leader' }, { type: 'development.start' }, T0 + 9 * MIN)).code).toBe('conflict');
    const atClosing = advanceTo(state, 'development-closing', T0 + 9 * MIN);
    expect(refused(apply(atClosing, { role: 'leader' }, { type: 'case.next' }, T0 + 20 * MIN)).code).toBe('conflict');
  });

  test('is the leader’s: the co-leader and members may not cross it', () => {
    expect(refused(apply(caseRoundDone(), CO_LEADER, { type: 'development.start' }, T0 + 8 * MIN)).code).toBe('forbidden');
    expect(refused(apply(caseRoundDone(), { role: 'member', participantId: 'p1' }, { type: 'development.start' }, T0 + 8 * MIN)).code).toBe(
      'forbidden',
    );
  });
});

describe('the record', () => {
  test('shows which frame each part ran in and for how long', () => {
    let state = afterBoundary();
    state = advanceTo(state, 'development-closing', T0 + 8 * MIN);
    state = send(state, { type: 'session.end' }, T0 + 20 * MIN);
    const report = buildReport(state, T0 + 20 * MIN);
    expect(report.rounds.map(({ kind, frame, actualSec }) => ({ kind, frame, actualSec }))).toEqual([
      { kind: 'case', frame: 'balint', actualSec: 8 * 60 },
      { kind: 'development', frame: 'development', actualSec: 12 * 60 },
    ]);
    expect(minutesByFrame(report)).toEqual({ balint: 8, development: 12 });
  });

  test('heads the development part in the exported Markdown as the debrief does: a part, not a case', () => {
    const markdown = reportMarkdown(buildReport(afterBoundary(), T0 + 10 * MIN), { lang: 'de', timeZone: 'UTC' });
    expect(markdown).toContain('## Fall 1\n');
    expect(markdown).toContain('## Teil 2 · Berufliche Entwicklung');
    expect(markdown).not.toContain('Fall 2');
  });

  test('counts a meeting with no development part as Balint work only', () => {
    expect(minutesByFrame({ rounds: [{ kind: 'case', phases: [{ actualSec: 90 * 60 }] }] })).toEqual({ balint: 90, development: 0 });
  });
});
