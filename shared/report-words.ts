// The words of the exported process record, in the four languages: the same labels the debrief
// screen shows, so that a leader who exports what they read gets the same words, not the record's
// ids in English. One module per language (shared/report-words/): the console's debrief labels
// read them, and the client loads the language's module as the `record` namespace of its words.
import type { Language } from './language';
import { words as de } from './report-words/de';
import { words as en } from './report-words/en';
import { words as es } from './report-words/es';
import { words as fr } from './report-words/fr';
import type { ReportWords } from './report-words/types';

export type { ReportWords } from './report-words/types';

export const REPORT_WORDS: Readonly<Record<Language, ReportWords>> = { en, de, fr, es };

/** A text with its {{values}} put in. */
export function fillWords(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
