// The formats and flags in the room's language. English stays the source (templates.ts, flags.ts);
// a translation replaces a text only while that text is still the shipped English, so words a
// leader or a group has edited are never overwritten, and anything not yet translated stays English.
import { z } from 'zod';
import { FLAG_CATALOG, type FlagInfo, type FlagKind } from './flags';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { LANGUAGES, type Language, type LocaleTexts, type PhaseTexts } from './locales/types';
import type { Format, PhasePlan } from './templates';

export { LANGUAGES, type Language, type LocaleTexts } from './locales/types';

export const DEFAULT_LANGUAGE: Language = 'en';

export const LOCALES: Readonly<Record<Language, LocaleTexts>> = { en, de, fr, es };

/**
 * A language from a query or a browser tag: 'de', 'DE' and 'de-AT' are German; anything unknown,
 * missing or malformed is English, never an error (a wrong `?lang=` still gets a usable answer).
 */
export const languageSchema = z
  .preprocess(
    (tag) => (typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : tag),
    z.enum(LANGUAGES),
  )
  .catch(DEFAULT_LANGUAGE);

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The format with its title, description and phase words in `lang`; ids, durations and roles untouched. */
export function localizeFormat(format: Format, lang: Language): Format {
  const words = LOCALES[lang];
  const source = en.formats[format.id];
  const own = words.formats[format.id];
  return {
    ...format,
    title: translated(format.title, source?.title, own?.title),
    description: translated(format.description, source?.description, own?.description),
    phases: format.phases.map((phase) => localizePhase(format.id, phase, words)),
  };
}

function localizePhase(formatId: string, phase: PhasePlan, words: LocaleTexts): PhasePlan {
  return {
    ...phase,
    title: phaseWord(formatId, phase, 'title', words),
    prompt: phaseWord(formatId, phase, 'prompt', words),
  };
}

/** A format's own wording (e.g. the student group's case call) has its own translation. */
function phaseWord(formatId: string, phase: PhasePlan, field: keyof PhaseTexts, words: LocaleTexts): string {
  const ownSource = en.formatPhases[formatId]?.[phase.id]?.[field];
  if (ownSource !== undefined) {
    return translated(phase[field], ownSource, words.formatPhases[formatId]?.[phase.id]?.[field]);
  }
  return translated(phase[field], en.phases[phase.id]?.[field], words.phases[phase.id]?.[field]);
}

function translated(current: string, source: string | undefined, translation: string | undefined): string {
  return current === source && translation ? translation : current;
}

/** The flag's label, what it sounds like and its redirect in `lang`; no redirect stays no redirect. */
export function localizeFlag(kind: FlagKind, lang: Language): FlagInfo {
  const source = FLAG_CATALOG[kind];
  const words = LOCALES[lang].flags[kind];
  return {
    kind,
    label: words?.label || source.label,
    soundsLike: words?.soundsLike || source.soundsLike,
    redirect: source.redirect === null ? null : words?.redirect || source.redirect,
  };
}
