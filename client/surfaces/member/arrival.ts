// Whether this phone has been in the meeting before: a member who joins once phones are down is a
// latecomer and first reads "come in quietly"; the same member reloading the page later is not.
// Without storage a reload shows "come in quietly" once more, which does no harm.
import { readStored, writeStored } from '../../storage';

const arrivedKey = (sessionId: string) => `balint.arrived.${sessionId}`;

export function hasArrived(sessionId: string): boolean {
  return readStored(arrivedKey(sessionId)) !== null;
}

export function markArrived(sessionId: string): void {
  writeStored(arrivedKey(sessionId), '1');
}

export function forgetArrival(sessionId: string): void {
  writeStored(arrivedKey(sessionId), null);
}
