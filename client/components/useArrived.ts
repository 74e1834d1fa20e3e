// What is news on a screen: the items (cues, knocks, flags) that appear while it is open. Those
// already there when it opens, or when it reloads mid-meeting, were said before: not again.
import { useEffect, useRef } from 'react';

/** Calls `onArrived` once with each batch of items that appear after the first render, each item once. */
export function useArrived<T>(items: readonly T[], idOf: (item: T) => string, onArrived: (arrived: T[]) => void): void {
  const known = useRef<Set<string> | null>(null);
  const latest = useRef({ idOf, onArrived });
  latest.current = { idOf, onArrived };
  useEffect(() => {
    const { idOf, onArrived } = latest.current;
    if (!known.current) {
      known.current = new Set(items.map(idOf));
      return;
    }
    const arrived = items.filter((item) => !known.current!.has(idOf(item)));
    if (arrived.length === 0) return;
    for (const item of arrived) known.current.add(idOf(item));
    onArrived(arrived);
  }, [items]);
}
