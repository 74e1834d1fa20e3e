// What the app says, as the browser tests read it: i18next over the app's own word files, in any
// of its languages, so a test finds "Beitreten" on a German phone the way the app put it there, and
// "Du bist Anna" on a German phone in a room that says du (the room words laid as the app lays them).
import i18next, { type ParseKeys } from 'i18next';
import { words as deBase } from '../../client/i18n/de/base';
import { words as deConsole } from '../../client/i18n/de/console';
import { words as deRoom } from '../../client/i18n/de/room';
import { words as deRoomInformal } from '../../client/i18n/de/room-informal';
import { words as enBase } from '../../client/i18n/en/base';
import { words as enConsole } from '../../client/i18n/en/console';
import { words as enRoom } from '../../client/i18n/en/room';
import { words as esBase } from '../../client/i18n/es/base';
import { words as esConsole } from '../../client/i18n/es/console';
import { words as esRoom } from '../../client/i18n/es/room';
import { words as esRoomInformal } from '../../client/i18n/es/room-informal';
import { words as frBase } from '../../client/i18n/fr/base';
import { words as frConsole } from '../../client/i18n/fr/console';
import { words as frRoom } from '../../client/i18n/fr/room';
import { words as frRoomInformal } from '../../client/i18n/fr/room-informal';
import { INFORMAL, withInformal } from '../../client/i18n/informal';
import { REPORT_WORDS } from '../../shared/report-words';
import type { Language } from '../../client/i18n/languages';
import type { Register } from '../../shared/language';
import { NAMESPACES } from '../../client/i18n/words';

const RESOURCES = {
  en: { base: enBase, room: enRoom, console: enConsole, record: REPORT_WORDS.en },
  de: { base: deBase, room: withInformal(deRoom as never, deRoomInformal as never), console: deConsole, record: REPORT_WORDS.de },
  fr: { base: frBase, room: withInformal(frRoom as never, frRoomInformal as never), console: frConsole, record: REPORT_WORDS.fr },
  es: { base: esBase, room: withInformal(esRoom as never, esRoomInformal as never), console: esConsole, record: REPORT_WORDS.es },
};

/** A key of any namespace: keys are unique across them (tests/unit/ui-words.test.ts). */
export type WordKey = ParseKeys<'base'> | ParseKeys<'room'> | ParseKeys<'console'> | ParseKeys<'record'>;
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

/**
 * The words of `lang`; with 'informal', as a phone or the wall says them in a room that uses du /
 * tu / tú (the console's own words stay formal, so ask for those without it).
 */
export function wordsIn(lang: Language, register: Register = 'formal'): Words {
  const t = instance.getFixedT(lang);
  const context = register === 'informal' ? { context: INFORMAL } : {};
  return (key, values) => String(t(key as never, { ...values, ...context, ns: [...NAMESPACES] } as never));
}

/** The English words, as the app shows them on a device set to English. */
export const en = wordsIn('en');
