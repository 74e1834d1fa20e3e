// Clock offset from a few `clock` round trips (Cristian's method): the server read its clock about
// halfway through the trip, and the shortest trip carries the least doubt about where "halfway" is.

export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverNow: number;
}

export function offsetOf(sample: ClockSample): number {
  return sample.serverNow - (sample.sentAt + sample.receivedAt) / 2;
}

/** The offset from the sample with the smallest round trip; null without samples. */
export function bestOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const trip = sample.receivedAt - sample.sentAt;
    if (!best || trip < best.receivedAt - best.sentAt) best = sample;
  }
  return best ? offsetOf(best) : null;
}

/**
 * Milliseconds until a clock showing `remainingMs` changes its text, following formatClock's
 * rounding (ceil while counting down, floor once over), so every device flips on the same beat.
 */
export function msUntilNextTick(remainingMs: number): number {
  if (remainingMs > 0) {
    const shownSec = Math.ceil(remainingMs / 1000);
    return remainingMs - (shownSec - 1) * 1000;
  }
  const overSec = Math.floor(-remainingMs / 1000);
  return (overSec + 1) * 1000 + remainingMs;
}
