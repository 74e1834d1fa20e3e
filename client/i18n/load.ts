// One chunk per language and namespace, fetched when first needed: a phone joining in German
// downloads the German `base` words and nothing else. English is a chunk like the others. The
// `room` words of German, French and Spanish come in one chunk with their informal overlay laid in
// under i18next's context suffix (xx/room-registers.ts), so a room that says du / tu / tú has its
// words at hand. The leaders' words (`console`, and `record`: the exported record's own module,
// not a copy of it) are loaded through leadersLoaders.ts.
import type { BackendModule, InitOptions } from 'i18next';
import { isLanguage, LANGUAGES, type Language } from './languages';
import type { LeadersNamespace, Namespace, WordsLoader } from './words';

/** The words every device may read: the join page's, and the room's on the phones and the wall. */
const LOADERS: Readonly<Record<Language, Readonly<Record<Exclude<Namespace, LeadersNamespace>, WordsLoader>>>> = {
  en: { base: () => import('./en/base'), room: () => import('./en/room') },
  de: { base: () => import('./de/base'), room: () => import('./de/room-registers') },
  fr: { base: () => import('./fr/base'), room: () => import('./fr/room-registers') },
  es: { base: () => import('./es/base'), room: () => import('./es/room-registers') },
};

/**
 * The leaders' words come through a small chunk that names theirs: one request more on a leader's
 * page, and the code every phone downloads first stays without it.
 */
function loaderOf(language: Language, namespace: Namespace): WordsLoader | undefined {
  if (namespace === 'console' || namespace === 'record') {
    return () => import('./leadersLoaders').then(({ LEADERS_LOADERS }) => LEADERS_LOADERS[language][namespace]());
  }
  return LOADERS[language][namespace];
}

/** i18next's backend interface, over dynamic imports instead of HTTP. */
export const chunkBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const loader = isLanguage(language) ? loaderOf(language, namespace as Namespace) : undefined;
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
