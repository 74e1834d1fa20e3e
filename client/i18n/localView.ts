// The meeting's own words in the reader's language. The state keeps the shipped English (and any
// words a leader typed), so every device can say the phases and the redirects in its own language.
import { useMemo } from 'react';
import { localizeNotice, localizePhaseWords } from '../../shared/localize';
import type { View } from '../../shared/views';
import { useViewStore, type ViewStore } from '../store';
import type { Language } from './languages';
import { useLanguage } from './useLanguage';

/**
 * The view with its phase, phase list and notice in `lang`, addressing one person in the room's
 * register (Sie or du…); the plan for the editor stays as stored.
 */
export function localizeView<V extends View>(view: V, lang: Language): V {
  // Views from a server older than the register are formal.
  const register = view.register ?? 'formal';
  return {
    ...view,
    phase: localizePhaseWords(view.format, view.phase, lang, register),
    phases: view.phases.map((phase) => localizePhaseWords(view.format, phase, lang, register)),
    notice: view.notice && { ...view.notice, text: localizeNotice(view.notice.text, lang, register) },
  };
}

/** A store selector's view, in the language of the words around the component. */
export function useLocalView<V extends View>(select: (state: ViewStore) => V | null): V | null {
  const view = useViewStore(select);
  const lang = useLanguage();
  return useMemo(() => view && localizeView(view, lang), [view, lang]);
}
