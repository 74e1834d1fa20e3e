// Join codes: six characters that are hard to misread aloud or on a projector (no 0/O, 1/I/L).
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A code as people type it (lower case, spaces, a dash from a printed "ABC-DEF"), made plain. */
export function cleanJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
