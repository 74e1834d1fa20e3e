// English is the source: templates.ts and flags.ts hold the words, and this file only arranges
// them under the same keys the translations use. Nothing here is typed twice.
import { FLAG_CATALOG, FLAG_KINDS } from '../flags';
import { BREAK_PHASE, FORMATS, FREE_ROUND } from '../templates';
import type { PhasePlan } from '../phase-plan';
import type { FlagTexts, LocaleTexts, PhaseTexts } from './types';

const PHASE_FIELDS = ['title', 'prompt', 'details'] as const;

function arrangeEnglish(): LocaleTexts {
  const formats: LocaleTexts['formats'] = {};
  const phases: LocaleTexts['phases'] = {};
  const formatPhases: LocaleTexts['formatPhases'] = {};
  for (const format of FORMATS) {
    formats[format.id] = { title: format.title, description: format.description };
    for (const phase of format.phases) {
      const shared = phases[phase.id];
      if (!shared) {
        phases[phase.id] = { title: phase.title, prompt: phase.prompt, ...(phase.details ? { details: phase.details } : {}) };
        continue;
      }
      const own = differingFields(phase, shared);
      if (own) (formatPhases[format.id] ??= {})[phase.id] = own;
    }
  }
  for (const phase of [FREE_ROUND, BREAK_PHASE]) phases[phase.id] = { title: phase.title, prompt: phase.prompt };
  const flags = Object.fromEntries(
    FLAG_KINDS.map((kind) => {
      const { label, soundsLike, redirect, developmentRedirect } = FLAG_CATALOG[kind];
      const texts: FlagTexts = redirect === null ? { label, soundsLike } : { label, soundsLike, redirect };
      if (developmentRedirect) texts.developmentRedirect = developmentRedirect;
      return [kind, texts];
    }),
  ) as LocaleTexts['flags'];
  return { formats, phases, formatPhases, flags };
}

function differingFields(phase: PhasePlan, shared: PhaseTexts): Partial<PhaseTexts> | null {
  const own: Partial<PhaseTexts> = {};
  for (const field of PHASE_FIELDS) {
    if (phase[field] !== shared[field]) own[field] = phase[field];
  }
  return Object.keys(own).length > 0 ? own : null;
}

export const en: LocaleTexts = arrangeEnglish();
