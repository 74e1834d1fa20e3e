// One chunk per language and namespace, fetched when first needed: a phone joining in German
// downloads the German `base` words and nothing else. English is a chunk like the others. The
// `room` words of German, French and Spanish come with their informal overlay (informal.ts), laid
// in under i18next's context suffix, so a room that says du / tu / tú has its words at hand.
import type { BackendModule, InitOptions } from 'i18next';
import type { InformalWords } from './informal';
import { LANGUAGES, type Language } from './languages';
import type { Namespace } from './words';

type Loader = () => Promise<{ words: object }>;

/**
 * The formal words and, fetched beside them, how the texts to one person read with du / tu / tú.
 * The code that lays them together comes with them, not in this chunk: the join page never needs it.
 */
function withInformalWords(formal: Loader, informal: () => Promise<{ words: InformalWords }>): Loader {
  return () =>
    Promise.all([formal(), informal(), import('./informal')]).then(([room, overlay, { withInformal }]) => ({
      words: withInformal(room.words as never, overlay.words as never),
    }));
}

const LOADERS: Readonly<Record<Language, Readonly<Record<Namespace, Loader>>>> = {
  en: { base: () => import('./en/base'), room: () => import('./en/room'), console: () => import('./en/console') },
  de: {
    base: () => import('./de/base'),
    room: withInformalWords(() => import('./de/room'), () => import('./de/room-informal')),
    console: () => import('./de/console'),
  },
  fr: {
    base: () => import('./fr/base'),
    room: withInformalWords(() => import('./fr/room'), () => import('./fr/room-informal')),
    console: () => import('./fr/console'),
  },
  es: {
    base: () => import('./es/base'),
    room: withInformalWords(() => import('./es/room'), () => import('./es/room-informal')),
    console: () => import('./es/console'),
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
