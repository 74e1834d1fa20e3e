// Whether this phone is done with the meeting's check-out: answered, or "not now". Kept on the
// phone only (the server's mark knows who answered, and nothing else does), so that a reload at
// the closing does not invite the member a second time.
export type CheckoutDone = 'answered' | 'declined';

const doneKey = (sessionId: string) => `balint.checkout.${sessionId}`;

export function checkoutDone(sessionId: string): CheckoutDone | null {
  try {
    const value = localStorage.getItem(doneKey(sessionId));
    return value === 'answered' || value === 'declined' ? value : null;
  } catch {
    return null; // no storage: a reload invites once more; a second answer is refused anyway
  }
}

export function markCheckoutDone(sessionId: string, done: CheckoutDone): void {
  try {
    localStorage.setItem(doneKey(sessionId), done);
  } catch {
    // The mark then lasts for this page only.
  }
}

export function forgetCheckout(sessionId: string): void {
  try {
    localStorage.removeItem(doneKey(sessionId));
  } catch {
    // Nothing was kept.
  }
}
