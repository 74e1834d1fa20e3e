// Which flags arrived since the console opened, so they can be highlighted and chimed once.
// Flags already there when the page loads are old news, not arrivals.
import { useEffect, useRef, useState } from 'react';
import type { FlagView } from '../../../shared/views';

const FRESH_MS = 10_000;

export function useArrivals(flags: readonly FlagView[], onArrival: (flag: FlagView) => void): ReadonlySet<string> {
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const announce = useRef(onArrival);
  announce.current = onArrival;

  useEffect(() => {
    if (!seen.current) {
      seen.current = new Set(flags.map((flag) => flag.id));
      return;
    }
    const arrived = flags.filter((flag) => !seen.current!.has(flag.id));
    if (arrived.length === 0) return;
    for (const flag of arrived) {
      seen.current.add(flag.id);
      if (flag.status === 'open') announce.current(flag);
    }
    const ids = arrived.map((flag) => flag.id);
    setFresh((before) => new Set([...before, ...ids]));
    // Not cleared when the next view arrives (views come often); only when the console goes away.
    const id = setTimeout(() => {
      timers.current.delete(id);
      setFresh((before) => new Set([...before].filter((flagId) => !ids.includes(flagId))));
    }, FRESH_MS);
    timers.current.add(id);
  }, [flags]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return fresh;
}
