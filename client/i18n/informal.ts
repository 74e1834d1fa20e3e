// The room's register in the app's own words: where a phone speaks to one person, a room that uses
// du / tu / tú reads it so. Each language that has the two forms keeps, beside its formal words, an
// overlay with only the texts that change (`de/room-informal.ts`). English has one form.
//
// Why i18next's context and not a language variant ("de-x-informal"): the register is the room's,
// not the device's. A phone keeps its own language while the leader switches the register, the
// console on the same device stays formal, and shared/localize.ts already says phases and flags
// per (language, register). So each language's room-registers.ts lays the overlay into the `room`
// namespace under the context suffix (`member.listenBody_informal`), and useRoomWords asks with
// `context: 'informal'`: i18next looks for `key_informal` first and falls back to the formal
// `key`, so a text that reads the same in both registers is written once. The room namespace is never part of the join page
// (which is formal: nobody's register is known before joining), so the overlays add nothing there.
import type { Register } from '../../shared/language';
import type { BaseWords, RoomWords } from './words';

type Overlay<T> = { [K in keyof T]?: T[K] extends string ? string : Overlay<T[K]> };

/**
 * Only the texts that change with du / tu / tú, at their English keys. Phones read a few of the
 * common words too (a refusal, "Not connected", "You have left this meeting"), so an overlay may
 * re-say `base` keys; the leaders' `console` words are not in it and stay formal.
 */
export type InformalWords = Overlay<BaseWords & RoomWords>;

/** i18next's context for the informal register. */
export const INFORMAL = 'informal';

/**
 * The options that ask i18next's t for a text in the register, outside a component (useRoomWords
 * does the same inside one). The informal texts live in the room namespace, `base` keys' included.
 */
export function registerOptions(register: Register): { ns?: 'room'; context?: typeof INFORMAL } {
  return register === 'informal' ? { ns: 'room', context: INFORMAL } : {};
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Where i18next looks for a key with the informal context: `pauseWait_one` → `pauseWait_informal_one`. */
export function informalKey(key: string): string {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, `_${INFORMAL}_$1`) : `${key}_${INFORMAL}`;
}

type Tree = { readonly [key: string]: string | Tree | undefined };

/** The formal words with the overlay's texts beside them under their informal keys. */
export function withInformal(words: Tree, overlay: Tree): Tree {
  const laid: Record<string, string | Tree | undefined> = { ...words };
  for (const [key, text] of Object.entries(overlay)) {
    if (typeof text === 'string') laid[informalKey(key)] = text;
    else if (text) laid[key] = withInformal((words[key] as Tree | undefined) ?? {}, text);
  }
  return laid;
}
