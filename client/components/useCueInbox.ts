// The cues the other leader sent that this screen has not yet acknowledged. A cue is about now: those
// already there when the meeting first opens in this tab are old news. What was acknowledged is kept
// for the tab (sessionStorage), so a reload mid-meeting neither loses a waiting cue nor repeats one.
import { useCallback, useState } from 'react';
import type { Cue } from '../../shared/cues';
import type { LeadersView } from '../../shared/views';
import { readStoredJson, writeStored } from '../storage';
import { useArrived } from './useArrived';

const storageKey = (sessionId: string, role: string) => `balint.cues.${sessionId}.${role}`;

// Without storage, acknowledgements last as long as the page.
function readSeen(key: string): Set<string> | null {
  const saved = readStoredJson(key, 'session');
  return Array.isArray(saved) ? new Set(saved as string[]) : null;
}

function writeSeen(key: string, seen: ReadonlySet<string>): void {
  writeStored(key, JSON.stringify([...seen]), 'session');
}

export interface CueInbox {
  /** Cues from the other leader waiting to be acknowledged, oldest first. */
  waiting: Cue[];
  acknowledge: (cueId: string) => void;
}

/**
 * `onArrival` runs once for each cue that arrives while this page is open (not for those waiting
 * after a reload), so the screen can say it and a phone can buzz.
 */
export function useCueInbox(view: LeadersView, onArrival: (cue: Cue) => void): CueInbox {
  const key = storageKey(view.sessionId, view.role);
  const fromOther = (cue: Cue) => cue.from !== view.role;
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => {
    const saved = readSeen(key);
    if (saved) return saved;
    const baseline = new Set(view.cues.map((cue) => cue.id));
    writeSeen(key, baseline);
    return baseline;
  });
  const waiting = view.cues.filter((cue) => fromOther(cue) && !seen.has(cue.id));

  useArrived(waiting, (cue) => cue.id, (arrived) => {
    for (const cue of arrived) onArrival(cue);
  });

  const acknowledge = useCallback(
    (cueId: string) =>
      setSeen((before) => {
        // Only ids still in the view can come back; older ones are dropped from the record.
        const kept = new Set([...before].filter((id) => view.cues.some((cue) => cue.id === id)));
        kept.add(cueId);
        writeSeen(key, kept);
        return kept;
      }),
    [key, view.cues],
  );

  return { waiting, acknowledge };
}
