// What a page reads from the server over HTTP: fetched when the page opens (and again when what it
// is about changes), then on "Try again" or after a save. One shape for every such read, so each page
// only says what to fetch and what to show while it waits or when it cannot.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { ApiResult } from './api';

export type ApiFailure = Extract<ApiResult<unknown>, { ok: false }>;

type Answer<T> = { status: 'loading' } | { status: 'failed'; failure: ApiFailure } | { status: 'ready'; value: T };

/** `reload` resolves once the new answer is shown. */
export type Fetched<T> = Answer<T> & { reload: () => Promise<void> };

const LOADING = { status: 'loading' } as const;

/**
 * `load` runs with the page and whenever `deps` change (say, the language the formats are read in);
 * null while there is nothing to fetch. What is shown stays until the new answer comes, so nothing
 * blinks. A reload that fails keeps it too: what the leaders just read does not vanish for a dropped
 * connection; a failed answer about something else (new `deps`) replaces it.
 */
export function useFetched<T>(load: (() => Promise<ApiResult<T>>) | null, deps: DependencyList): Fetched<T> {
  const [answer, setAnswer] = useState<Answer<T>>(LOADING);
  const fetchAgain = useRef(async () => {});

  useEffect(() => {
    if (!load) return;
    // Only the latest request answers: an earlier one that comes back late is dropped.
    let latest = 0;
    const fetchNow = async (keepShown: boolean) => {
      const request = (latest += 1);
      const result = await load();
      if (request !== latest) return;
      setAnswer((shown) =>
        result.ok
          ? { status: 'ready', value: result.value }
          : keepShown && shown.status === 'ready'
            ? shown
            : { status: 'failed', failure: result },
      );
    };
    fetchAgain.current = async () => {
      setAnswer((shown) => (shown.status === 'failed' ? LOADING : shown));
      await fetchNow(true);
    };
    void fetchNow(false);
    return () => {
      latest = -1;
      fetchAgain.current = async () => {};
    };
    // `deps` name what `load` reads, as they would for useEffect itself.
  }, deps);

  const reload = useCallback(() => fetchAgain.current(), []);
  return { ...answer, reload };
}
