// Times as the leaders read them: wall-clock times in their own locale, durations as m:ss.

/** "14:05" as the reader's language writes it. */
export function clockTime(at: number, lang: string): string {
  return new Date(at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
}

/** "Tue 14 Jan 2026, 18:00" as the reader's language writes it. */
export function dateTime(at: number, lang: string): string {
  return new Date(at).toLocaleString(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A duration as m:ss ("8:00", "71:05"); negative durations keep their sign. */
export function duration(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const total = Math.round(Math.abs(seconds));
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** A signed difference: "+1:30", "−0:45", "±0:00". */
export function difference(seconds: number): string {
  const rounded = Math.round(seconds);
  if (rounded === 0) return '±0:00';
  return rounded > 0 ? `+${duration(rounded)}` : duration(rounded);
}
