import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintSearchHit } from '../../../../../shared/complaints/complaint';
import { call } from '../../../api/client';

/** Below this many characters nothing is searched (the backend refuses it too). */
export const MIN_QUERY_LENGTH = 2;
/** Pause in typing after which the search runs by itself. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface ComplaintSearchState {
  /** The query the hits belong to ('' before the first search). */
  query: string;
  hits: ComplaintSearchHit[];
  loading: boolean;
  error: string | null;
}

const IDLE: ComplaintSearchState = { query: '', hits: [], loading: false, error: null };

/**
 * Search as you type: `text` is searched ~300 ms after the clerk stops typing, or at
 * once with `searchNow()` (Enter). Answers that arrive after a newer search started are
 * dropped, so a slow answer for "Sit" never replaces the one for "Siti". `onSettled`
 * hears every answer that is still current (to open a single hit directly).
 */
export function useComplaintSearch(text: string, onSettled: (hits: ComplaintSearchHit[], query: string) => void) {
  const [state, setState] = useState<ComplaintSearchState>(IDLE);
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const settled = useRef(onSettled);
  settled.current = onSettled;

  const run = useCallback(async (query: string): Promise<ComplaintSearchHit[] | null> => {
    const mine = ++sequence.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    const r = await call('complaints.find', { query });
    if (mine !== sequence.current) return null;
    if (!r.ok) {
      setState({ query, hits: [], loading: false, error: r.error.message });
      return null;
    }
    setState({ query, hits: r.value, loading: false, error: null });
    settled.current(r.value, query);
    return r.value;
  }, []);

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  useEffect(() => {
    cancelTimer();
    const query = text.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      // A cleared box forgets the old answer, and any answer still on its way.
      sequence.current++;
      setState(IDLE);
      return;
    }
    timer.current = setTimeout(() => void run(query), SEARCH_DEBOUNCE_MS);
    return cancelTimer;
  }, [text, run]);

  /** Searches the current text at once (Enter); null when it is too short or was overtaken. */
  const searchNow = useCallback(async (): Promise<ComplaintSearchHit[] | null> => {
    cancelTimer();
    const query = text.trim();
    if (query.length < MIN_QUERY_LENGTH) return null;
    return run(query);
  }, [text, run]);

  /** True when the hits on screen answer exactly what is in the box now. */
  const fresh = state.query !== '' && state.query === text.trim() && !state.loading;
  return { state, fresh, searchNow };
}
