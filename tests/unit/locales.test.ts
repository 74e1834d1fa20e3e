// Every language must say everything English says, and nothing else: a format, phase or flag added
// in English without its translations fails here, not in front of a German room.
import { afterEach, describe, expect, test } from 'vitest';
import { FLAG_CATALOG, FLAG_KINDS } from '../../shared/flags';
import { LIMITS } from '../../shared/limits';
import {
  LANGUAGES,
  LOCALES,
  localizeFlag,
  localizeFormat,
  localizeNotice,
  localizePhaseWords,
  type LocaleTexts,
} from '../../shared/localize';
import { languageOfTag } from '../../shared/language';
import { findFormat, FORMATS } from '../../shared/templates';
import type { Format } from '../../shared/phase-plan';

const TRANSLATIONS = LANGUAGES.filter((lang) => lang !== 'en');

/** Every text of a locale under a path like `phases/opening/prompt`. */
function flatten(node: unknown, path = ''): Map<string, unknown> {
  const texts = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      for (const [childPath, text] of flatten(child, path ? `${path}/${key}` : key)) texts.set(childPath, text);
    }
  } else {
    texts.set(path, node);
  }
  return texts;
}

const english = flatten(LOCALES.en);

describe('the English source', () => {
  test('holds every format title and description, phase title and prompt, and flag text', () => {
    for (const format of FORMATS) {
      expect(english.get(`formats/${format.id}/title`)).toBe(format.title);
      expect(english.get(`formats/${format.id}/description`)).toBe(format.description);
      for (const phase of format.phases) {
        for (const field of ['title', 'prompt'] as const) {
          const source =
            english.get(`formatPhases/${format.id}/${phase.id}/${field}`) ?? english.get(`phases/${phase.id}/${field}`);
          expect(source, `${format.id}/${phase.id}/${field}`).toBe(phase[field]);
        }
      }
    }
    for (const kind of FLAG_KINDS) {
      const flag = FLAG_CATALOG[kind];
      expect(english.get(`flags/${kind}/label`)).toBe(flag.label);
      expect(english.get(`flags/${kind}/soundsLike`)).toBe(flag.soundsLike);
      expect(english.get(`flags/${kind}/redirect`)).toBe(flag.redirect ?? undefined);
    }
  });

  test('gives the student group its own case-call and closing prompts', () => {
    expect(english.get('formatPhases/student/case-call/prompt')).toBe(findFormat('student')!.phases[1]!.prompt);
    expect(english.has('formatPhases/student/closing/prompt')).toBe(true);
    expect(english.has('formatPhases/student/case-call/title')).toBe(false);
  });
});

describe.each(TRANSLATIONS)('%s', (lang) => {
  const texts = flatten(LOCALES[lang]);

  test('has every key English has', () => {
    const missing = [...english.keys()].filter((key) => !texts.has(key));
    expect(missing).toEqual([]);
  });

  test('has no key English lacks (the informal register only re-says texts English has)', () => {
    const unknown = [...texts.keys()].filter((key) => !english.has(key.replace(/^informal\//, '')));
    expect(unknown).toEqual([]);
  });

  test('has no empty text', () => {
    const empty = [...texts].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  test('fits the limits the editor and notices enforce', () => {
    for (const [key, text] of texts) {
      const max = key.endsWith('/prompt') || key.endsWith('/details')
        ? LIMITS.promptMax
        : key.endsWith('/redirect')
          ? LIMITS.noticeMax
          : key.startsWith('phases/') || key.startsWith('formatPhases/')
            ? LIMITS.phaseTitleMax
            : LIMITS.titleMax;
      expect((text as string).length, key).toBeLessThanOrEqual(max);
    }
  });

  test('has no redirect for a safety concern', () => {
    expect(LOCALES[lang].flags['safety-concern'].redirect).toBeUndefined();
    expect(localizeFlag('safety-concern', lang).redirect).toBeNull();
  });
});

describe('localizeFormat', () => {
  const shape = (format: Format) => ({
    id: format.id,
    hints: format.hints,
    phases: format.phases.map(({ id, durationSec, presenterRole }) => ({ id, durationSec, presenterRole })),
  });

  test.each(LANGUAGES)('keeps ids, durations and presenter roles in %s', (lang) => {
    for (const format of FORMATS) {
      expect(shape(localizeFormat(format, lang))).toEqual(shape(format));
    }
  });

  test('is the identity in English', () => {
    for (const format of FORMATS) expect(localizeFormat(format, 'en')).toEqual(format);
  });

  test('translates every text of every shipped format', () => {
    for (const lang of TRANSLATIONS) {
      for (const format of FORMATS) {
        const localized = localizeFormat(format, lang);
        const texts = [localized.title, localized.description, ...localized.phases.flatMap((p) => [p.title, p.prompt])];
        const expected = flatten(LOCALES[lang]);
        for (const text of texts) expect([...expected.values()], `${lang} ${format.id}`).toContain(text);
      }
    }
  });

  test('uses the words Balint groups use', () => {
    const titles = (id: string, lang: 'de' | 'fr' | 'es') =>
      Object.fromEntries(localizeFormat(findFormat(id)!, lang).phases.map((phase) => [phase.id, phase.title]));
    expect(titles('standard', 'de').presentation).toBe('Fallvorstellung');
    expect(titles('standard', 'de')['clarifying-questions']).toBe('Verständnisfragen');
    expect(titles('standard', 'fr').presentation).toBe('Récit du cas');
    expect(titles('standard', 'de').discussion).toBe('Gruppengespräch – Referent:in hört zu');
    expect(titles('standard', 'fr')['presenter-return']).toBe('Reprise de parole');
    expect(titles('standard', 'es')['presenter-return']).toBe('Quien presenta retoma la palabra');
    expect(titles('standard', 'es')['clarifying-questions']).toBe('Preguntas aclaratorias');
  });

  test("gives a format's own wording its own translation", () => {
    for (const lang of TRANSLATIONS) {
      const standard = localizeFormat(findFormat('standard')!, lang);
      const student = localizeFormat(findFormat('student')!, lang);
      const caseCall = (format: Format) => format.phases.find((phase) => phase.id === 'case-call')!;
      expect(caseCall(student).title).toBe(caseCall(standard).title);
      expect(caseCall(student).prompt).not.toBe(caseCall(standard).prompt);
      expect(caseCall(student).prompt).toBe(LOCALES[lang].formatPhases.student!['case-call']!.prompt);
    }
  });

  test("leaves a leader's own words alone", () => {
    const standard = findFormat('standard')!;
    const edited: Format = {
      ...standard,
      title: 'Our Tuesday format',
      phases: standard.phases.map((phase) =>
        phase.id === 'presentation' ? { ...phase, prompt: 'Take your time.' } : phase,
      ),
    };
    const localized = localizeFormat(edited, 'de');
    expect(localized.title).toBe('Our Tuesday format');
    const presentation = localized.phases.find((phase) => phase.id === 'presentation')!;
    expect(presentation.prompt).toBe('Take your time.');
    expect(presentation.title).toBe('Fallvorstellung');
  });

  describe('with a translation missing', () => {
    const de = LOCALES.de as LocaleTexts;
    const saved = structuredClone(de);
    afterEach(() => Object.assign(de, structuredClone(saved)));

    test('falls back to English for that text only', () => {
      delete de.phases.closing;
      delete de.formatPhases.student!.closing;
      de.formats.standard = { title: '', description: saved.formats.standard!.description };
      const standard = localizeFormat(findFormat('standard')!, 'de');
      const student = localizeFormat(findFormat('student')!, 'de');
      expect(standard.title).toBe(findFormat('standard')!.title);
      expect(standard.description).toBe(saved.formats.standard!.description);
      expect(standard.phases.at(-1)).toEqual(findFormat('standard')!.phases.at(-1));
      expect(student.phases.at(-1)!.prompt).toBe(findFormat('student')!.phases.at(-1)!.prompt);
      expect(student.phases[1]!.prompt).toBe(saved.formatPhases.student!['case-call']!.prompt);
    });
  });
});

describe('localizeFlag', () => {
  test.each(LANGUAGES)('gives every flag in %s, keeping its kind', (lang) => {
    for (const kind of FLAG_KINDS) {
      const flag = localizeFlag(kind, lang);
      expect(flag.kind).toBe(kind);
      expect(flag.label).toBe(LOCALES[lang].flags[kind].label);
      expect(flag.soundsLike).toBe(LOCALES[lang].flags[kind].soundsLike);
      expect(flag.redirect).toBe(LOCALES[lang].flags[kind].redirect ?? null);
    }
  });

  test('is the catalog in English', () => {
    for (const kind of FLAG_KINDS) expect(localizeFlag(kind, 'en')).toEqual(FLAG_CATALOG[kind]);
  });
});

describe('languageOfTag', () => {
  test.each([
    ['de', 'de'],
    ['FR', 'fr'],
    [' es ', 'es'],
    ['de-AT', 'de'],
    ['fr_CA', 'fr'],
    ['en', 'en'],
    ['xx', null],
    ['', null],
    [undefined, null],
    [['de', 'fr'], null],
    [42, null],
  ])('reads %j as %s', (tag, lang) => {
    expect(languageOfTag(tag)).toBe(lang);
  });
});

describe('localizePhaseWords', () => {
  const standard = findFormat('standard')!;
  const presentation = standard.phases.find((phase) => phase.id === 'presentation')!;

  test('says an unedited phase in the device language, keeping the rest of the view', () => {
    const seen = { id: 'presentation', title: presentation.title, prompt: presentation.prompt, index: 2 };
    expect(localizePhaseWords('standard', seen, 'de')).toEqual({
      id: 'presentation',
      title: 'Fallvorstellung',
      prompt: LOCALES.de.phases.presentation!.prompt,
      index: 2,
    });
    expect(localizePhaseWords('standard', seen, 'en')).toEqual(seen);
  });

  test('translates a title without a prompt, as the phase rail carries them', () => {
    expect(localizePhaseWords('standard', { id: 'clarifying-questions', title: 'Clarifying questions', durationSec: 300 }, 'fr'))
      .toEqual({ id: 'clarifying-questions', title: 'Questions de clarification', durationSec: 300 });
  });

  test("uses a format's own wording for its own phases", () => {
    const student = findFormat('student')!;
    const caseCall = student.phases.find((phase) => phase.id === 'case-call')!;
    expect(localizePhaseWords('student', caseCall, 'es').prompt).toBe(LOCALES.es.formatPhases.student!['case-call']!.prompt);
  });

  test("leaves a leader's own words, and phases no catalog knows, as written", () => {
    expect(localizePhaseWords('standard', { id: 'presentation', title: 'Our case', prompt: presentation.prompt }, 'de')).toEqual({
      id: 'presentation',
      title: 'Our case',
      prompt: LOCALES.de.phases.presentation!.prompt,
    });
    const own = { id: 'phase-8', title: 'Tea', prompt: 'Ten minutes.' };
    expect(localizePhaseWords('standard', own, 'fr')).toEqual(own);
  });

  test("translates a group format's unedited copy of a shipped phase", () => {
    expect(localizePhaseWords('our-tuesday', { id: 'closing', title: 'Closing' }, 'de').title).toBe(LOCALES.de.phases.closing!.title);
  });
});

describe('localizeNotice', () => {
  test.each(LANGUAGES)('reads a redirect sent in %s in every language', (sent) => {
    for (const kind of FLAG_KINDS) {
      const text = LOCALES[sent].flags[kind].redirect;
      if (text === undefined) continue;
      for (const lang of LANGUAGES) expect(localizeNotice(text, lang)).toBe(LOCALES[lang].flags[kind].redirect);
    }
  });

  test("leaves the leader's own words as written", () => {
    expect(localizeNotice('Back to the patient, please.', 'de')).toBe('Back to the patient, please.');
    const edited = `${FLAG_CATALOG['advice-giving'].redirect} Thank you.`;
    expect(localizeNotice(edited, 'fr')).toBe(edited);
  });
});
