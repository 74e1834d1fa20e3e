// The shape every language must fill: English's keys, each a string. A German, French or Spanish
// file typed with these fails to compile when it lacks a key English has or has one English lacks.
import type { words as baseSource } from './en/base';
import type { words as consoleSource } from './en/console';
import type { words as roomSource } from './en/room';
import type { ReportWords } from '../../shared/report-words';

type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** What any page may say first (loading, dead links, the language switch) and the join page. */
export type BaseWords = Translation<typeof baseSource>;
/** The member's phone, the display, the co-leader's phone and the start page. */
export type RoomWords = Translation<typeof roomSource>;
/** The leader's console, the debrief and the group page. */
export type ConsoleWords = Translation<typeof consoleSource>;
/**
 * The exported record's words (shared/report-words/), as the leaders' screens read them: the cues
 * between the leaders and the two frames' names, written once for the record and the screens. Never
 * a member's phone's or the join page's: only the leaders' surfaces and pages ask for it.
 */
export type RecordWords = ReportWords;

export const NAMESPACES = ['base', 'room', 'console', 'record'] as const;
export type Namespace = (typeof NAMESPACES)[number];
/** The words only the leaders' screens read: a phone in the room never asks for these. */
export type LeadersNamespace = Extract<Namespace, 'console' | 'record'>;

/** One language's words of one namespace, from its own chunk. */
export type WordsLoader = () => Promise<{ words: object }>;
