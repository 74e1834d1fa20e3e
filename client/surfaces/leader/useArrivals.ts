// Which flags arrived since the console opened, so they can be highlighted and chimed once.
// Flags already there when the page loads are old news, not arrivals.
import { useEffect, useRef, useState } from 'react';
import type { FlagView } from '../../../shared/views';
import { useArrived } from '../../components/useArrived';

const FRESH_MS = 10_000;

export function useArrivals(flags: readonly FlagView[], onArrival: (flag: FlagView) => void): ReadonlySet<string> {
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useArrived(
    flags,
    (flag) => flag.id,
    (arrived) => {
      for (const flag of arrived) if (flag.status === 'open') onArrival(flag);
      const ids = arrived.map((flag) => flag.id);
      setFresh((before) => new Set([...before, ...ids]));
      // Not cleared when the next view arrives (views come often); only when the console goes away.
      const id = setTimeout(() => {
        timers.current.delete(id);
        setFresh((before) => new Set([...before].filter((flagId) => !ids.includes(flagId))));
      }, FRESH_MS);
      timers.current.add(id);
    },
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return fresh;
}
