// The leaders' process notes as they type: saved a moment after they stop, when the field loses
// focus, and as the page closes. Only a change is sent (the server answers an unchanged save with a
// conflict). A note saved by the other leader shows here unless this one is mid-edit.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { saveDebriefNotes } from '../../debriefApi';

const SAVE_AFTER_MS = 1_200;

export type NotesStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface DebriefNotes {
  draft: string;
  status: NotesStatus;
  failure: string | null;
  change: (next: string) => void;
  /** Saves now if anything changed; resolves once the server has answered. */
  flush: () => Promise<void>;
}

export function useDebriefNotes(view: LeadersView, token: string): DebriefNotes {
  const { sessionId, debriefNotes } = view;
  const [draft, setDraft] = useState(debriefNotes);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const draftRef = useRef(debriefNotes);
  const savedRef = useRef(debriefNotes);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The other leader's save arrives in the view: take it unless there are edits of our own.
  useEffect(() => {
    if (draftRef.current === savedRef.current) {
      draftRef.current = debriefNotes;
      setDraft(debriefNotes);
    }
    if (draftRef.current === debriefNotes) savedRef.current = debriefNotes;
  }, [debriefNotes]);

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      await inFlight.current;
      return save();
    }
    const value = draftRef.current;
    if (value === savedRef.current) return;
    const run = (async () => {
      setSaving(true);
      const result = await saveDebriefNotes(sessionId, token, value);
      // A conflict here means the server already holds exactly this text.
      if (result.ok || result.code === 'conflict') {
        savedRef.current = value;
        setFailure(null);
      } else {
        setFailure(result.message);
      }
      setSaving(false);
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [sessionId, token]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await save();
  }, [save]);

  const change = useCallback(
    (next: string) => {
      draftRef.current = next;
      setDraft(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save],
  );

  useEffect(() => {
    const closing = () => {
      if (draftRef.current !== savedRef.current) {
        void saveDebriefNotes(sessionId, token, draftRef.current, { closing: true });
      }
    };
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('pagehide', closing);
      if (timer.current) clearTimeout(timer.current);
      closing();
    };
  }, [sessionId, token]);

  const status: NotesStatus = saving
    ? 'saving'
    : failure
      ? 'failed'
      : draft !== savedRef.current
        ? 'unsaved'
        : 'saved';
  return { draft, status, failure, change, flush };
}
