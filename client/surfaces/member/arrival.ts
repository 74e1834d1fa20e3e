// Whether this phone has been in the meeting before: a member who joins once phones are down is a
// latecomer and first reads "come in quietly"; the same member reloading the page later is not.
const arrivedKey = (sessionId: string) => `balint.arrived.${sessionId}`;

export function hasArrived(sessionId: string): boolean {
  try {
    return localStorage.getItem(arrivedKey(sessionId)) !== null;
  } catch {
    return false; // no storage: a reload shows "come in quietly" once more, which does no harm
  }
}

export function markArrived(sessionId: string): void {
  try {
    localStorage.setItem(arrivedKey(sessionId), '1');
  } catch {
    // The mark then lasts for this page only.
  }
}

export function forgetArrival(sessionId: string): void {
  try {
    localStorage.removeItem(arrivedKey(sessionId));
  } catch {
    // Nothing was kept.
  }
}
