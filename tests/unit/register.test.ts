// The room's register: words to one person say Sie / vous / usted unless the leader picked
// du / tu / tú with the room language. Words to the whole group read the same in both.
import { describe, expect, test } from 'vitest';
import { commandSchema } from '../../shared/commands';
import { FLAG_CATALOG, FLAG_KINDS } from '../../shared/flags';
import { findGroupFormat, formatBody, formatFromBody } from '../../shared/groups';
import { kindOfLine, localizeFlag, localizeNotice, localizePhaseWords, LOCALES } from '../../shared/localize';
import { apply } from '../../shared/meeting';
import { createMeeting } from '../../shared/meeting-start';
import { findFormat } from '../../shared/templates';
import { viewFor } from '../../shared/audience-views';
import { LEADER, newMeeting, refused, send, T0 } from './meeting';

/** Whole words only, letters with accents included. */
const words = (list: string, flags = 'u') => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, flags);
const FORMAL = {
  de: words('Sie|Ihnen|Ihre?[nmrs]?'),
  fr: words('vous|votre|vos', 'iu'),
  es: words('usted|su|sus|le|oírle|Cuéntelo|Salga|diga|grabe|Está|Quiere|llega|se queda\\?'),
};
const INFORMAL = {
  de: words('du|dir|dich|deine?[nmrs]?|hör', 'iu'),
  fr: words('tu|te|t’\\p{L}+|ta|ton|toi|tes|arrives', 'iu'),
  es: words('tú|te|tu|tus|quieres|grabes|estás|llegas|oírte|Cuéntalo|Sal|di|tendrás', 'iu'),
};

/** The texts said to one person: the presenter, and the online check-in and privacy check. */
const TO_ONE = [
  ['standard', 'presentation'],
  ['standard', 'presenter-return'],
  ['uk-classic', 'presenter-reflection'],
  ['online', 'opening'],
  ['online', 'privacy-check'],
] as const;

describe.each(['de', 'fr', 'es'] as const)('%s', (lang) => {
  test.each(TO_ONE)('%s / %s addresses one person in the register asked for', (formatId, phaseId) => {
    const phase = findFormat(formatId)!.phases.find((candidate) => candidate.id === phaseId)!;
    const formal = localizePhaseWords(formatId, phase, lang, 'formal').prompt;
    const informal = localizePhaseWords(formatId, phase, lang, 'informal').prompt;
    expect(formal).not.toBe(informal);
    expect(formal).toMatch(FORMAL[lang]);
    expect(informal).toMatch(INFORMAL[lang]);
    expect(informal).not.toMatch(FORMAL[lang]);
  });

  test('every flag kind has its line (or none, for a safety concern) in both registers', () => {
    for (const kind of FLAG_KINDS) {
      for (const register of ['formal', 'informal'] as const) {
        const line = localizeFlag(kind, lang, register).redirect;
        if (FLAG_CATALOG[kind].redirect === null) expect(line).toBeNull();
        else expect(line?.trim()).toBeTruthy();
      }
    }
  });

  test("the presenter-breaks-in line speaks to the presenter as the room does; a line in either register reads in the phone's", () => {
    const formal = localizeFlag('presenter-breaks-in', lang, 'formal').redirect!;
    const informal = localizeFlag('presenter-breaks-in', lang, 'informal').redirect!;
    expect(informal).toMatch(INFORMAL[lang]);
    expect(kindOfLine(informal)).toBe('presenter-breaks-in');
    expect(localizeNotice(formal, lang, 'informal')).toBe(informal);
    expect(localizeNotice(informal, 'en')).toBe(FLAG_CATALOG['presenter-breaks-in'].redirect);
  });

  test('words to the whole group are the same in both registers', () => {
    const standard = findFormat('standard')!;
    for (const phaseId of ['opening', 'case-call', 'clarifying-questions', 'discussion', 'closing']) {
      const phase = standard.phases.find((candidate) => candidate.id === phaseId)!;
      expect(localizePhaseWords('standard', phase, lang, 'informal')).toEqual(localizePhaseWords('standard', phase, lang, 'formal'));
    }
    expect(LOCALES[lang].informal).toBeDefined();
  });
});

describe('the register is a room setting', () => {
  test('a meeting starts formal; the leader picks the register with the room language; every view carries it', () => {
    let state = newMeeting();
    expect(state.register).toBe('formal');
    state = send(state, { type: 'language.set', language: 'de', register: 'informal' }, T0);
    for (const role of ['leader', 'co-leader', 'member', 'display'] as const) {
      expect(viewFor(state, role)).toMatchObject({ language: 'de', register: 'informal' });
    }
    state = send(state, { type: 'language.set', register: 'formal' }, T0);
    expect(viewFor(state, 'display')).toMatchObject({ language: 'de', register: 'formal' });
    expect(refused(apply(state, LEADER, { type: 'language.set', register: 'formal' }, T0)).code).toBe('conflict');
  });

  test('a change with neither or a wrong register never reaches the reducer', () => {
    for (const payload of [{ type: 'language.set' }, { type: 'language.set', register: 'casual' }, { type: 'language.set', language: 'it' }]) {
      expect(commandSchema.safeParse(payload).success).toBe(false);
    }
  });

  test("a group's format keeps its register, and its meetings start in it", () => {
    const body = formatBody.parse({
      title: 'Peer group',
      phases: findFormat('standard')!.phases.map(({ id, title, durationSec, prompt }) => ({ id, title, durationSec, prompt })),
      register: 'informal',
    });
    const group = { groupId: 'g', name: 'Peers', createdAt: T0, formats: [formatFromBody('peers', body)!] };
    const format = findGroupFormat(group, 'peers')!;
    expect(createMeeting({ sessionId: 's', joinCode: 'KQ7M2P', title: 't', format, now: T0 }).register).toBe('informal');
  });
});
