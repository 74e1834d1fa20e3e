// The formats and flags in the room's language. English stays the source (templates.ts, flags.ts);
// a translation replaces a text only while that text is still the shipped English, so words a
// leader or a group has edited are never overwritten, and anything not yet translated stays English.
import { FLAG_CATALOG, FLAG_KINDS, type FlagInfo, type FlagKind } from './flags';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { LANGUAGES, REGISTERS, type Language, type Register } from './language';
import type { LocaleTexts, PhaseTexts } from './locales/types';
import type { Format, Frame } from './phase-plan';

export { LANGUAGES, REGISTERS, type Language, type Register } from './language';
export type { LocaleTexts } from './locales/types';

export const LOCALES: Readonly<Record<Language, LocaleTexts>> = { en, de, fr, es };

/** The format with its title, description and phase words in `lang`; ids, durations and roles untouched. */
export function localizeFormat(format: Format, lang: Language, register: Register = 'formal'): Format {
  const words = LOCALES[lang];
  const source = en.formats[format.id];
  const own = words.formats[format.id];
  return {
    ...format,
    title: translated(format.title, source?.title, own?.title),
    description: translated(format.description, source?.description, own?.description),
    phases: format.phases.map((phase) => localizePhaseWords(format.id, phase, lang, register)),
  };
}

/** The phase words a view carries: an id and, for the current phase, a title and a prompt. */
type PhaseWords = { id: string } & Partial<PhaseTexts>;

/**
 * A phase of a running meeting in `lang`, from the meeting's format id and the phase id. The state
 * keeps the shipped English, so each device can say it in its own language; a title or prompt the
 * leader edited is the leader's own words and stays as written.
 */
export function localizePhaseWords<P extends PhaseWords>(
  formatId: string,
  phase: P,
  lang: Language,
  register: Register = 'formal',
): P {
  const words = wordsIn(lang, register);
  const localized = { ...phase };
  if (phase.title !== undefined) localized.title = phaseWord(formatId, phase.id, 'title', phase.title, words);
  if (phase.prompt !== undefined) localized.prompt = phaseWord(formatId, phase.id, 'prompt', phase.prompt, words);
  if (phase.details !== undefined) localized.details = phaseWord(formatId, phase.id, 'details', phase.details, words);
  return localized;
}

/** A language's words in a register: the informal texts laid over the formal ones where they differ. */
function wordsIn(lang: Language, register: Register): LocaleTexts {
  const words = LOCALES[lang];
  const informal = words.informal;
  if (register === 'formal' || !informal) return words;
  return (informalWords[lang] ??= layInformal(words, informal));
}

const informalWords: Partial<Record<Language, LocaleTexts>> = {};

function layInformal(words: LocaleTexts, informal: NonNullable<LocaleTexts['informal']>): LocaleTexts {
  const formatPhases = { ...words.formatPhases };
  for (const [formatId, phases] of Object.entries(informal.formatPhases ?? {})) {
    formatPhases[formatId] = mergeEach(words.formatPhases[formatId] ?? {}, phases);
  }
  return {
    ...words,
    phases: mergeEach(words.phases, informal.phases ?? {}) as LocaleTexts['phases'],
    formatPhases,
    flags: mergeEach(words.flags, informal.flags ?? {}) as LocaleTexts['flags'],
  };
}

function mergeEach<T extends object>(base: Record<string, T>, over: Record<string, Partial<T> | undefined>): Record<string, T> {
  const merged: Record<string, T> = { ...base };
  for (const [key, texts] of Object.entries(over)) merged[key] = { ...base[key], ...texts } as T;
  return merged;
}

/**
 * A notice to the room in `lang` when it is one of the catalog's redirects, sent in any of our
 * languages: the leader sends it in their own, and each phone reads it in its own. Any other
 * notice is the leader's own words and stays as written.
 */
export function localizeNotice(text: string, lang: Language, register: Register = 'formal'): string {
  const kind = kindOfLine(text);
  return kind ? (localizeFlag(kind, lang, register).redirect ?? text) : text;
}

/** The flag kind whose line this is, in any of our languages and registers; null for the leader's own words. */
export function kindOfLine(text: string): FlagKind | null {
  lineKinds ??= new Map(
    FLAG_KINDS.flatMap((kind) =>
      LANGUAGES.flatMap((lang) =>
        REGISTERS.flatMap((register) => {
          const { redirect, developmentRedirect } = wordsIn(lang, register).flags[kind];
          return [redirect, developmentRedirect].flatMap((line) => (line ? [[line, kind] as const] : []));
        }),
      ),
    ),
  );
  return lineKinds.get(text) ?? null;
}

let lineKinds: Map<string, FlagKind> | undefined;

/** A format's own wording (e.g. the student group's case call) has its own translation. */
function phaseWord(
  formatId: string,
  phaseId: string,
  field: keyof PhaseTexts,
  current: string,
  words: LocaleTexts,
): string {
  const ownSource = en.formatPhases[formatId]?.[phaseId]?.[field];
  if (ownSource !== undefined) {
    return translated(current, ownSource, words.formatPhases[formatId]?.[phaseId]?.[field]);
  }
  return translated(current, en.phases[phaseId]?.[field], words.phases[phaseId]?.[field]);
}

function translated(current: string, source: string | undefined, translation: string | undefined): string {
  return current === source && translation ? translation : current;
}

/**
 * The flag's label, what it sounds like and its redirect in `lang`; no redirect stays no redirect.
 * In professional development a kind with a line of its own for that frame offers that line.
 */
export function localizeFlag(kind: FlagKind, lang: Language, register: Register = 'formal', frame: Frame = 'balint'): FlagInfo {
  const source = FLAG_CATALOG[kind];
  const words = wordsIn(lang, register).flags[kind];
  const redirect =
    frame === 'development' && source.developmentRedirect
      ? words?.developmentRedirect || source.developmentRedirect
      : words?.redirect || source.redirect;
  return {
    ...source,
    label: words?.label || source.label,
    soundsLike: words?.soundsLike || source.soundsLike,
    redirect: source.redirect === null ? null : redirect,
  };
}
