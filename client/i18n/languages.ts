// Which language this device speaks: the one chosen here before (remembered on the device), else the
// first of the browser's languages that we speak, else English. Each device decides for itself, so a
// German leader and a French member read the same meeting in their own languages.
import { isLanguage, LANGUAGES, languageOfTag, type Language } from '../../shared/language';
import { readStored, writeStored } from '../storage';

export { isLanguage, LANGUAGES, languageOfTag, type Language };

/** Each language named in itself, so whoever cannot read the current one still finds their own. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

const CHOSEN_KEY = 'balint.language';

// Without storage the browser's language applies, and a choice holds until the page is closed.
const chosenLanguage = (): Language | null => languageOfTag(readStored(CHOSEN_KEY));

export function deviceLanguage(): Language {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return chosenLanguage() ?? browser.map(languageOfTag).find((lang) => lang !== null) ?? 'en';
}

/** Remembers a choice made on this device; the browser's language no longer decides after that. */
export function rememberLanguage(lang: Language): void {
  writeStored(CHOSEN_KEY, lang);
}
