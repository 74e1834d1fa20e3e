// One chunk per language and namespace, fetched when first needed: a phone joining in German
// downloads the German `base` words and nothing else. English is a chunk like the others. The
// `room` words of German, French and Spanish come in one chunk with their informal overlay laid in
// under i18next's context suffix (xx/room-registers.ts), so a room that says du / tu / tú has its
// words at hand. The `record` words are the exported record's own module (shared/report-words/),
// not a copy of them: only the leaders' screens ask for them.
import type { BackendModule, InitOptions } from 'i18next';
import { LANGUAGES, type Language } from './languages';
import type { Namespace } from './words';

type Loader = () => Promise<{ words: object }>;

const LOADERS: Readonly<Record<Language, Readonly<Record<Namespace, Loader>>>> = {
  en: {
    base: () => import('./en/base'),
    room: () => import('./en/room'),
    console: () => import('./en/console'),
    record: () => import('../../shared/report-words/en'),
  },
  de: {
    base: () => import('./de/base'),
    room: () => import('./de/room-registers'),
    console: () => import('./de/console'),
    record: () => import('../../shared/report-words/de'),
  },
  fr: {
    base: () => import('./fr/base'),
    room: () => import('./fr/room-registers'),
    console: () => import('./fr/console'),
    record: () => import('../../shared/report-words/fr'),
  },
  es: {
    base: () => import('./es/base'),
    room: () => import('./es/room-registers'),
    console: () => import('./es/console'),
    record: () => import('../../shared/report-words/es'),
  },
};

/** i18next's backend interface, over dynamic imports instead of HTTP. */
export const chunkBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const loader = LOADERS[language as Language]?.[namespace as Namespace];
    if (!loader) {
      done(new Error(`No words for ${language}/${namespace}`), false);
      return;
    }
    loader().then(
      (module) => done(null, module.words as never),
      (error: Error) => done(error, false),
    );
  },
};

/** A key with no words is reported, never silently shown: the browser tests watch for this warning. */
export const MISSING_KEY_WARNING = 'balint: missing words';

/** What every i18next instance of the app shares: the device's and the display's room instance. */
export function baseOptions(lng: Language): InitOptions {
  return {
    lng,
    supportedLngs: [...LANGUAGES],
    // Every language has every key (the types and tests/unit/ui-words.test.ts make sure): no
    // fallback language to download beside the chosen one.
    fallbackLng: false,
    ns: ['base'],
    defaultNS: 'base',
    fallbackNS: 'base',
    // React escapes what it renders; escaping here too would show &amp; on screen.
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => console.warn(MISSING_KEY_WARNING, lngs.join(','), `${ns}:${key}`),
    react: { useSuspense: true },
  };
}
