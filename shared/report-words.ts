// The words of the exported process record, in the four languages: the same labels the debrief
// screen shows, so that a leader who exports what they read gets the same words, not the record's
// ids in English. One module per language (shared/report-words/); the console's debrief labels
// read them, and tests/unit/report-words.test.ts holds the room's cue words to them.
import type { Language } from './language';
import { de } from './report-words/de';
import { en } from './report-words/en';
import { es } from './report-words/es';
import { fr } from './report-words/fr';
import type { ReportWords } from './report-words/types';

export type { ReportWords } from './report-words/types';

export const REPORT_WORDS: Readonly<Record<Language, ReportWords>> = { en, de, fr, es };

/** A text with its {{values}} put in. */
export function fillWords(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
