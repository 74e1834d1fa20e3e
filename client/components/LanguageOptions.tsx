// The languages as a select's options, each named in itself (and marked as its language, so a
// screen reader says "Deutsch" in German): for this device's switch and for the room language.
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';

export function LanguageOptions() {
  return LANGUAGES.map((lang) => (
    <option key={lang} value={lang} lang={lang}>
      {LANGUAGE_NAMES[lang]}
    </option>
  ));
}
