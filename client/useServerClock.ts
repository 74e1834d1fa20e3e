// Re-renders a clock exactly when its shown second changes, reading the server's time through the
// store's clock offset. Nothing ticks over the wire: every device counts down from the same numbers.
import { useEffect, useReducer } from 'react';
import { remainingAt, type Timer } from '../shared/timer';
import { msUntilNextTick } from './clock';
import { useViewStore } from './store';

/** A small margin so the timeout lands just after the boundary, never just before it. */
const AFTER_BOUNDARY_MS = 15;

function useTicking(compute: (serverNow: number) => number, running: boolean): number {
  const offset = useViewStore((state) => state.clockOffset);
  const [, tick] = useReducer((count: number) => count + 1, 0);
  // Read the clock while rendering: a new timer from the server must show at once, not a tick later.
  const value = compute(Date.now() + offset);
  useEffect(() => {
    if (!running) return;
    const id = setTimeout(tick, msUntilNextTick(value) + AFTER_BOUNDARY_MS);
    return () => clearTimeout(id);
  }, [running, value]);
  return value;
}

/** Milliseconds left in a phase; negative once it runs over. */
export function useRemainingMs(timer: Timer): number {
  return useTicking((now) => remainingAt(timer, now), timer.runningSince !== null);
}

/** Milliseconds until a moment on the server's clock (0 once it has passed, or if there is none). */
export function useMsUntil(at: number | null): number {
  const left = useTicking((now) => (at === null ? 0 : at - now), at !== null);
  return Math.max(0, left);
}
