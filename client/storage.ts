// The browser's storage can be switched off (private mode, strict settings), and then every call
// throws. Each thing this device remembers is a convenience, never a need: without storage it lasts
// for the page only, so reading gives null and writing does nothing, here in one place.

/** Kept on the device (localStorage) unless 'session': for this tab only. Named inside each try:
 * with storage switched off, even reading `localStorage` throws. */
type Area = 'session';

export function readStored(key: string, area?: Area): string | null {
  try {
    return (area ? sessionStorage : localStorage).getItem(key);
  } catch {
    return null;
  }
}

/** `null` forgets the key. */
export function writeStored(key: string, value: string | null, area?: Area): void {
  try {
    const storage = area ? sessionStorage : localStorage;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Nothing is kept: the page goes on as if this device had never remembered it.
  }
}

/** What was stored as JSON, or null when nothing (or nothing readable) was: callers check its shape. */
export function readStoredJson(key: string, area?: Area): unknown {
  try {
    return JSON.parse(readStored(key, area) ?? 'null') as unknown;
  } catch {
    return null;
  }
}
