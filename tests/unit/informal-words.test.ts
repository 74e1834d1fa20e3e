// The app's own words in the room's register: a phone in a room that says du / tu / tú reads the
// informal overlay (client/i18n/*/room-informal.ts) wherever a text speaks to one person, and the
// formal words everywhere else. Each overlay re-says only keys English has, each of its texts is
// another text than the formal one and speaks with the informal form (never the formal one), and
// the loader lays them where i18next's context finds them. The refusals have their words for every
// code of the server's one list, in four languages.
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { words as deBase } from '../../client/i18n/de/base';
import { words as deRoom } from '../../client/i18n/de/room';
import { words as deInformal } from '../../client/i18n/de/room-informal';
import { words as enBase } from '../../client/i18n/en/base';
import { words as enConsole } from '../../client/i18n/en/console';
import { words as enRoom } from '../../client/i18n/en/room';
import { words as esBase } from '../../client/i18n/es/base';
import { words as esRoom } from '../../client/i18n/es/room';
import { words as esInformal } from '../../client/i18n/es/room-informal';
import { words as frBase } from '../../client/i18n/fr/base';
import { words as frRoom } from '../../client/i18n/fr/room';
import { words as frInformal } from '../../client/i18n/fr/room-informal';
import { INFORMAL, informalKey, withInformal } from '../../client/i18n/informal';
import { chunkBackend } from '../../client/i18n/load';
import { roomRegister } from '../../client/i18n/roomWords';
import type { Role } from '../../shared/roles';
import { HTTP_ERROR_STATUS } from '../../shared/errors';
import { viewFor } from '../../shared/audience-views';
import { newMeeting, send, T0 } from './meeting';

type Tree = { [key: string]: string | Tree | undefined };

function flatten(tree: object, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (value) flatten(value, path, into);
  }
  return into;
}

const placeholders = (text: string | undefined) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const ROOM = {
  de: { base: deBase, room: deRoom, informal: deInformal },
  fr: { base: frBase, room: frRoom, informal: frInformal },
  es: { base: esBase, room: esRoom, informal: esInformal },
} as const;

/** Whole words only, letters with accents included. */
const words = (list: string, flags = 'u') => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, flags);

/** How each language speaks to one person formally: a text with any of these is not informal. */
const FORMAL = {
  de: words('Sie|Ihnen|Ihre?[nmrs]?'),
  fr: words('vous|votre|vos', 'iu'),
  es: words('usted|ustedes|su|sus|le|les', 'iu'),
};

/**
 * Where the formal text says it with the verb alone: "Réessayez", "Inténtelo", "Espere". Used only
 * to see that a text the overlay replaces did speak to one person.
 */
const FORMAL_VERB = {
  de: FORMAL.de,
  fr: /(?<!\p{L})(?!(?:chez|assez)(?!\p{L}))\p{L}+ez(?!\p{L})/iu,
  es: /(?<!\p{L})(?:\p{L}+(?:elo|ela|ase)|revise|espere|pida|ha|toque|tiene|podrá|deje|entre|busque|diga)(?!\p{L})/iu,
};

/**
 * The informal form: the pronoun or possessive, or, where the language says it without one (an
 * imperative: "Warte", "Attends", "Espera"), the verb's du / tu / tú form. Enclitic Spanish "-te"
 * ("Dirígete") counts as the pronoun.
 */
const INFORMAL_FORM = {
  de: words('du|dir|dich|dein(?:e[nmrs]?)?|versuch|prüf|kürz|warte|frag|tipp|erzähl|sag|sprich|lass|such|hör', 'iu'),
  fr: words('tu|te|t’\\p{L}+|toi|ta|ton|tes|réessaie|vérifie|raccourcis|attends|demande|appuie|raconte|dis|adresse|laisse|entre|installe|écoute', 'iu'),
  es: /(?<!\p{L})(?:tú|te|ti|tu|tus|has|eres|tienes|puedes|podrás|quieres|presentas|di|deja|toca|vuelve|revisa|espera|pide|entra|busca|escucha|\p{L}+(?:te|lo))(?!\p{L})/iu,
};

const ENGLISH_ROOM = new Map([...flatten(enBase), ...flatten(enRoom)]);

describe.each(['de', 'fr', 'es'] as const)('the informal words in %s', (lang) => {
  const formal = new Map([...flatten(ROOM[lang].base), ...flatten(ROOM[lang].room)]);
  const informal = flatten(ROOM[lang].informal);

  test('say something', () => {
    expect(informal.size).toBeGreaterThan(10);
  });

  test("re-say only keys English has, in the room's words, never the console's", () => {
    expect([...informal.keys()].filter((key) => !ENGLISH_ROOM.has(key))).toEqual([]);
    const consoleKeys = new Set(flatten(enConsole).keys());
    expect([...informal.keys()].filter((key) => consoleKeys.has(key))).toEqual([]);
  });

  test('put in every value the English puts in, and no other', () => {
    const differing = [...informal].filter(([key, text]) => placeholders(text).join() !== placeholders(ENGLISH_ROOM.get(key)).join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  test('are each another text than the formal one, and not English', () => {
    expect([...informal].filter(([key, text]) => text === formal.get(key)).map(([key]) => key)).toEqual([]);
    expect([...informal].filter(([key, text]) => text === ENGLISH_ROOM.get(key)).map(([key]) => key)).toEqual([]);
  });

  test('speak to one person with the informal form, never the formal one', () => {
    for (const [key, text] of informal) {
      expect(text, key).toMatch(INFORMAL_FORM[lang]);
      expect(text, key).not.toMatch(FORMAL[lang]);
    }
  });

  test('the formal text they replace did speak to one person formally', () => {
    // Otherwise the overlay changes a text the register should leave alone (words to the whole group).
    for (const key of informal.keys()) {
      const text = formal.get(key)!;
      expect(FORMAL[lang].test(text) || FORMAL_VERB[lang].test(text), `${key}: ${text}`).toBe(true);
    }
  });

  test('the loader lays them into the room words, where i18next finds them by context', async () => {
    const room = await new Promise<Tree>((resolve, reject) =>
      chunkBackend.read(lang, 'room', (error, data) => (error ? reject(error) : resolve(data as Tree))),
    );
    const laid = flatten(room);
    for (const [key, text] of informal) expect(laid.get(key.replace(/[^.]+$/, informalKey)), key).toBe(text);
    // The formal room words are still there as they were.
    for (const [key, text] of flatten(ROOM[lang].room)) expect(laid.get(key), key).toBe(text);
  });
});

describe('i18next reads the laid words', () => {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'de',
    resources: { de: { base: deBase, room: withInformal(deRoom as never, deInformal as never) } },
    ns: ['base', 'room'],
    defaultNS: 'room',
    fallbackNS: 'base',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const t = (key: string, options: object = {}) => String(instance.t(key as never, options as never));

  test('the informal text with the context, the formal one without', () => {
    expect(t('member.listenBody', { context: INFORMAL })).toBe(deInformal.member!.listenBody);
    expect(t('member.listenBody')).toBe(deRoom.member.listenBody);
  });

  test('a plural in its informal form', () => {
    expect(t('member.pauseWait', { context: INFORMAL, count: 30 })).toBe('Du kannst in 30 Sekunden erneut fragen.');
    expect(t('member.pauseWait', { context: INFORMAL, count: 1 })).toBe('Du kannst in 1 Sekunde erneut fragen.');
  });

  test('a text that reads the same in both registers falls back to the one formal text', () => {
    expect(t('member.pauseButton', { context: INFORMAL })).toBe(deRoom.member.pauseButton);
  });

  test("a common word a phone shows is informal from the room words, and formal on the console's base", () => {
    expect(t('status.removedTitle', { context: INFORMAL })).toBe(deInformal.status!.removedTitle);
    expect(t('status.removedTitle')).toBe(deBase.status.removedTitle);
  });
});

describe("whose words follow the room's register", () => {
  const informalRoom = send(newMeeting(), { type: 'language.set', language: 'de', register: 'informal' }, T0);
  const asRole = (role: Role) => roomRegister({ identity: { sessionId: informalRoom.sessionId, role }, view: viewFor(informalRoom, role) });

  test("a member's phone and the display: the room's", () => {
    expect(asRole('member')).toBe('informal');
    expect(asRole('display')).toBe('informal');
  });

  test("the leaders' own screens stay formal", () => {
    expect(asRole('leader')).toBe('formal');
    expect(asRole('co-leader')).toBe('formal');
  });

  test('formal before the meeting says otherwise, and in a formal room', () => {
    expect(roomRegister({ identity: { sessionId: 's', role: 'member' }, view: null })).toBe('formal');
    expect(roomRegister({ identity: null, view: null })).toBe('formal');
    const formalRoom = newMeeting();
    expect(roomRegister({ identity: { sessionId: formalRoom.sessionId, role: 'member' }, view: viewFor(formalRoom, 'member') })).toBe('formal');
  });
});

describe("the refusals, one text per code of the server's list", () => {
  const CODES = Object.keys(HTTP_ERROR_STATUS);
  const PROBLEMS = { en: enBase.problems, de: deBase.problems, fr: frBase.problems, es: esBase.problems } as const;

  test.each(['en', 'de', 'fr', 'es'] as const)('%s has words for every code, and for no other', (lang) => {
    const problems: Record<string, string> = PROBLEMS[lang];
    expect(Object.keys(problems).sort()).toEqual([...CODES].sort());
    for (const code of CODES) expect(problems[code]?.trim(), code).toBeTruthy();
  });

  test.each(['de', 'fr', 'es'] as const)('%s says each in its own words', (lang) => {
    const problems: Record<string, string> = PROBLEMS[lang];
    const english: Record<string, string> = enBase.problems;
    expect(CODES.filter((code) => problems[code] === english[code])).toEqual([]);
  });

  test('a locked room has its words', () => {
    expect(deBase.problems.locked).toMatch(/geschlossen/);
  });
});

test("French puts a no-break space before ? ! : ; and inside « », so a line never starts with one", () => {
  const french = [...flatten(frBase).values(), ...flatten(frRoom).values(), ...flatten(frInformal).values()];
  expect(french.filter((text) => / [?!:;»]|« /.test(text))).toEqual([]);
});
