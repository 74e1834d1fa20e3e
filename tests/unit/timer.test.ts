// The server owns time: three numbers per phase, from which every surface counts down locally.
// Pauses don't count, extensions move the end, an overrun counts up, and clock skew never makes
// time run backwards.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  elapsedAt,
  extendTimer,
  formatClock,
  isRunning,
  pauseTimer,
  remainingAt,
  resumeTimer,
  type Timer,
} from '../../shared/timer';
import { MIN, SEC, T0 } from './meeting';

const fiveMinutes: Timer = { durationSec: 300, elapsedMs: 0, runningSince: null };

describe('the clock', () => {
  test('a paused timer holds still', () => {
    expect(isRunning(fiveMinutes)).toBe(false);
    expect(elapsedAt(fiveMinutes, T0 + 10 * MIN)).toBe(0);
    expect(remainingAt(fiveMinutes, T0 + 10 * MIN)).toBe(5 * MIN);
  });

  test('a running timer counts from when it started', () => {
    const running = resumeTimer(fiveMinutes, T0);
    expect(isRunning(running)).toBe(true);
    expect(elapsedAt(running, T0 + 90 * SEC)).toBe(90 * SEC);
    expect(remainingAt(running, T0 + 90 * SEC)).toBe(210 * SEC);
  });

  test('time spent paused is not counted', () => {
    let timer = resumeTimer(fiveMinutes, T0);
    timer = pauseTimer(timer, T0 + 1 * MIN);
    expect(timer).toEqual({ durationSec: 300, elapsedMs: MIN, runningSince: null });
    timer = resumeTimer(timer, T0 + 11 * MIN);
    timer = pauseTimer(timer, T0 + 12 * MIN);
    expect(elapsedAt(timer, T0 + 20 * MIN)).toBe(2 * MIN);
    expect(remainingAt(timer, T0 + 20 * MIN)).toBe(3 * MIN);
  });

  test('extending moves the end, running or paused', () => {
    const running = extendTimer(resumeTimer(fiveMinutes, T0), 120);
    expect(running).toEqual({ durationSec: 420, elapsedMs: 0, runningSince: T0 });
    expect(remainingAt(running, T0 + 6 * MIN)).toBe(MIN);
    expect(extendTimer(fiveMinutes, 60)).toEqual({ durationSec: 360, elapsedMs: 0, runningSince: null });
  });

  test('past zero the remaining time goes negative: the overrun', () => {
    const running = resumeTimer(fiveMinutes, T0);
    expect(remainingAt(running, T0 + 6 * MIN + 12 * SEC)).toBe(-72 * SEC);
    expect(formatClock(remainingAt(running, T0 + 6 * MIN + 12 * SEC))).toBe('+1:12');
  });

  test('a server clock behind runningSince counts nothing rather than going backwards', () => {
    const running: Timer = { durationSec: 300, elapsedMs: 40 * SEC, runningSince: T0 };
    expect(elapsedAt(running, T0 - 5 * SEC)).toBe(40 * SEC);
    expect(pauseTimer(running, T0 - 5 * SEC).elapsedMs).toBe(40 * SEC);
  });

  test('elapsed time never goes backwards, whatever the clock says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 3600 * 1000 }),
        fc.option(fc.integer({ min: T0 - 3600_000, max: T0 + 3600_000 }), { nil: null }),
        fc.integer({ min: T0 - 7200_000, max: T0 + 7200_000 }),
        fc.integer({ min: 0, max: 3600_000 }),
        (elapsedMs, runningSince, now, later) => {
          const timer: Timer = { durationSec: 300, elapsedMs, runningSince };
          expect(elapsedAt(timer, now)).toBeGreaterThanOrEqual(elapsedMs);
          expect(elapsedAt(timer, now + later)).toBeGreaterThanOrEqual(elapsedAt(timer, now));
          // Pausing keeps the time spent so far, to the millisecond.
          expect(pauseTimer(timer, now).elapsedMs).toBe(elapsedAt(timer, now));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('formatClock', () => {
  test.each([
    [5 * MIN, '5:00'],
    [5 * MIN - 800, '5:00'], // 4:59.2 left reads 5:00, as a kitchen timer would
    [4 * MIN + 59 * SEC, '4:59'],
    [4 * MIN + 5 * SEC, '4:05'],
    [9 * SEC, '0:09'],
    [1, '0:01'],
    [0, '0:00'],
    [-1, '+0:00'],
    [-72 * SEC, '+1:12'],
    [-72 * SEC - 999, '+1:12'],
    [-10 * MIN, '+10:00'],
    [60 * MIN, '60:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
