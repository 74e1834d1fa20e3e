// The wall's quiet clock: time as a person in the room would say it, never a countdown. No seconds;
// in the last two minutes only "a minute or two", and the same once the phase runs over (running
// over is the leader's business: the console says it, the wall does not).

export type QuietTime = { minutes: number } | 'a-minute-or-two';

const LAST_STRETCH_MS = 2 * 60_000;

export function quietTime(remainingMs: number): QuietTime {
  if (remainingMs <= LAST_STRETCH_MS) return 'a-minute-or-two';
  // Rounded as one says "about": 11 min 40 s is about 12. Past the last stretch it is at least 3,
  // so the wall never reads "about 2 min" and then "a minute or two" for the same two minutes.
  return { minutes: Math.max(3, Math.round(remainingMs / 60_000)) };
}
