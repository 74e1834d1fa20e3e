// The server owns time. A timer is a duration, the time already spent, and when it last started
// running; clients count down locally from these three numbers, so nothing ticks over the wire.

export interface Timer {
  durationSec: number;
  elapsedMs: number;
  /** When the timer last started running; null while paused. */
  runningSince: number | null;
}

export function elapsedAt(timer: Timer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** Negative once the phase runs over: the display then counts the overrun up. */
export function remainingAt(timer: Timer, now: number): number {
  return timer.durationSec * 1000 - elapsedAt(timer, now);
}

export function isRunning(timer: Timer): boolean {
  return timer.runningSince !== null;
}

export function pauseTimer(timer: Timer, now: number): Timer {
  return { durationSec: timer.durationSec, elapsedMs: elapsedAt(timer, now), runningSince: null };
}

export function resumeTimer(timer: Timer, now: number): Timer {
  return { durationSec: timer.durationSec, elapsedMs: timer.elapsedMs, runningSince: now };
}

export function extendTimer(timer: Timer, seconds: number): Timer {
  return { ...timer, durationSec: timer.durationSec + seconds };
}

/** The remaining time as the room reads it: "4:05", or "+1:12" once over. */
export function formatClock(remainingMs: number): string {
  const over = remainingMs < 0;
  // Round towards the start of the second so 4:59.2 left reads 5:00, as a kitchen timer would.
  const totalSec = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const minutes = Math.floor(totalSec / 60);
  const seconds = String(totalSec % 60).padStart(2, '0');
  return `${over ? '+' : ''}${minutes}:${seconds}`;
}
