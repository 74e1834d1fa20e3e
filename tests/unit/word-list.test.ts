// The words a native reviewer reads: docs/words.md is the current list, and no English is left in a
// German, French or Spanish text beyond the few words those languages share with English.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../shared/localize';
import { CLIENT, flatten, WORD_LIST_PATH, wordList } from '../../scripts/word-list';

/** Words German, French or Spanish write as English does: names, a few shared loanwords (FR « leader », « date »; ES « no »). */
const SHARED_WORDS = new Set(['Balint', 'Live', 'Standard', 'American', 'Society', 'Online', 'Pause', 'Phase', 'Phases', 'Export', 'Minutes', 'min', 'Version', 'Leader', 'Date', 'no']);

/** A text that is the English one, word for word, with a word the language does not share. */
function leftInEnglish(english: string, translated: string | undefined): boolean {
  if (translated !== english) return false;
  const words = english.replace(/\{\{[^}]+\}\}/g, ' ').match(/\p{L}+/gu) ?? [];
  return words.some((word) => !SHARED_WORDS.has(word));
}

test('docs/words.md lists every word as it now stands (run `npm run words` after changing words)', () => {
  expect(readFileSync(WORD_LIST_PATH, 'utf8')).toBe(wordList());
});

describe.each(['de', 'fr', 'es'] as const)('%s', (lang) => {
  test('the app leaves no English behind', () => {
    for (const namespace of Object.values(CLIENT)) {
      const english = flatten(namespace.en);
      const translated = flatten(namespace[lang]);
      const left = [...english].filter(([key, text]) => leftInEnglish(text, translated.get(key))).map(([key]) => key);
      expect(left).toEqual([]);
    }
  });

  test('the formats and flags leave no English behind', () => {
    for (const part of ['formats', 'phases', 'formatPhases', 'flags'] as const) {
      const english = flatten(LOCALES.en[part] as never);
      const translated = flatten(LOCALES[lang][part] as never);
      const left = [...english].filter(([key, text]) => leftInEnglish(text, translated.get(key))).map(([key]) => key);
      expect(left).toEqual([]);
    }
  });
});
