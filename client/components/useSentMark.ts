// A tapped button (a cue, a flag) says "sent" for a moment, then goes back to what it said before.
import { useEffect, useState } from 'react';

/** Long enough to see that it went, short enough to send the same again. */
const SENT_SHOWN_MS = 3_000;

/** What was sent last, for SENT_SHOWN_MS after it went (counted again from each new send), else null. */
export function useSentMark<T>(): [T | null, (sent: T) => void] {
  // A new object for every send, so sending the same thing twice starts the moment again.
  const [mark, setMark] = useState<{ sent: T } | null>(null);
  useEffect(() => {
    if (!mark) return;
    const id = setTimeout(() => setMark(null), SENT_SHOWN_MS);
    return () => clearTimeout(id);
  }, [mark]);
  return [mark ? mark.sent : null, (sent) => setMark({ sent })];
}
