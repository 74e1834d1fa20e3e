// The app's own words (client/i18n, and the record's words it reads as `record`) in every language:
// each says everything English says and nothing else, nothing is left empty, and every {{value}}
// English puts in a sentence is put in there too.
// The types already refuse a missing or extra key; this also catches an empty string, a lost
// {{name}} or a plural form that went missing, before a German room sees "join.name" or "{{count}}".
import { describe, expect, test } from 'vitest';
import { words as deBase } from '../../client/i18n/de/base';
import { words as deConsole } from '../../client/i18n/de/console';
import { words as deRoom } from '../../client/i18n/de/room';
import { words as enBase } from '../../client/i18n/en/base';
import { words as enConsole } from '../../client/i18n/en/console';
import { words as enRoom } from '../../client/i18n/en/room';
import { words as esBase } from '../../client/i18n/es/base';
import { words as esConsole } from '../../client/i18n/es/console';
import { words as esRoom } from '../../client/i18n/es/room';
import { words as frBase } from '../../client/i18n/fr/base';
import { words as frConsole } from '../../client/i18n/fr/console';
import { words as frRoom } from '../../client/i18n/fr/room';
import { NAMESPACES, type Namespace } from '../../client/i18n/words';
import { REPORT_WORDS } from '../../shared/report-words';

const WORDS = {
  en: { base: enBase, room: enRoom, console: enConsole, record: REPORT_WORDS.en },
  de: { base: deBase, room: deRoom, console: deConsole, record: REPORT_WORDS.de },
  fr: { base: frBase, room: frRoom, console: frConsole, record: REPORT_WORDS.fr },
  es: { base: esBase, room: esRoom, console: esConsole, record: REPORT_WORDS.es },
} satisfies Record<string, Record<Namespace, object>>;

const TRANSLATIONS = ['de', 'fr', 'es'] as const;

/** Every text under a dotted key, as i18next addresses it: `join.name`, `editor.total_one`. */
function flatten(node: unknown, path = ''): Map<string, unknown> {
  const texts = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      for (const [childPath, text] of flatten(child, path ? `${path}.${key}` : key)) texts.set(childPath, text);
    }
  } else {
    texts.set(path, node);
  }
  return texts;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('the %s words', (ns) => {
  const english = flatten(WORDS.en[ns]);

  test('English has words, none empty', () => {
    expect(english.size).toBeGreaterThan(10);
    expect([...english].filter(([, text]) => typeof text !== 'string' || !text.trim()).map(([key]) => key)).toEqual([]);
  });

  describe.each(TRANSLATIONS)('in %s', (lang) => {
    const texts = flatten(WORDS[lang][ns]);

    test('has every key English has', () => {
      expect([...english.keys()].filter((key) => !texts.has(key))).toEqual([]);
    });

    test('has no key English lacks', () => {
      expect([...texts.keys()].filter((key) => !english.has(key))).toEqual([]);
    });

    test('has no empty text', () => {
      expect([...texts].filter(([, text]) => typeof text !== 'string' || !text.trim()).map(([key]) => key)).toEqual([]);
    });

    test('puts in every value English puts in, and no other', () => {
      const differing = [...english]
        .filter(([key, text]) => placeholders(texts.get(key)).join() !== placeholders(text).join())
        .map(([key]) => key);
      expect(differing).toEqual([]);
    });

    test('is not English left untranslated', () => {
      // A few words are the same in both languages ("Phase", "Format", "Standard", "Export"), and
      // some texts are only values and the app's name: a real sentence never is.
      const words = (text: string) => text.replace(/\{\{\w+\}\}|Balint Live/g, '').replace(/[^\p{L}]/gu, '');
      const same = [...english]
        .filter(([key, text]) => typeof text === 'string' && words(text).length > 16 && texts.get(key) === text)
        .map(([key]) => key);
      expect(same).toEqual([]);
    });
  });
});

test('a plural has both its forms, in every language', () => {
  for (const lang of ['en', ...TRANSLATIONS] as const) {
    for (const ns of NAMESPACES) {
      const keys = [...flatten(WORDS[lang][ns]).keys()];
      for (const key of keys.filter((k) => k.endsWith('_one'))) expect(keys, `${lang} ${key}`).toContain(key.replace(/_one$/, '_other'));
      for (const key of keys.filter((k) => k.endsWith('_other'))) expect(keys, `${lang} ${key}`).toContain(key.replace(/_other$/, '_one'));
    }
  }
});

test('no key is in two namespaces, so a fallback to `base` never hides one', () => {
  const seen = new Map<string, Namespace>();
  const twice: string[] = [];
  for (const ns of NAMESPACES) {
    for (const key of flatten(WORDS.en[ns]).keys()) {
      if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${ns}`);
      seen.set(key, ns);
    }
  }
  expect(twice).toEqual([]);
});
