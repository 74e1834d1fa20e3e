// Where the words only the leaders' screens read are loaded from: the console's (the console, the
// debrief, the group pages) and the exported record's (the cues and the frames' names, which a
// co-leader's phone shows too). A chunk of its own that load.ts fetches when a leader's page first
// asks, so that the join page's code, which every phone downloads first, does not name these chunks.
import type { Language } from './languages';
import type { LeadersNamespace, WordsLoader } from './words';

export const LEADERS_LOADERS: Readonly<Record<Language, Readonly<Record<LeadersNamespace, WordsLoader>>>> = {
  en: { console: () => import('./en/console'), record: () => import('../../shared/report-words/en') },
  de: { console: () => import('./de/console'), record: () => import('../../shared/report-words/de') },
  fr: { console: () => import('./fr/console'), record: () => import('../../shared/report-words/fr') },
  es: { console: () => import('./es/console'), record: () => import('../../shared/report-words/es') },
};
