// The names people type to join: first names or initials, shown on the leaders' screens. A name is
// cleaned at the edge so that what the leader reads is what was typed: no control characters, no
// bidirectional overrides that turn "Ana" into something read backwards, no zero-width characters
// that make two "Dana"s look alike or a name look empty.

/** Line breaks, tabs and unusual spaces: read as one plain space. */
const SPACES = /[\t\n\v\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
/**
 * Invisible or reordering characters: controls (Cc), formatting characters (Cf: bidi marks,
 * embeddings, overrides and isolates, zero-width space, joiner and non-joiner, word joiner, BOM,
 * soft hyphen, tags), lone surrogates (Cs), and the fillers that render as nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** A typed name as it is kept: visible characters only, composed (NFC), single spaces, trimmed. */
export function cleanName(typed: string): string {
  return typed.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** Two names the leaders could not tell apart on a list ("Dana", "dana", "Ｄａｎａ") share this key. */
export function nameKey(name: string): string {
  // Names are cleaned when they come in: this runs for every member at each join, so no second clean.
  return name.normalize('NFKC').toLowerCase();
}

/** "Dana (2)": how the leaders see the second person of a name. */
export function numberedName(name: string, number: number | undefined): string {
  return number === undefined || number < 2 ? name : `${name} (${number})`;
}
