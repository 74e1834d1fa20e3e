// The supervision report's timing facts said in the reader's language: a case round is "case N",
// a part in professional development is "part N · Professional development", as the debrief says it.
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { words as deConsole } from '../../client/i18n/de/console';
import { words as enConsole } from '../../client/i18n/en/console';
import { words as esConsole } from '../../client/i18n/es/console';
import { words as frConsole } from '../../client/i18n/fr/console';
import { factWords } from '../../client/surfaces/supervision/factWords';
import type { Language } from '../../shared/language';
import { REPORT_WORDS } from '../../shared/report-words';
import { buildReport } from '../../shared/report';
import { prefillOf, type Fact } from '../../shared/supervision';
import { factsOf } from '../../shared/supervision-facts';
import { T0, MIN, newMeeting, send } from './meeting';

const WORDS = {
  en: { console: enConsole, record: REPORT_WORDS.en },
  de: { console: deConsole, record: REPORT_WORDS.de },
  fr: { console: frConsole, record: REPORT_WORDS.fr },
  es: { console: esConsole, record: REPORT_WORDS.es },
};

const EXPECTED: Record<Language, { development: string; case: string }> = {
  en: { case: 'Closing, case 1: planned 5:00, ran 4:00', development: 'Closing, part 2 · Professional development: planned 5:00, ran 4:00' },
  de: { case: 'Closing, Fall 1: geplant 5:00, gelaufen 4:00', development: 'Closing, Teil 2 · Berufliche Entwicklung: geplant 5:00, gelaufen 4:00' },
  fr: { case: 'Closing, cas 1 : prévu 5:00, réel 4:00', development: 'Closing, partie 2 · Développement professionnel : prévu 5:00, réel 4:00' },
  es: { case: 'Closing, caso 1: previsto 5:00, real 4:00', development: 'Closing, parte 2 · Desarrollo profesional: previsto 5:00, real 4:00' },
};

function tFor(lang: Language) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    resources: { [lang]: WORDS[lang] },
    ns: ['console', 'record'],
    defaultNS: 'console',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t as never;
}

const timing = (round: number, roundKind: 'case' | 'development'): Fact => ({
  fact: 'timing',
  round,
  roundKind,
  phaseId: 'mine',
  title: 'Closing',
  plannedSec: 300,
  actualSec: 240,
});

describe.each(Object.keys(EXPECTED) as Language[])('a timing fact in %s', (lang) => {
  const t = tFor(lang);
  // A phase of the leaders' own format keeps the title they gave it.
  const say = (fact: Fact) => factWords(fact, 'custom', t, lang);

  test('names a case round by its case', () => {
    expect(say(timing(0, 'case'))).toBe(EXPECTED[lang].case);
  });

  test('names a part in professional development as the debrief does', () => {
    expect(say(timing(1, 'development'))).toBe(EXPECTED[lang].development);
  });
});

test('the prefill keeps each round’s frame with its timings', () => {
  let s = newMeeting();
  s = send(s, { type: 'timer.resume' }, T0 + MIN);
  s = send(s, { type: 'session.end' }, T0 + 5 * MIN);
  const timings = prefillOf(factsOf(buildReport(s, T0 + 5 * MIN)))['balint-frame'];
  expect(timings.length).toBeGreaterThan(0);
  expect(timings.every((fact) => fact.fact === 'timing' && fact.roundKind === 'case')).toBe(true);
});
