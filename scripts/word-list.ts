// Writes docs/words.md: every word the app shows, side by side in English, German, French and
// Spanish, for a native reviewer to read in one sitting. The room's words first (formats, phases,
// flag lines, phones and the display), then the console's, then the exported record's, which the
// leaders' screens read too. Run `npm run words` after changing any words; a unit test says when
// the page is out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, LOCALES, type Language } from '../shared/localize';
import * as deBase from '../client/i18n/de/base';
import * as deConsole from '../client/i18n/de/console';
import * as deRoom from '../client/i18n/de/room';
import * as deRoomInformal from '../client/i18n/de/room-informal';
import * as enBase from '../client/i18n/en/base';
import * as enConsole from '../client/i18n/en/console';
import * as enRoom from '../client/i18n/en/room';
import * as esBase from '../client/i18n/es/base';
import * as esConsole from '../client/i18n/es/console';
import * as esRoom from '../client/i18n/es/room';
import * as esRoomInformal from '../client/i18n/es/room-informal';
import * as frBase from '../client/i18n/fr/base';
import * as frConsole from '../client/i18n/fr/console';
import * as frRoom from '../client/i18n/fr/room';
import * as frRoomInformal from '../client/i18n/fr/room-informal';
import { REPORT_WORDS } from '../shared/report-words';

type Tree = { [key: string]: string | Tree | undefined };

export const CLIENT: Record<'base' | 'room' | 'console' | 'record', Record<Language, Tree>> = {
  base: { en: enBase.words, de: deBase.words, fr: frBase.words, es: esBase.words },
  room: { en: enRoom.words, de: deRoom.words, fr: frRoom.words, es: esRoom.words },
  console: { en: enConsole.words, de: deConsole.words, fr: frConsole.words, es: esConsole.words },
  record: REPORT_WORDS as unknown as Record<Language, Tree>,
};

/** How the phones' words to one person read with du / tu / tú; English has one form. */
export const CLIENT_INFORMAL: Record<'de' | 'fr' | 'es', Tree> = {
  de: deRoomInformal.words,
  fr: frRoomInformal.words,
  es: esRoomInformal.words,
};

/** Every leaf of a words tree by its dotted key. */
export function flatten(tree: Tree | undefined, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (value) flatten(value, path, into);
  }
  return into;
}

const cell = (text: string | undefined) => (text ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A section of the page: its heading, then a row a key with the four languages' cells. */
function section(heading: string, rows: string[]): string {
  return [`## ${heading}`, '', '| key | English | Deutsch | Français | Español |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

function table(heading: string, byLanguage: Record<Language, Tree>): string {
  const flat = Object.fromEntries(LANGUAGES.map((lang) => [lang, flatten(byLanguage[lang])])) as Record<Language, Map<string, string>>;
  const rows = [...flat.en.keys()].map(
    (key) => `| \`${key}\` | ${LANGUAGES.map((lang) => cell(flat[lang].get(key))).join(' | ')} |`,
  );
  return section(heading, rows);
}

/** The texts said to one person, as they read with du / tu / tú. */
function informalTable(): string {
  const english = flatten(LOCALES.en as unknown as Tree);
  const informal = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, flatten(LOCALES[lang].informal as unknown as Tree)]),
  ) as Record<Language, Map<string, string>>;
  const keys = [...new Set(LANGUAGES.flatMap((lang) => [...informal[lang].keys()]))];
  const rows = keys.map(
    (key) =>
      `| \`${key}\` | ${cell(english.get(key))} | ${LANGUAGES.slice(1).map((lang) => cell(informal[lang].get(key))).join(' | ')} |`,
  );
  return section('Said to one person, with du / tu / tú (the informal register)', rows);
}

/** The phones' own words to one person, formal and informal side by side. */
function clientInformalTable(): string {
  const english = new Map([...flatten(CLIENT.base.en), ...flatten(CLIENT.room.en)]);
  const formal = (lang: 'de' | 'fr' | 'es') => new Map([...flatten(CLIENT.base[lang]), ...flatten(CLIENT.room[lang])]);
  const informal = { de: flatten(CLIENT_INFORMAL.de), fr: flatten(CLIENT_INFORMAL.fr), es: flatten(CLIENT_INFORMAL.es) };
  const keys = [...english.keys()].filter((key) => (['de', 'fr', 'es'] as const).some((lang) => informal[lang].has(key)));
  const both = (lang: 'de' | 'fr' | 'es', key: string) =>
    informal[lang].has(key) ? `${cell(formal(lang).get(key))}<br>*${cell(informal[lang].get(key))}*` : cell(formal(lang).get(key));
  const rows = keys.map((key) => `| \`${key}\` | ${cell(english.get(key))} | ${both('de', key)} | ${both('fr', key)} | ${both('es', key)} |`);
  return section("The phones' words to one person: Sie / vous / usted, then *du / tu / tú*", rows);
}

export function wordList(): string {
  const domain = (part: 'formats' | 'phases' | 'formatPhases' | 'flags') =>
    Object.fromEntries(LANGUAGES.map((lang) => [lang, LOCALES[lang][part] as unknown as Tree])) as Record<Language, Tree>;
  return [
    '# Every word, in four languages',
    '',
    'Generated by `npm run words` (scripts/word-list.ts) from shared/locales and client/i18n: do not edit',
    'by hand. German, French and Spanish address one person with Sie, vous and usted; the texts that',
    'change with du, tu and tú have a table of their own.',
    '',
    table('Formats', domain('formats')),
    table('Phases', domain('phases')),
    table("A format's own phase words", domain('formatPhases')),
    table('Flags: label, what it sounds like, the line for the leader', domain('flags')),
    informalTable(),
    table('Phones, display, start and join pages', CLIENT.room),
    clientInformalTable(),
    table('Every screen', CLIENT.base),
    table('Leader console and debrief', CLIENT.console),
    table("The exported record, whose cues and frames' names the leaders' screens say too (`record:`)", CLIENT.record),
  ].join('\n');
}

export const WORD_LIST_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'words.md');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(WORD_LIST_PATH, wordList());
  console.log(`wrote ${WORD_LIST_PATH}`);
}
