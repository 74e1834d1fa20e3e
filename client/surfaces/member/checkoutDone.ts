// Whether this phone is done with the meeting's check-out: answered, or "not now". Kept on the
// phone only (the server's mark knows who answered, and nothing else does), so that a reload at
// the closing does not invite the member a second time. Without storage a reload invites once
// more; a second answer is refused anyway.
import { readStored, writeStored } from '../../storage';

export type CheckoutDone = 'answered' | 'declined';

const doneKey = (sessionId: string) => `balint.checkout.${sessionId}`;

export function checkoutDone(sessionId: string): CheckoutDone | null {
  const value = readStored(doneKey(sessionId));
  return value === 'answered' || value === 'declined' ? value : null;
}

export function markCheckoutDone(sessionId: string, done: CheckoutDone): void {
  writeStored(doneKey(sessionId), done);
}

export function forgetCheckout(sessionId: string): void {
  writeStored(doneKey(sessionId), null);
}
