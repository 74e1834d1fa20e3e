// What the app says, as the browser tests read it: i18next over the app's own word files, in any
// of its languages, so a test finds "Beitreten" on a German phone the way the app put it there.
import i18next, { type ParseKeys } from 'i18next';
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
import type { Language } from '../../client/i18n/languages';
import { NAMESPACES } from '../../client/i18n/words';

const RESOURCES = {
  en: { base: enBase, room: enRoom, console: enConsole },
  de: { base: deBase, room: deRoom, console: deConsole },
  fr: { base: frBase, room: frRoom, console: frConsole },
  es: { base: esBase, room: esRoom, console: esConsole },
};

/** A key of any namespace: keys are unique across them (tests/unit/ui-words.test.ts). */
export type WordKey = ParseKeys<'base'> | ParseKeys<'room'> | ParseKeys<'console'>;
export type Words = (key: WordKey, values?: Record<string, string | number>) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: RESOURCES,
  lng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'base',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function wordsIn(lang: Language): Words {
  const t = instance.getFixedT(lang);
  return (key, values) => t(key as never, { ...values, ns: [...NAMESPACES] }) as string;
}

/** The English words, as the app shows them on a device set to English. */
export const en = wordsIn('en');
