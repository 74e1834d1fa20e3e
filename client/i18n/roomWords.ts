// The words the room reads, in the room's register: a member's phone and the wall say du / tu / tú
// when the leader chose it with the room language. The leaders' own screens (the console, the
// co-leader's phone) keep speaking to the leaders formally, whatever the room uses among itself.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../shared/language';
import type { Role } from '../../shared/roles';
import type { ViewStore } from '../store';
import { useViewStore } from '../store';
import { INFORMAL } from './informal';

/** Who reads the room's words. A latecomer knocking has no view yet and is spoken to formally. */
const ROOM_READERS: ReadonlySet<Role> = new Set(['member', 'display']);

/** The register this device's words to its reader take: the room's on a phone or the wall, formal elsewhere. */
export function roomRegister(state: Pick<ViewStore, 'identity' | 'view'>): Register {
  if (!state.identity || !ROOM_READERS.has(state.identity.role)) return 'formal';
  // A view from a server older than the register has none: formal.
  return state.view?.register ?? 'formal';
}

/**
 * useTranslation('room') whose t says each text in the room's register: the informal text where
 * the language has one, else the formal text (English, and words to the whole group). The keys
 * stay typed as before: call sites change only the hook's name.
 */
export function useRoomWords() {
  const { t, i18n } = useTranslation('room');
  const register = useViewStore(roomRegister);
  const said = useMemo(() => {
    if (register === 'formal') return t;
    // i18next's own context lookup: `key_informal`, then `key`.
    const informal = (key: never, options?: object) => t(key, { ...options, context: INFORMAL } as never);
    return informal as unknown as typeof t;
  }, [t, register]);
  return { t: said, i18n, register };
}
