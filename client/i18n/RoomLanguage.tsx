// The display speaks the room's language, which the leader sets, whatever its own device (often the
// leader's laptop, next to the console) is set to. It gets an i18next instance of its own, so the
// console in the next window keeps the leader's language.
import i18next, { type i18n } from 'i18next';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from './languages';
import { baseOptions, chunkBackend } from './load';

function roomInstance(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(chunkBackend).init(baseOptions(lang));
  return instance;
}

export function RoomLanguage({ language, children }: { language: Language; children: ReactNode }) {
  const [instance] = useState(() => roomInstance(language));

  useEffect(() => {
    if (instance.language !== language) void instance.changeLanguage(language);
  }, [instance, language]);

  useEffect(() => {
    // Screen readers and hyphenation follow the room's language here, not the device's.
    const root = document.documentElement;
    root.lang = language;
    root.dataset.roomLanguage = language;
    return () => {
      delete root.dataset.roomLanguage;
      root.lang = i18next.resolvedLanguage ?? i18next.language;
    };
  }, [language]);

  return (
    <I18nextProvider i18n={instance}>
      <Suspense fallback={null}>{children}</Suspense>
    </I18nextProvider>
  );
}
