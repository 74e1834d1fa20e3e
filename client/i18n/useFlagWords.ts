// The flag catalog in the reader's language: label, what it sounds like, the redirect to offer.
import { useCallback } from 'react';
import type { FlagInfo, FlagKind } from '../../shared/flags';
import { localizeFlag } from '../../shared/localize';
import { useLanguage } from './useLanguage';

export function useFlagWords(): (kind: FlagKind) => FlagInfo {
  const lang = useLanguage();
  return useCallback((kind: FlagKind) => localizeFlag(kind, lang), [lang]);
}
