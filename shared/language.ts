// The languages Balint Live speaks, and how a language tag from a browser or a query maps onto them.
// Plain data and functions with no dependencies: the join page's first chunk reads it.

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * How the room's words address one person: Sie / vous / usted (formal, the default), or du / tu / tú
 * as peer groups often speak. Words to the whole group use we-forms and need no register. English
 * has one form for both.
 */
export const REGISTERS = ['formal', 'informal'] as const;
export type Register = (typeof REGISTERS)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** 'de', 'DE', ' de ' and 'de-AT' are German: only the primary subtag counts. Anything else is null. */
export function languageOfTag(tag: unknown): Language | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}
