// The shape of one language's words for the domain: the formats and the flag catalog. Keys are
// the stable ids of templates.ts and flags.ts, never the English text, so a reworded English prompt
// shows up as a translation to revisit rather than silently losing its translation.
import type { FlagKind } from '../flags';

export interface PhaseTexts {
  title: string;
  prompt: string;
  /** Only where the English phase has a longer text (the opening's ground rules). */
  details?: string;
}

export interface FlagTexts {
  label: string;
  soundsLike: string;
  /** Absent where the room gets no notice (safety-concern): the leaders follow up privately. */
  redirect?: string;
  /** The line in professional development, where the kind has one of its own. */
  developmentRedirect?: string;
}

export interface LocaleTexts {
  /** By format id. */
  formats: Record<string, { title: string; description: string }>;
  /**
   * By phase id: the words of a phase wherever a format reuses it unchanged (the first format
   * that has the phase id sets them), so each shared English text is translated once.
   */
  phases: Record<string, PhaseTexts>;
  /** By format id, then phase id: only the fields where that format's English differs from `phases`. */
  formatPhases: Record<string, Record<string, Partial<PhaseTexts>>>;
  /** By flag kind. */
  flags: Record<FlagKind, FlagTexts>;
  /**
   * Where the words address one person, how they read with du / tu / tú: only the texts that change.
   * Words to the whole group (we-forms, plural you) are the same in both registers.
   */
  informal?: {
    phases?: Record<string, Partial<PhaseTexts>>;
    formatPhases?: Record<string, Record<string, Partial<PhaseTexts>>>;
    flags?: Partial<Record<FlagKind, Partial<FlagTexts>>>;
  };
}
