// The flag catalog in the reader's language: label, what it sounds like, and the line to offer the
// leader, in the room's register (the leader says it to the room as the room is spoken to).
import { useCallback } from 'react';
import type { FlagInfo, FlagKind } from '../../shared/flags';
import type { Frame } from '../../shared/phase-plan';
import { localizeFlag } from '../../shared/localize';
import { useViewStore } from '../store';
import { useLanguage } from './useLanguage';

/** `frame`: the frame the flag was raised in, whose line the leader is offered (Balint unless said). */
export function useFlagWords(frame: Frame = 'balint'): (kind: FlagKind) => FlagInfo {
  const lang = useLanguage();
  const register = useViewStore((state) => state.view?.register ?? 'formal');
  return useCallback((kind: FlagKind) => localizeFlag(kind, lang, register, frame), [lang, register, frame]);
}
