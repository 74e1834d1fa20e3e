// The language the words around this component are in: the device's, or on the display the room's
// (RoomLanguage provides its own i18next instance there).
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './languages';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : 'en';
}
