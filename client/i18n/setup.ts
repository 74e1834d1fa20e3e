// The device's words: i18next with this device's language, the <html lang> kept in step, and a
// switch that remembers the choice. Imported once, by App, before anything renders.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { deviceLanguage, rememberLanguage, type Language } from './languages';
import { baseOptions, chunkBackend } from './load';

i18next.on('languageChanged', (lng) => {
  // Screen readers pick their voice from it; the display sets its own (the room's) while it shows.
  if (!document.documentElement.dataset.roomLanguage) document.documentElement.lang = lng;
});

void i18next.use(chunkBackend).use(initReactI18next).init(baseOptions(deviceLanguage()));

/** This device's choice: remembered here, and every open screen re-renders in it. */
export function chooseLanguage(lang: Language): void {
  rememberLanguage(lang);
  void i18next.changeLanguage(lang);
}
